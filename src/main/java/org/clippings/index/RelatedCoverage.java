package org.clippings.index;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.clippings.extract.EntityKind;
import org.clippings.extract.Mention;
import org.clippings.extract.Record;

/**
 * Finds, for every article, the others on the same story and the related ones, without comparing
 * all pairs. Each article is a TF-IDF vector over its stems and one over its entities. Candidates
 * come from an inverted index of rare features (a word or name a few articles share says more than
 * a common one): each article looks up only its most distinctive features in postings short
 * enough to matter. Only candidates are scored, by a blend of the two cosines.
 */
final class RelatedCoverage {

  /** At or above this score (and within {@link #SAME_STORY_DAYS}), two articles report one story. */
  static final double SAME_STORY = 0.5;
  /** With no second date to confirm it, a same-story link (which may pass a date on) needs more evidence. */
  static final double SAME_STORY_UNDATED = 0.55;
  /** At or above this score, two articles are related. */
  static final double RELATED = 0.2;
  static final int SAME_STORY_DAYS = 7;
  static final int MAX_RELATED = 5;
  static final int MAX_SAME_STORY = 10;
  /** How many of its most distinctive features an article looks up. */
  static final int PROBES = 16;
  static final double TERM_WEIGHT = 0.6;
  /** Distinctive features two articles must share before they are compared at all. */
  static final int MIN_SHARED = 2;

  private RelatedCoverage() {}

  /** A sparse, L2-normalised vector; {@code ids} sorted ascending. */
  private record Vec(int[] ids, double[] weights) {
    static final Vec EMPTY = new Vec(new int[0], new double[0]);

    /**
     * The dot product with a vector spread out by {@link #scatter}: the same products summed in the
     * same (ascending id) order as a merge of the two, plus zeros, so the same bits, without a
     * branch per step that the merge mispredicts.
     */
    double dot(double[] scattered) {
      double s = 0;
      for (int k = 0; k < ids.length; k++) s += scattered[ids[k]] * weights[k];
      return s;
    }

    void scatter(double[] into) {
      for (int k = 0; k < ids.length; k++) into[ids[k]] = weights[k];
    }

    void unscatter(double[] from) {
      for (int id : ids) from[id] = 0;
    }
  }

