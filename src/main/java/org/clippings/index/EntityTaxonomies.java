package org.clippings.index;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
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

/**
 * Merges every article's people, places and organizations into one taxonomy per kind: one term
 * per canonical name, built in a single pass over the records (never rescanned per page), with
 * the most recent role, the names seen, the date range, monthly counts and co-occurring terms.
 */
final class EntityTaxonomies {

  /** How many co-occurring terms a term keeps. */
  static final int SEEN_WITH = 10;

  private EntityTaxonomies() {}

  private static final class Builder {
    final Map<String, Integer> names = new HashMap<>();
    final List<Term.TermArticle> articles = new ArrayList<>();
    final TreeSet<String> aliases = new TreeSet<>();
    final TreeMap<YearMonth, Integer> months = new TreeMap<>();
    String role = "";
    LocalDate first;
    LocalDate last;
  }

  static Map<EntityKind, Taxonomy> build(List<Record> newestFirst) {
    var builders = new EnumMap<EntityKind, TreeMap<String, Builder>>(EntityKind.class);
    for (EntityKind k : EntityKind.values()) builders.put(k, new TreeMap<>());
    var together = new HashMap<String, Map<String, Integer>>();
    for (Record r : newestFirst) {
      var keys = new ArrayList<String>();
      for (EntityKind k : EntityKind.values()) {
        var seen = new HashSet<String>();
        for (Mention m : r.mentions(k)) {
          String slug = EntityKeys.slug(m.name());
          if (!seen.add(slug)) continue;
          keys.add(k.plural() + "/" + slug);
          Builder b = builders.get(k).computeIfAbsent(slug, s -> new Builder());
          b.names.merge(m.name(), 1, Integer::sum);
          b.articles.add(new Term.TermArticle(r.id(), m.sentence()));
          b.aliases.addAll(m.aliases());
          if (b.role.isEmpty()) b.role = m.role(); // newest first: the most recent role wins
          r.date().day().ifPresent(d -> {
            b.months.merge(YearMonth.from(d), 1, Integer::sum);
            if (b.first == null || d.isBefore(b.first)) b.first = d;
            if (b.last == null || d.isAfter(b.last)) b.last = d;
          });
        }
      }
      for (String a : keys) {
        var counts = together.computeIfAbsent(a, x -> new HashMap<>());
        for (String o : keys) {
          if (!o.equals(a)) counts.merge(o, 1, Integer::sum);
        }
      }
    }
    var names = new HashMap<String, String>();
    builders.forEach((k, m) -> m.forEach((slug, b) -> names.put(k.plural() + "/" + slug, displayName(b))));
    var out = new EnumMap<EntityKind, Taxonomy>(EntityKind.class);
    for (EntityKind k : EntityKind.values()) {
      var terms = new LinkedHashMap<String, Term>();
      builders.get(k).forEach((slug, b) -> {
        String name = names.get(k.plural() + "/" + slug);
        var aliases = new TreeSet<>(b.aliases);
        aliases.addAll(b.names.keySet());
        aliases.remove(name);
        terms.put(slug, new Term(slug, name, b.role, b.articles, List.copyOf(aliases),
            b.first == null ? "" : b.first.toString(), b.last == null ? "" : b.last.toString(), b.months,
            seenWith(together.getOrDefault(k.plural() + "/" + slug, Map.of()), names)));
      });
      out.put(k, new Taxonomy(k.plural(), k.singular(), label(k), new TreeMap<>(terms)));
    }
    return out;
  }

  /** The name most articles use; ties go to the alphabetically first, so builds agree. */
  private static String displayName(Builder b) {
    return b.names.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .orElseThrow().getKey();
  }

  private static List<Term.TermRef> seenWith(Map<String, Integer> counts, Map<String, String> names) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(SEEN_WITH)
        .map(e -> {
          int slash = e.getKey().indexOf('/');
          return new Term.TermRef(e.getKey().substring(0, slash), e.getKey().substring(slash + 1),
              names.get(e.getKey()), e.getValue());
        })
        .toList();
  }

  private static String label(EntityKind k) {
    return switch (k) {
      case PERSON -> "People";
      case PLACE -> "Places";
      case ORGANIZATION -> "Organizations";
    };
  }
}
