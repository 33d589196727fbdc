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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.clippings.extract.EntityKind;
import org.clippings.extract.Mention;
import org.clippings.extract.Record;
import org.clippings.extract.TopicScore;

/**
 * Builds the four taxonomies (people, places, organizations, topics) in one pass over the records,
 * newest first, so no page ever rescans the archive: one term per canonical name or topic, the
 * most recent role, names seen, date range, monthly counts, and the people, places and
 * organizations most often in the same articles (counted in a second pass, on another core).
 */
final class Taxonomies {

  static final String TOPICS = "topics";
  /** How many co-occurring entities a term keeps. */
  static final int SEEN_WITH = 10;

  private Taxonomies() {}

  private static final class Builder {
    final Map<String, Integer> names = new HashMap<>(4);
    final List<Term.TermArticle> articles = new ArrayList<>();
    TreeSet<String> aliases;
    final TreeMap<YearMonth, Integer> months = new TreeMap<>();
    /** Articles come newest first, so a term's months come in order: count the current one here. */
    YearMonth month;
    int inMonth;
    String description = "";
    String parent = "";
    LocalDate first;
    LocalDate last;

    void add(Record r, String name, String sentence, String description, List<String> aliases) {
      names.merge(name, 1, Integer::sum);
      articles.add(new Term.TermArticle(r.id(), sentence));
      if (!aliases.isEmpty()) {
        if (this.aliases == null) this.aliases = new TreeSet<>();
        this.aliases.addAll(aliases);
      }
      if (this.description.isEmpty()) this.description = description; // newest first: the latest wins
      LocalDate d = r.date().day().orElse(null);
      if (d == null) return;
      YearMonth m = YearMonth.from(d);
      if (!m.equals(month)) {
        flushMonth();
        month = m;
      }
      inMonth++;
      if (first == null || d.isBefore(first)) first = d;
      if (last == null || d.isAfter(last)) last = d;
    }

    TreeMap<YearMonth, Integer> months() {
      flushMonth();
      return months;
    }

    private void flushMonth() {
      if (inMonth > 0) months.merge(month, inMonth, Integer::sum);
      inMonth = 0;
    }
  }

  /** {@code topicParents}: each known topic id's parent id ("" at top level). */
  static List<Taxonomy> build(List<Record> newestFirst, Map<String, String> topicParents) {
    // the co-occurrence counts need nothing from the terms: another core counts them meanwhile
    var counting = CompletableFuture.supplyAsync(() -> CoOccurrence.count(newestFirst));
    var builders = gather(newestFirst, topicParents);
    CoOccurrence together;
    try {
      together = counting.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw e;
    }
    var names = new HashMap<String, String>();
    builders.forEach((tax, m) -> m.forEach((slug, b) -> names.put(tax + "/" + slug, displayName(b))));
    var out = new ArrayList<Taxonomy>();
    builders.forEach((tax, m) -> {
      var terms = new TreeMap<String, Term>();
      m.forEach((slug, b) -> {
        String name = names.get(tax + "/" + slug);
        var aliases = b.aliases == null ? new TreeSet<String>() : new TreeSet<>(b.aliases);
        aliases.addAll(b.names.keySet());
        aliases.remove(name);
        terms.put(slug, new Term(slug, name, b.description, b.parent, b.articles, List.copyOf(aliases),
            b.first == null ? "" : b.first.toString(), b.last == null ? "" : b.last.toString(), b.months(),
            together.seenWith(tax + "/" + slug, names)));
      });
      out.add(new Taxonomy(tax, singular(tax), label(tax), terms));
    });
    return out;
  }

  /** Each taxonomy's terms by slug, with what the records say of them. */
  private static Map<String, TreeMap<String, Builder>> gather(List<Record> newestFirst,
      Map<String, String> topicParents) {
    // hash maps while gathering (hundreds of thousands of lookups), sorted once at the end
    var builders = new LinkedHashMap<String, HashMap<String, Builder>>();
    for (EntityKind k : EntityKind.values()) builders.put(k.plural(), new HashMap<>());
    builders.put(TOPICS, new HashMap<>());
    var seen = new HashSet<String>();
    for (Record r : newestFirst) {
      for (EntityKind k : EntityKind.values()) {
        seen.clear();
        var terms = builders.get(k.plural());
        for (Mention m : r.mentions(k)) {
          String slug = EntityKeys.slug(m.name());
          if (!seen.add(slug)) continue;
          terms.computeIfAbsent(slug, s -> new Builder()).add(r, m.name(), m.sentence(), m.role(), m.aliases());
        }
      }
      for (TopicScore t : r.topics()) {
        Builder b = builders.get(TOPICS).computeIfAbsent(t.id(), s -> new Builder());
        b.add(r, t.label(), r.summary(), "", List.of());
        b.parent = topicParents.getOrDefault(t.id(), "");
      }
    }
    var sorted = new LinkedHashMap<String, TreeMap<String, Builder>>();
    builders.forEach((tax, m) -> sorted.put(tax, new TreeMap<>(m)));
    return sorted;
  }

