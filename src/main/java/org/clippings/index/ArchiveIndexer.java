package org.clippings.index;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clippings.config.SiteConfig;
import org.clippings.diag.Problem;
import org.clippings.diag.Problems;
import org.clippings.diag.SourcePos;
import org.clippings.extract.Record;
import org.clippings.extract.Topic;
import org.clippings.extract.TopicTaxonomy;
import org.clippings.ingest.ArticleDate;
import org.clippings.ingest.DateSource;

/**
 * Indexes the whole corpus once, after every article has been extracted: related coverage and
 * same-story links, dates inferred from them, the date archive, and the taxonomies.
 */
public final class ArchiveIndexer {

  /** Newest first; undated last; ties broken by id so the order is total. */
  public static final Comparator<Record> NEWEST_FIRST =
      Comparator.comparing(Record::date).thenComparing(Record::id);

  private final SiteConfig config;
  private final TopicTaxonomy topics;

  public ArchiveIndexer(SiteConfig config, TopicTaxonomy topics) {
    this.config = config;
    this.topics = topics;
  }

  /** Same-story and related articles for each record; {@code input} in a stable order (by source path). */
  public Map<String, List<Related>> related(List<Record> input) {
    return related(input, IndexMemory.NONE);
  }

  /** As above, with what {@code memory} kept of each record's features. */
  public Map<String, List<Related>> related(List<Record> input, IndexMemory memory) {
    return memory.related(input);
  }

  /** {@code input} must be in a stable order (the pipeline sorts by source path). */
  public Archive index(List<Record> input, Problems problems) {
    return index(input, related(input), problems);
  }

  /** Indexes the records, given their related coverage (from {@link #related}). */
  public Archive index(List<Record> input, Map<String, List<Related>> related, Problems problems) {
    return index(input, related, problems, IndexMemory.NONE);
  }

  /** As above, starting from what {@code memory} kept of the last build's index. */
  public Archive index(List<Record> input, Map<String, List<Related>> related, Problems problems,
      IndexMemory memory) {
    var records = new ArrayList<Record>(input.size());
    var byId = new HashMap<String, Record>();
    for (Record r : input) byId.put(r.id(), r);
    for (Record r : input) {
      records.add(config.build().inferDates() && !r.date().isKnown() ? inferDate(r, related, byId) : r);
    }
    records.replaceAll(r -> r.date().isKnown() ? r : r.withWarning(undated(r)));
    records.sort(NEWEST_FIRST);

    var byMonth = new TreeMap<YearMonth, List<String>>();
    var undated = new ArrayList<String>();
    for (Record r : records) {
      if (r.date().isKnown()) {
        byMonth.computeIfAbsent(YearMonth.from(r.date().day().orElseThrow()), m -> new ArrayList<>()).add(r.id());
      } else {
        undated.add(r.id());
        problems.add(undated(r));
      }
    }
    var parents = new HashMap<String, String>();
    for (Topic t : topics.all()) parents.put(t.id(), t.parent());
    return new Archive(records, byMonth, undated, related, memory.taxonomies(records, parents));
  }

  private static Problem undated(Record r) {
    return Problem.warning(SourcePos.file(r.source()), "undated", "no date found; listed under Undated",
        "add \"date YYYY-MM-DD\" as its first line or set it in site-config.yaml (ingest.overrides)");
  }

  /**
   * An undated article takes the date of the most similar dated article on the same story. Only
   * stated dates are passed on, never inferred ones, so a guess is never built on a guess.
   */
  private static Record inferDate(Record r, Map<String, List<Related>> related, Map<String, Record> byId) {
    for (Related x : related.getOrDefault(r.id(), List.of())) {
      if (x.reason() != Related.Reason.SAME_STORY) continue;
      Record other = byId.get(x.id());
      if (other.date().isKnown()) {
        return r.withDate(ArticleDate.of(other.date().day().orElseThrow(), DateSource.INFERRED_FROM_RELATED));
      }
    }
    return r;
  }
}
