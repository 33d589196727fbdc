package org.clippings.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.time.YearMonth;
import java.util.TreeMap;
import org.clippings.config.SiteConfig;
import org.clippings.diag.Problem;
import org.clippings.diag.Problems;
import org.clippings.diag.SourcePos;
import org.clippings.extract.Record;

/** Indexes the whole corpus once, after every article has been extracted. */
public final class ArchiveIndexer {

  /** Newest first; undated last; ties broken by id so the order is total. */
  public static final Comparator<Record> NEWEST_FIRST =
      Comparator.comparing(Record::date).thenComparing(Record::id);

  private final SiteConfig config;

  public ArchiveIndexer(SiteConfig config) {
    this.config = config;
  }

  public Archive index(List<Record> input, Problems problems) {
    var records = new ArrayList<>(input);
    records.sort(NEWEST_FIRST);
    var byMonth = new TreeMap<YearMonth, List<String>>();
    var undated = new ArrayList<String>();
    for (Record r : records) {
      if (r.date().isKnown()) {
        var d = r.date().day().orElseThrow();
        byMonth.computeIfAbsent(YearMonth.from(d), m -> new ArrayList<>()).add(r.id());
      } else {
        undated.add(r.id());
        problems.add(Problem.warning(SourcePos.file(r.source()), "undated", "no date found; listed under Undated",
            "add \"date YYYY-MM-DD\" as its first line or set it in site-config.yaml (ingest.overrides)"));
      }
    }
    var entities = EntityTaxonomies.build(records);
    return new Archive(records, byMonth, undated, java.util.Map.of(), List.copyOf(entities.values()));
  }
}
