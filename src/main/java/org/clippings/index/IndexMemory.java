package org.clippings.index;

import java.lang.ref.SoftReference;
import java.util.List;
import java.util.Map;
import org.clippings.extract.Record;

/**
 * What indexing keeps from one build to the next in a process that builds again and again
 * ({@code serve}): the last taxonomies and the records they were made from, so that after one
 * saved article only the terms it mentions are made again, and each article's features for
 * related coverage, so that only the saved article's are made. Kept softly: under memory pressure the
 * next build makes every term, as a one-shot build does. {@link #NONE} keeps nothing.
 */
public final class IndexMemory {

  public static final IndexMemory NONE = new IndexMemory(false);

  private final boolean keeps;
  private SoftReference<Taxonomies.Made> last = new SoftReference<>(null);
  private SoftReference<ArticleFeatures> features = new SoftReference<>(null);

  private IndexMemory(boolean keeps) {
    this.keeps = keeps;
  }

  /** A memory that keeps the taxonomies from build to build. */
  public static IndexMemory kept() {
    return new IndexMemory(true);
  }

  /** Same-story and related articles for each record, as {@link RelatedCoverage#compute}. */
  synchronized Map<String, List<Related>> related(List<Record> records) {
    if (!keeps) return RelatedCoverage.compute(records);
    ArticleFeatures f = features.get();
    if (f == null) features = new SoftReference<>(f = ArticleFeatures.kept());
    return RelatedCoverage.compute(records, f);
  }

  synchronized List<Taxonomy> taxonomies(List<Record> newestFirst, Map<String, String> topicParents) {
    if (!keeps) return Taxonomies.build(newestFirst, topicParents);
    Taxonomies.Made made = Taxonomies.build(newestFirst, topicParents, last.get());
    last = new SoftReference<>(made);
    return made.taxonomies();
  }
}
