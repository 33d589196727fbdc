package org.clippings.index;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.clippings.extract.EntityKind;
import org.clippings.extract.Mention;
import org.clippings.extract.Record;
import org.clippings.extract.TopicScore;

/**
 * Builds the four taxonomies (people, places, organizations, topics) from the records, newest
 * first, so no page ever rescans the archive: one term per canonical name or topic, the most
 * recent role, names seen, date range, monthly counts, and the people, places and organizations
 * most often in the same articles. Each term is made from its own occurrences alone, which lets a
 * process that builds again and again make only the terms a changed article mentions.
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
    return build(newestFirst, topicParents, null).taxonomies();
  }

  /**
   * As above, starting from what the {@code last} build made (null: from nothing). A term is made
   * again only when an article that mentions it, now or last time, changed, came or went: its
   * articles, names and the counts of terms seen with it depend on those articles alone. Every
   * other term is the last one, with the names of the terms seen with it brought up to date.
   */
  static Made build(List<Record> newestFirst, Map<String, String> topicParents, Made last) {
    if (last != null && !last.topicParents().equals(topicParents)) last = null;
    var now = new HashMap<String, Record>(newestFirst.size() * 2);
    for (Record r : newestFirst) now.put(r.id(), r);
    Set<String> affected = last == null ? null : affected(now, last.records());
    var occurrences = Occurrences.of(newestFirst, affected);

    var builders = new HashMap<String, Builder>();
    occurrences.forEachToMake((key, record, o) -> {
      Builder b = builders.computeIfAbsent(key, k -> new Builder());
      if (o instanceof Mention m) {
        b.add(record, m.name(), m.sentence(), m.role(), m.aliases());
      } else {
        TopicScore t = (TopicScore) o;
        b.add(record, t.label(), record.summary(), "", List.of());
        b.parent = topicParents.getOrDefault(t.id(), "");
      }
    });
    var names = new HashMap<String, String>(occurrences.keyCount() * 2);
    for (String key : occurrences.keys()) {
      Builder b = builders.get(key);
      names.put(key, b != null ? displayName(b) : last.names().get(key));
    }
    // each term from what is gathered above alone, so the terms are made side by side
    Made before = last;
    Term[] made = occurrences.keys().parallelStream().map(key -> {
      Builder b = builders.get(key);
      if (b == null) return renamed(before.terms().get(key), names);
      String name = names.get(key);
      var aliases = b.aliases == null ? new TreeSet<String>() : new TreeSet<>(b.aliases);
      aliases.addAll(b.names.keySet());
      aliases.remove(name);
      return new Term(key.substring(key.indexOf('/') + 1), name, b.description, b.parent, b.articles,
          List.copyOf(aliases), b.first == null ? "" : b.first.toString(), b.last == null ? "" : b.last.toString(),
          b.months(), occurrences.seenWith(key, names));
    }).toArray(Term[]::new);
    var terms = new HashMap<String, Term>(names.size() * 2);
    for (int k = 0; k < made.length; k++) terms.put(occurrences.keys().get(k), made[k]);
    var byTaxonomy = new LinkedHashMap<String, TreeMap<String, Term>>();
    for (EntityKind k : EntityKind.values()) byTaxonomy.put(k.plural(), new TreeMap<>());
    byTaxonomy.put(TOPICS, new TreeMap<>());
    terms.forEach((key, term) -> byTaxonomy.get(key.substring(0, key.indexOf('/'))).put(term.slug(), term));
    var out = new ArrayList<Taxonomy>();
    byTaxonomy.forEach((tax, m) -> out.add(new Taxonomy(tax, singular(tax), label(tax), m)));
    return new Made(now, Map.copyOf(topicParents), terms, names, List.copyOf(out));
  }

  /**
   * What one build of the taxonomies was made from and made: its records by id, the topics'
   * parents, and each term and display name by key ("people/ada-obi").
   */
  record Made(Map<String, Record> records, Map<String, String> topicParents, Map<String, Term> terms,
      Map<String, String> names, List<Taxonomy> taxonomies) {}

  /** The keys of the terms that the articles which changed, came or went mention, before or now. */
  private static Set<String> affected(Map<String, Record> now, Map<String, Record> before) {
    var keys = new HashSet<String>();
    now.forEach((id, r) -> {
      Record old = before.get(id);
      if (old == r) return;
      if (old != null && old.equals(r)) return;
      keysOf(r, keys);
      if (old != null) keysOf(old, keys);
    });
    before.forEach((id, old) -> {
      if (!now.containsKey(id)) keysOf(old, keys);
    });
    return keys;
  }

  private static void keysOf(Record r, Set<String> into) {
    for (EntityKind k : EntityKind.values()) {
      for (Mention m : r.mentions(k)) into.add(k.plural() + "/" + EntityKeys.slug(m.name()));
    }
    for (TopicScore t : r.topics()) into.add(TOPICS + "/" + t.id());
  }

  /** The last build's term with the current names of the terms seen with it. */
  private static Term renamed(Term t, Map<String, String> names) {
    boolean same = true;
    for (Term.TermRef ref : t.seenWith()) {
      same &= ref.name().equals(names.get(ref.taxonomy() + "/" + ref.slug()));
    }
    if (same) return t;
    var refs = new ArrayList<Term.TermRef>(t.seenWith().size());
    for (Term.TermRef ref : t.seenWith()) {
      refs.add(new Term.TermRef(ref.taxonomy(), ref.slug(), names.get(ref.taxonomy() + "/" + ref.slug()), ref.shared()));
    }
    return new Term(t.slug(), t.name(), t.description(), t.parent(), t.articles(), t.aliases(), t.firstDate(),
        t.lastDate(), t.perMonth(), refs);
  }

  /** The name most articles use; ties go to the alphabetically first, so builds agree. */
  private static String displayName(Builder b) {
    return b.names.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .orElseThrow().getKey();
  }

  /**
   * Every term's occurrences in the records, newest first: per record its terms once each (the
   * first mention of a name that slugs the same), by term number ("people/ada-obi" is one
   * number). Terms are made from these, and the terms seen with one are counted from the records
   * it occurs in: every such record adds one count per entity in it (topics are counted with the
   * entities, not with each other).
   */
  private static final class Occurrences {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> keys = new ArrayList<>();
    /** Per term number: whether it is made this build. */
    private final java.util.BitSet toMake = new java.util.BitSet();
    /** Per term number, the occurrences of it, as indexes into the arrays below. */
    private final List<int[]> byTerm = new ArrayList<>();
    private int[] byTermSize = new int[1024];
    private Record[] records;
    private int[] recordOf = new int[1024];
    private Object[] what = new Object[1024];
    private int[] termOf = new int[1024];
    private int count;
    /** Per record, its entities' term numbers: {@code entities[entityStart[i] .. entityStart[i + 1])}. */
    private int[] entityStart;
    private int[] entities = new int[1024];
    private int entityCount;

    interface Visitor {
      void accept(String key, Record r, Object mentionOrTopic);
    }

    /** {@code toMake}: the keys of the terms to make; null for all. */
    static Occurrences of(List<Record> newestFirst, Set<String> toMake) {
      var o = new Occurrences();
      o.records = newestFirst.toArray(new Record[0]);
      o.entityStart = new int[o.records.length + 1];
      var seen = new HashSet<String>();
      for (int i = 0; i < o.records.length; i++) {
        Record r = o.records[i];
        o.entityStart[i] = o.entityCount;
        for (EntityKind k : EntityKind.values()) {
          seen.clear();
          for (Mention m : r.mentions(k)) {
            String slug = EntityKeys.slug(m.name());
            if (!seen.add(slug)) continue;
            int id = o.id(k.plural() + "/" + slug, toMake);
            o.add(i, m, id);
            if (o.entityCount == o.entities.length) o.entities = Arrays.copyOf(o.entities, o.entityCount * 2);
            o.entities[o.entityCount++] = id;
          }
        }
        for (TopicScore t : r.topics()) o.add(i, t, o.id(TOPICS + "/" + t.id(), toMake));
      }
      o.entityStart[o.records.length] = o.entityCount;
      return o;
    }

    private int id(String key, Set<String> toMake) {
      Integer id = ids.get(key);
      if (id != null) return id;
      int n = keys.size();
      ids.put(key, n);
      keys.add(key);
      byTerm.add(new int[4]);
      if (n == byTermSize.length) byTermSize = Arrays.copyOf(byTermSize, n * 2);
      if (toMake == null || toMake.contains(key)) this.toMake.set(n);
      return n;
    }

    private void add(int record, Object mentionOrTopic, int term) {
      if (count == recordOf.length) {
        recordOf = Arrays.copyOf(recordOf, count * 2);
        what = Arrays.copyOf(what, count * 2);
        termOf = Arrays.copyOf(termOf, count * 2);
      }
      recordOf[count] = record;
      what[count] = mentionOrTopic;
      termOf[count] = term;
      if (toMake.get(term)) {
        int size = byTermSize[term];
        int[] list = byTerm.get(term);
        if (size == list.length) byTerm.set(term, list = Arrays.copyOf(list, size * 2));
        list[size] = count;
        byTermSize[term] = size + 1;
      }
      count++;
    }

    List<String> keys() {
      return keys;
    }

    int keyCount() {
      return keys.size();
    }

    /** The occurrences of the terms to make, in record order (newest first). */
    void forEachToMake(Visitor v) {
      for (int k = 0; k < count; k++) {
        if (toMake.get(termOf[k])) v.accept(keys.get(termOf[k]), records[recordOf[k]], what[k]);
      }
    }

    /**
     * The {@link #SEEN_WITH} terms most often in the same articles as the term {@code key} (none
     * when no article shares it), most shared first, then by key.
     */
    List<Term.TermRef> seenWith(String key, Map<String, String> names) {
      int id = ids.get(key);
      var counts = new PairCounts();
      int[] list = byTerm.get(id);
      for (int k = 0, n = byTermSize[id]; k < n; k++) {
        int r = recordOf[list[k]];
        counts.addAll(entities, entityStart[r], entityStart[r + 1], id);
      }
      // a small heap of the best so far rather than sorting every count; its head is the weakest
      Comparator<int[]> best = Comparator.<int[]>comparingInt(e -> e[1]).reversed()
          .thenComparing(e -> keys.get(e[0]));
      var heap = new java.util.PriorityQueue<int[]>(best.reversed());
      counts.forEach((other, n) -> {
        if (heap.size() == SEEN_WITH) {
          // most counts lose to the weakest kept: skip them without an allocation and two heap moves
          int[] weakest = heap.peek();
          if (n < weakest[1] || n == weakest[1] && keys.get(other).compareTo(keys.get(weakest[0])) > 0) return;
        }
        heap.add(new int[] {other, n});
        if (heap.size() > SEEN_WITH) heap.poll();
      });
      var top = new ArrayList<>(heap);
      top.sort(best);
      return top.stream()
          .map(e -> {
            String k = keys.get(e[0]);
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

    /** Counts one article shared with each of {@code ids[from .. to)} but {@code self}. */
    void addAll(int[] ids, int from, int to, int self) {
      for (int k = from; k < to; k++) {
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