  static Map<String, List<Related>> compute(List<Record> records) {
    int n = records.size();
    // one id space for stems and entity keys, numbered as first met, record by record
    var stemIds = new HashMap<String, Integer>();
    var entityIds = new HashMap<String, Integer>();
    int[] nextId = {0};
    int[][] termIds = new int[n][];
    double[][] termTf = new double[n][];
    int[][] entityIdsOf = new int[n][];
    double[][] entityTf = new double[n][];
    for (int i = 0; i < n; i++) {
      Record r = records.get(i);
      var ids = new IntDoubles();
      r.terms().forEach((stem, c) -> ids.add(stemIds.computeIfAbsent(stem, k -> nextId[0]++), 1 + Math.log(c)));
      ids.sortById();
      termIds[i] = ids.ids();
      termTf[i] = ids.values();
      var e = new TreeMap<Integer, Double>();
      for (EntityKind k : EntityKind.values()) {
        for (Mention m : r.mentions(k)) {
          int id = entityIds.computeIfAbsent(EntityKeys.slug(m.name()), x -> nextId[0]++);
          e.merge(id, 1 + Math.log(Math.max(1, m.count())), Double::sum);
        }
      }
      entityIdsOf[i] = e.keySet().stream().mapToInt(Integer::intValue).toArray();
      entityTf[i] = e.values().stream().mapToDouble(Double::doubleValue).toArray();
    }
    int[] df = new int[nextId[0]];
    for (int i = 0; i < n; i++) {
      for (int f : termIds[i]) df[f]++;
      for (int f : entityIdsOf[i]) df[f]++;
    }
    double[] idf = new double[df.length];
    // smoothed, so a small archive (where every shared word looks common) still weighs shared words
    for (int f = 0; f < df.length; f++) idf[f] = Math.log(1 + (n + 1.0) / df[f]);
    Vec[] terms = new Vec[n];
    Vec[] entities = new Vec[n];
    for (int i = 0; i < n; i++) {
      terms[i] = vec(termIds[i], termTf[i], idf);
      entities[i] = vec(entityIdsOf[i], entityTf[i], idf);
    }

    // postings of features rare enough to be evidence, but shared by at least two articles
    int maxDf = Math.max(10, Math.min(100, (int) Math.sqrt(n)));
    int[][] probes = new int[n][];
    int[] postingSize = new int[df.length];
    for (int i = 0; i < n; i++) {
      probes[i] = distinctive(terms[i], entities[i], df, maxDf);
      for (int f : probes[i]) postingSize[f]++;
    }
    int[][] postings = new int[df.length][];
    for (int f = 0; f < df.length; f++) if (postingSize[f] > 0) postings[f] = new int[postingSize[f]];
    Arrays.fill(postingSize, 0);
    for (int i = 0; i < n; i++) {
      for (int f : probes[i]) postings[f][postingSize[f]++] = i;
    }

    // each article scores its later candidates; articles are independent, so they run in parallel
    int features = df.length;
    var scratch = ThreadLocal.withInitial(() -> new Candidates(n, features));
    @SuppressWarnings("unchecked")
    List<Link>[] links = IntStream.range(0, n).parallel()
        .mapToObj(i -> scratch.get().links(i, probes, postings, terms, entities, records))
        .toArray(List[]::new);
    @SuppressWarnings("unchecked")
    List<Related>[] found = new List[n];
    for (int i = 0; i < n; i++) {
      for (Link x : links[i]) {
        int j = x.other();
        add(found, i, new Related(records.get(j).id(), x.reason(), x.score()));
        add(found, j, new Related(records.get(i).id(), x.reason(), x.score()));
      }
    }
    var out = new HashMap<String, List<Related>>();
    for (int i = 0; i < n; i++) {
      if (found[i] != null) out.put(records.get(i).id(), best(found[i]));
    }
    return out;
  }

  private static void add(List<Related>[] found, int i, Related r) {
    if (found[i] == null) found[i] = new ArrayList<>();
    found[i].add(r);
  }

  /** A link from one article to the article at index {@code other}. */
  private record Link(int other, Related.Reason reason, double score) {}

  /** One thread's marks of which articles it has met as candidates of article {@code i}. */
  private static final class Candidates {
    final int[] seen;
    final int[] shared;
    final IntList list = new IntList();
    /** Article {@code i}'s two vectors, spread out over the feature ids while its candidates are scored. */
    final double[] terms;
    final double[] entities;

    Candidates(int n, int features) {
      seen = new int[n];
      shared = new int[n];
      Arrays.fill(seen, -1);
      terms = new double[features];
      entities = new double[features];
    }

    /** The articles after {@code i} related to it. */
    List<Link> links(int i, int[][] probes, int[][] postings, Vec[] terms, Vec[] entities, List<Record> records) {
      list.clear();
      for (int f : probes[i]) {
        for (int j : postings[f]) {
          if (j <= i) continue;
          if (seen[j] != i) {
            seen[j] = i;
            shared[j] = 0;
            list.add(j);
          }
          shared[j]++;
        }
      }
      List<Link> out = null;
      terms[i].scatter(this.terms);
      entities[i].scatter(this.entities);
      for (int k = 0; k < list.size(); k++) {
        int j = list.get(k);
        // one shared rare word is chance; coverage of one story shares several
        if (shared[j] < MIN_SHARED) continue;
        double s = score(terms[j], entities[i], entities[j]);
        if (s < RELATED) continue;
        boolean same = sameStory(s, records.get(i), records.get(j));
        double rounded = Math.round(s * 1000) / 1000.0;
        if (out == null) out = new ArrayList<>();
        out.add(new Link(j, same ? Related.Reason.SAME_STORY : Related.Reason.SHARED_ENTITIES, rounded));
      }
      terms[i].unscatter(this.terms);
      entities[i].unscatter(this.entities);
      return out == null ? List.of() : out;
    }

