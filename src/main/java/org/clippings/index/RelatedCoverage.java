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
import java.util.stream.IntStream;
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

  /**
   * A sparse, L2-normalised vector, its features in the record's own order (stems, then entity
   * keys, alphabetically): every sum over it runs in that order, so its bits do not depend on how
   * the features happen to be numbered, and a build that numbers them afresh and one that reuses
   * {@code serve}'s numbers agree.
   */
  private record Vec(int[] ids, double[] weights) {
    static final Vec EMPTY = new Vec(new int[0], new double[0]);

    /** The dot product with a vector spread out by {@link #scatter}, summed in this vector's order. */
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
    return compute(records, ArticleFeatures.none());
  }

  /** As above, with each record's features taken from {@code features} when it has them. */
  static Map<String, List<Related>> compute(List<Record> records, ArticleFeatures features) {
    int n = records.size();
    ArticleFeatures.Of[] of = features.of(records);
    int[] df = new int[features.size()];
    for (ArticleFeatures.Of f : of) {
      for (int id : f.terms()) df[id]++;
      for (int id : f.entities()) df[id]++;
    }
    double[] idf = new double[df.length];
    // smoothed, so a small archive (where every shared word looks common) still weighs shared words
    for (int f = 0; f < df.length; f++) if (df[f] > 0) idf[f] = Math.log(1 + (n + 1.0) / df[f]);
    Vec[] terms = new Vec[n];
    Vec[] entities = new Vec[n];
    for (int i = 0; i < n; i++) {
      terms[i] = vec(of[i].terms(), of[i].termTf(), idf);
      entities[i] = vec(of[i].entities(), of[i].entityTf(), idf);
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
    int ids = df.length;
    var scratch = ThreadLocal.withInitial(() -> new Candidates(n, ids));
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

  /**
   * The article's highest-weighted features that at least one other article shares, rare ones
   * only; of equal weights, the first in the record's order.
   */
  private static int[] distinctive(Vec terms, Vec entities, int[] df, int maxDf) {
    int t = terms.ids.length;
    long[] keyed = new long[t + entities.ids.length]; // (highest weight first, position) in one sortable number
    int m = 0;
    for (int pos = 0; pos < keyed.length; pos++) {
      Vec v = pos < t ? terms : entities;
      int k = pos < t ? pos : pos - t;
      int f = v.ids[k];
      if (df[f] < 2 || df[f] > maxDf) continue;
      keyed[m++] = (long) (Integer.MAX_VALUE - (int) (v.weights[k] * 1e6)) << 32 | pos;
    }
    Arrays.sort(keyed, 0, m);
    int[] out = new int[Math.min(PROBES, m)];
    for (int x = 0; x < out.length; x++) {
      int pos = (int) keyed[x];
      out[x] = pos < t ? terms.ids[pos] : entities.ids[pos - t];
    }
    return out;
  }

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
