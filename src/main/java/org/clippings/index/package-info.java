/**
 * Index: the whole corpus, indexed once. Cross-article entity merging, the by-entity, by-topic and
 * by-date views, related coverage and same-story links (and the dates inferred from them), counts
 * and co-occurrence, producing the {@link org.clippings.index.Archive}. Renders nothing.
 */
package org.clippings.index;
