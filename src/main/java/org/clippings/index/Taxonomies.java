package org.clippings.index;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.clippings.extract.EntityKind;
import org.clippings.extract.Mention;
import org.clippings.extract.Record;
import org.clippings.extract.TopicScore;

/**
 * Builds the four taxonomies (people, places, organizations, topics) in one pass over the records,
 * newest first, so no page ever rescans the archive: one term per canonical name or topic, the
 * most recent role, names seen, date range, monthly counts, and the people, places and
 * organizations most often in the same articles.
 */
final class Taxonomies {

  static final String TOPICS = "topics";
  /** How many co-occurring entities a term keeps. */
  static final int SEEN_WITH = 10;

  private Taxonomies() {}

  private static final class Builder {
    final Map<String, Integer> names = new HashMap<>();
    final List<Term.TermArticle> articles = new ArrayList<>();
    final TreeSet<String> aliases = new TreeSet<>();
    final TreeMap<YearMonth, Integer> months = new TreeMap<>();
    String description = "";
    String parent = "";
    LocalDate first;
    LocalDate last;

    void add(Record r, String name, String sentence, String description, List<String> aliases) {
      names.merge(name, 1, Integer::sum);
      articles.add(new Term.TermArticle(r.id(), sentence));
      this.aliases.addAll(aliases);
      if (this.description.isEmpty()) this.description = description; // newest first: the latest wins
      r.date().day().ifPresent(d -> {
        months.merge(YearMonth.from(d), 1, Integer::sum);
        if (first == null || d.isBefore(first)) first = d;
        if (last == null || d.isAfter(last)) last = d;
      });
    }
  }

  /** {@code topicParents}: each known topic id's parent id ("" at top level). */
  static List<Taxonomy> build(List<Record> newestFirst, Map<String, String> topicParents) {
    var builders = new LinkedHashMap<String, TreeMap<String, Builder>>();
    for (EntityKind k : EntityKind.values()) builders.put(k.plural(), new TreeMap<>());
    builders.put(TOPICS, new TreeMap<>());
    var together = new HashMap<String, Map<String, Integer>>();
    for (Record r : newestFirst) {
      var entityKeys = new ArrayList<String>();
      var allKeys = new ArrayList<String>();
      for (EntityKind k : EntityKind.values()) {
        var seen = new HashSet<String>();
        for (Mention m : r.mentions(k)) {
          String slug = EntityKeys.slug(m.name());
          if (!seen.add(slug)) continue;
          builders.get(k.plural()).computeIfAbsent(slug, s -> new Builder())
              .add(r, m.name(), m.sentence(), m.role(), m.aliases());
          entityKeys.add(k.plural() + "/" + slug);
        }
      }
      allKeys.addAll(entityKeys);
      for (TopicScore t : r.topics()) {
        Builder b = builders.get(TOPICS).computeIfAbsent(t.id(), s -> new Builder());
        b.add(r, t.label(), r.summary(), "", List.of());
        b.parent = topicParents.getOrDefault(t.id(), "");
        allKeys.add(TOPICS + "/" + t.id());
      }
      for (String a : allKeys) {
        var counts = together.computeIfAbsent(a, x -> new HashMap<>());
        for (String o : entityKeys) {
          if (!o.equals(a)) counts.merge(o, 1, Integer::sum);
        }
      }
    }
    var names = new HashMap<String, String>();
    builders.forEach((tax, m) -> m.forEach((slug, b) -> names.put(tax + "/" + slug, displayName(b))));
    var out = new ArrayList<Taxonomy>();
    builders.forEach((tax, m) -> {
      var terms = new TreeMap<String, Term>();
      m.forEach((slug, b) -> {
        String name = names.get(tax + "/" + slug);
        var aliases = new TreeSet<>(b.aliases);
        aliases.addAll(b.names.keySet());
        aliases.remove(name);
        terms.put(slug, new Term(slug, name, b.description, b.parent, b.articles, List.copyOf(aliases),
            b.first == null ? "" : b.first.toString(), b.last == null ? "" : b.last.toString(), b.months,
            seenWith(together.getOrDefault(tax + "/" + slug, Map.of()), names)));
      });
      out.add(new Taxonomy(tax, singular(tax), label(tax), terms));
    });
    return out;
  }

  /** The name most articles use; ties go to the alphabetically first, so builds agree. */
  private static String displayName(Builder b) {
    return b.names.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .orElseThrow().getKey();
  }

  private static final Comparator<Map.Entry<String, Integer>> MOST_SHARED =
      Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());

  /** The {@link #SEEN_WITH} most shared terms, kept in a small heap rather than sorting every count. */
  private static List<Term.TermRef> seenWith(Map<String, Integer> counts, Map<String, String> names) {
    var heap = new java.util.PriorityQueue<Map.Entry<String, Integer>>(MOST_SHARED.reversed());
    for (var e : counts.entrySet()) {
      heap.add(e);
      if (heap.size() > SEEN_WITH) heap.poll();
    }
    var top = new ArrayList<>(heap);
    top.sort(MOST_SHARED);
    return top.stream()
        .map(e -> {
          int slash = e.getKey().indexOf('/');
          return new Term.TermRef(e.getKey().substring(0, slash), e.getKey().substring(slash + 1),
              names.get(e.getKey()), e.getValue());
        })
        .toList();
  }

  private static String singular(String tax) {
    for (EntityKind k : EntityKind.values()) {
      if (k.plural().equals(tax)) return k.singular();
    }
    return "topic";
  }

  private static String label(String tax) {
    return Character.toUpperCase(tax.charAt(0)) + tax.substring(1);
  }
}
