package org.clippings.index;

import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.clippings.extract.Record;

/**
 * The whole archive, indexed: every record newest first (undated last, ties by id), the ids of
 * dated records by month (oldest month first), the ids of undated ones, each article's related
 * coverage, and the taxonomies (people, places, organizations, topics). Renderers read this and
 * nothing else.
 */
public record Archive(
    List<Record> records,
    SortedMap<YearMonth, List<String>> byMonth,
    List<String> undated,
    Map<String, List<Related>> related,
    List<Taxonomy> taxonomies) {

  public Archive {
    records = List.copyOf(records);
    var months = new TreeMap<YearMonth, List<String>>();
    byMonth.forEach((k, v) -> months.put(k, List.copyOf(v)));
    byMonth = Collections.unmodifiableSortedMap(months);
    undated = List.copyOf(undated);
    related = Map.copyOf(related);
    taxonomies = List.copyOf(taxonomies);
  }

  /** The taxonomy called {@code name} ({@code people}, {@code places}, {@code organizations}, {@code topics}). */
  public Taxonomy taxonomy(String name) {
    for (Taxonomy t : taxonomies) {
      if (t.name().equals(name)) return t;
    }
    throw new IllegalArgumentException("no taxonomy " + name);
  }

  /** Records by id, in the archive's order. */
  public Map<String, Record> byId() {
    var m = new LinkedHashMap<String, Record>();
    for (Record r : records) m.put(r.id(), r);
    return m;
  }

  public List<Related> relatedTo(String id) {
    return related.getOrDefault(id, List.of());
  }
}