    /** The blend of cosines of article {@code i} (scattered) and {@code tj}, {@code ej}. */
    private double score(Vec tj, Vec ei, Vec ej) {
      double t = tj.dot(terms);
      if (ei.ids.length == 0 || ej.ids.length == 0) return t;
      return TERM_WEIGHT * t + (1 - TERM_WEIGHT) * ej.dot(entities);
    }
  }

  private static List<Related> best(List<Related> list) {
    var order = Comparator.comparingDouble(Related::score).reversed().thenComparing(Related::id);
    var same = list.stream().filter(r -> r.reason() == Related.Reason.SAME_STORY).sorted(order)
        .limit(MAX_SAME_STORY).toList();
    var related = list.stream().filter(r -> r.reason() != Related.Reason.SAME_STORY).sorted(order)
        .limit(MAX_RELATED).toList();
    var all = new ArrayList<Related>(same);
    all.addAll(related);
    return all;
  }

  /** Dated articles more than a week apart report different events, however alike. */
  private static boolean sameStory(double score, Record a, Record b) {
    Optional<LocalDate> da = a.date().day();
    Optional<LocalDate> db = b.date().day();
    if (da.isEmpty() || db.isEmpty()) return score >= SAME_STORY_UNDATED;
    return score >= SAME_STORY && Math.abs(ChronoUnit.DAYS.between(da.get(), db.get())) <= SAME_STORY_DAYS;
  }

  /** The article's highest-weighted features that at least one other article shares, rare ones only. */
  private static int[] distinctive(Vec terms, Vec entities, int[] df, int maxDf) {
    var candidates = new ArrayList<int[]>(); // feature, weight*1e6
    for (Vec v : new Vec[] {terms, entities}) {
      for (int k = 0; k < v.ids.length; k++) {
        int f = v.ids[k];
        if (df[f] >= 2 && df[f] <= maxDf) candidates.add(new int[] {f, (int) (v.weights[k] * 1e6)});
      }
    }
    candidates.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
    return candidates.stream().limit(PROBES).mapToInt(a -> a[0]).toArray();
  }

  /** {@code ids} ascending. */
  private static Vec vec(int[] ids, double[] tf, double[] idf) {
    if (ids.length == 0) return Vec.EMPTY;
    double[] w = new double[ids.length];
    double norm = 0;
    for (int k = 0; k < ids.length; k++) {
      w[k] = tf[k] * idf[ids[k]];
      norm += w[k] * w[k];
    }
    norm = Math.sqrt(norm);
    if (norm > 0) {
      for (int i = 0; i < w.length; i++) w[i] /= norm;
    }
    return new Vec(ids, w);
  }

  /** Growable parallel lists of ids and values, sortable by id. */
  private static final class IntDoubles {
    private int[] ids = new int[64];
    private double[] values = new double[64];
    private int size;

    void add(int id, double value) {
      if (size == ids.length) {
        ids = Arrays.copyOf(ids, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      ids[size] = id;
      values[size++] = value;
    }

    void sortById() {
      long[] keyed = new long[size];
      for (int k = 0; k < size; k++) keyed[k] = ((long) ids[k] << 32) | k;
      Arrays.sort(keyed);
      int[] i2 = new int[size];
      double[] v2 = new double[size];
      for (int k = 0; k < size; k++) {
        i2[k] = (int) (keyed[k] >>> 32);
        v2[k] = values[(int) keyed[k]];
      }
      ids = i2;
      values = v2;
    }

    int[] ids() {
      return Arrays.copyOf(ids, size);
    }

    double[] values() {
      return Arrays.copyOf(values, size);
    }
  }

  private static final class IntList {
    private int[] a = new int[256];
    private int size;

    void add(int v) {
      if (size == a.length) a = Arrays.copyOf(a, size * 2);
      a[size++] = v;
    }

    int get(int k) {
      return a[k];
    }

    int size() {
      return size;
    }

    void clear() {
      size = 0;
    }
  }
}
