package org.clippings.config;

/**
 * How the build runs: worker threads (0 = one per core), list page size, whether to write the
 * search index, whether undated articles may take the date of a same-story article, and how many
 * entries a feed holds.
 */
public record Build(Integer threads, Integer pageSize, Boolean search, Boolean inferDates, Integer feedSize) {

  public static final Build DEFAULT = new Build(null, null, null, null, null);

  public Build {
    threads = threads == null ? 0 : threads;
    pageSize = pageSize == null ? 20 : pageSize;
    search = search == null ? Boolean.TRUE : search;
    inferDates = inferDates == null ? Boolean.TRUE : inferDates;
    feedSize = feedSize == null ? 50 : feedSize;
    if (pageSize < 1) {
      // a list of pages of 0 articles never ends
      throw new IllegalArgumentException("page_size must be at least 1, not " + pageSize);
    }
  }

  public int effectiveThreads() {
    return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
  }
}
