/**
 * Ingest: finding article files, decoding them, reading plain text and Markdown, date headers,
 * boilerplate removal and headings, producing one immutable {@link org.clippings.ingest.Article}
 * per file. Knows nothing about entities, topics or HTML pages.
 */
package org.clippings.ingest;
