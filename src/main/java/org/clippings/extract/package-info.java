/**
 * Extract: per-article understanding. Sentences, derived headlines, summaries, people, places and
 * organizations (Stanford CoreNLP's CRF classifier behind {@link org.clippings.extract.EntityRecognizer}),
 * canonical names, roles and topics, producing one immutable {@link org.clippings.extract.Record}
 * per article. Knows nothing about pages, URLs or other articles.
 */
package org.clippings.extract;