  /** The name most articles use; ties go to the alphabetically first, so builds agree. */
  private static String displayName(Builder b) {
    return b.names.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .orElseThrow().getKey();
  }

  /**
   * How often each term appears in the same articles as each other, by term number
   * ("people/ada-obi" is one number), not by key text: every article adds one count per pair of
   * its terms (topics are counted with the entities, not with each other).
   */
  private static final class CoOccurrence {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<PairCounts> counts = new ArrayList<>();
    private String[] keys;

    static CoOccurrence count(List<Record> records) {
      var c = new CoOccurrence();
      var entityKeys = new int[16];
      for (Record r : records) {
        int entities = 0;
        for (EntityKind k : EntityKind.values()) {
          var seen = new HashSet<String>();
          for (Mention m : r.mentions(k)) {
            String slug = EntityKeys.slug(m.name());
            if (!seen.add(slug)) continue;
            if (entities == entityKeys.length) entityKeys = java.util.Arrays.copyOf(entityKeys, entities * 2);
            entityKeys[entities++] = c.id(k.plural() + "/" + slug);
          }
        }
        for (int a = 0; a < entities; a++) c.counts.get(entityKeys[a]).addAll(entityKeys, entities, entityKeys[a]);
        for (TopicScore t : r.topics()) {
          int a = c.id(TOPICS + "/" + t.id());
          c.counts.get(a).addAll(entityKeys, entities, a);
        }
      }
      c.keys = new String[c.ids.size()];
      c.ids.forEach((k, id) -> c.keys[id] = k);
      return c;
    }

    private int id(String key) {
      return ids.computeIfAbsent(key, k -> {
        counts.add(new PairCounts());
        return counts.size() - 1;
      });
    }

    /**
     * The {@link #SEEN_WITH} terms most often in the same articles as the term {@code key} (none
     * when no article shares it), most shared first, then by key.
     */
    List<Term.TermRef> seenWith(String key, Map<String, String> names) {
      Integer id = ids.get(key);
      if (id == null) return List.of();
      // a small heap of the best so far rather than sorting every count; its head is the weakest
      Comparator<int[]> best = Comparator.<int[]>comparingInt(e -> e[1]).reversed()
          .thenComparing(e -> keys[e[0]]);
      var heap = new java.util.PriorityQueue<int[]>(best.reversed());
      counts.get(id).forEach((other, n) -> {
        if (heap.size() == SEEN_WITH) {
          // most counts lose to the weakest kept: skip them without an allocation and two heap moves
          int[] weakest = heap.peek();
          if (n < weakest[1] || n == weakest[1] && keys[other].compareTo(keys[weakest[0]]) > 0) return;
        }
        heap.add(new int[] {other, n});
        if (heap.size() > SEEN_WITH) heap.poll();
      });
      var top = new ArrayList<>(heap);
      top.sort(best);
      return top.stream()
          .map(e -> {
            String k = keys[e[0]];
            int slash = k.indexOf('/');
            return new Term.TermRef(k.substring(0, slash), k.substring(slash + 1), names.get(k), e[1]);
          })
          .toList();
    }
  }

  /** How many articles one term shares with each other term, by term number: an open-addressing table. */
  private static final class PairCounts {
    private int[] others = new int[8];
    private int[] counts = new int[8];
    private int size;

    PairCounts() {
      java.util.Arrays.fill(others, -1);
    }

    /** Counts one article shared with each of the first {@code n} of {@code ids} but {@code self}. */
    void addAll(int[] ids, int n, int self) {
      for (int k = 0; k < n; k++) {
        if (ids[k] != self) add(ids[k]);
      }
    }

    private void add(int other) {
      int mask = others.length - 1;
      int slot = mix(other) & mask;
      while (others[slot] != -1 && others[slot] != other) slot = (slot + 1) & mask;
      if (others[slot] == other) {
        counts[slot]++;
        return;
      }
      others[slot] = other;
      counts[slot] = 1;
      if (++size * 2 > others.length) grow();
    }

    private static int mix(int x) {
      return x * 0x9E3779B9 >>> 7 ^ x;
    }

    private void grow() {
      int[] o = others;
      int[] c = counts;
      others = new int[o.length * 2];
      counts = new int[o.length * 2];
      java.util.Arrays.fill(others, -1);
      size = 0;
      for (int k = 0; k < o.length; k++) {
        if (o[k] == -1) continue;
        int mask = others.length - 1;
        int slot = mix(o[k]) & mask;
        while (others[slot] != -1) slot = (slot + 1) & mask;
        others[slot] = o[k];
        counts[slot] = c[k];
        size++;
      }
    }

    interface Entry {
      void accept(int other, int count);
    }

    void forEach(Entry action) {
      for (int k = 0; k < others.length; k++) {
        if (others[k] != -1) action.accept(others[k], counts[k]);
      }
    }
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
