package org.clippings.render;

import org.clippings.extract.Record;

/** What a list of articles (a term's page, a feed, an article's related coverage) shows of a record. */
final class ListedRecords {

  private ListedRecords() {}

  /**
   * Whether a list shows the two records alike (their URLs aside): an unchanged article mostly
   * keeps its record from build to build, and an undated one gets a new record (with its
   * warning) from each build.
   */
  static boolean same(Record a, Record b) {
    return a == b || a.id().equals(b.id()) && a.title().equals(b.title()) && a.summary().equals(b.summary())
        && a.date().equals(b.date());
  }
}
