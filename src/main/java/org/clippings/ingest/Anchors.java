package org.clippings.ingest;

import org.commonmark.ext.heading.anchor.IdGenerator;

/**
 * Heading ids for one article. Both readers use commonmark's {@link IdGenerator}, so a heading
 * gets the same anchor whether it came from plain text or Markdown; repeats get a numeric suffix.
 */
final class Anchors {

  private final IdGenerator ids = IdGenerator.builder().defaultId("section").build();

  String next(String headingText) {
    return ids.generateId(headingText);
  }
}
