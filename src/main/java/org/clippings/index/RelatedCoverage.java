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

    double dot(Vec o) {
      double s = 0;
      int i = 0;
      int j = 0;
      while (i < ids.length && j < o.ids.length) {
        if (ids[i] == o.ids[j]) s += weights[i++] * o.weights[j++];
        else if (ids[i] < o.ids[j]) i++;
        else j++;
      }
      return s;
    }
  }

  static Map<String, List<Related>> compute(List<Record> records) {
    int n = records.size();
    var featureIds = new HashMap<String, Integer>();
    var termCounts = new ArrayList<Map<Integer, Double>>(n);
    var entityCounts = new ArrayList<Map<Integer, Double>>(n);
    for (Record r : records) {
      var t = new TreeMap<Integer, Double>();
      r.terms().forEach((stem, c) -> t.put(id(featureIds, "t:" + stem), 1 + Math.log(c)));
      termCounts.add(t);
      var e = new TreeMap<Integer, Double>();
      for (EntityKind k : EntityKind.values()) {
        for (Mention m : r.mentions(k)) {
          e.merge(id(featureIds, "e:" + EntityKeys.slug(m.name())), 1 + Math.log(Math.max(1, m.count())), Double::sum);
        }
      }
      entityCounts.add(e);
    }
    int[] df = new int[featureIds.size()];
    for (int i = 0; i < n; i++) {
      termCounts.get(i).keySet().forEach(f -> df[f]++);
      entityCounts.get(i).keySet().forEach(f -> df[f]++);
    }
    double[] idf = new double[df.length];
    // smoothed, so a small archive (where every shared word looks common) still weighs shared words
    for (int f = 0; f < df.length; f++) idf[f] = Math.log(1 + (n + 1.0) / df[f]);
    Vec[] terms = new Vec[n];
    Vec[] entities = new Vec[n];
    for (int i = 0; i < n; i++) {
      terms[i] = vec(termCounts.get(i), idf);
      entities[i] = vec(entityCounts.get(i), idf);
    }

    // postings of features rare enough to be evidence, but shared by at least two articles
    int maxDf = Math.max(10, Math.min(100, (int) Math.sqrt(n)));
    var postings = new HashMap<Integer, List<Integer>>();
    int[][] probes = new int[n][];
    for (int i = 0; i < n; i++) {
      probes[i] = distinctive(terms[i], entities[i], df, maxDf);
      for (int f : probes[i]) postings.computeIfAbsent(f, k -> new ArrayList<>()).add(i);
    }

    var found = new HashMap<Integer, List<Related>>();
    var seen = new int[n];
    var shared = new int[n];
    Arrays.fill(seen, -1);
    var candidates = new ArrayList<Integer>();
    for (int i = 0; i < n; i++) {
      candidates.clear();
      for (int f : probes[i]) {
        for (int j : postings.get(f)) {
          if (j <= i) continue;
          if (seen[j] != i) {
            seen[j] = i;
            shared[j] = 0;
            candidates.add(j);
          }
          shared[j]++;
        }
      }
      for (int j : candidates) {
        // one shared rare word is chance; coverage of one story shares several
        if (shared[j] < MIN_SHARED) continue;
        double s = score(terms[i], terms[j], entities[i], entities[j]);
        if (s < RELATED) continue;
        boolean same = sameStory(s, records.get(i), records.get(j));
        double rounded = Math.round(s * 1000) / 1000.0;
        var reason = same ? Related.Reason.SAME_STORY : Related.Reason.SHARED_ENTITIES;
        found.computeIfAbsent(i, k -> new ArrayList<>()).add(new Related(records.get(j).id(), reason, rounded));
        found.computeIfAbsent(j, k -> new ArrayList<>()).add(new Related(records.get(i).id(), reason, rounded));
      }
    }
    var out = new HashMap<String, List<Related>>();
    found.forEach((i, list) -> out.put(records.get(i).id(), best(list)));
    return out;
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

  private static double score(Vec ti, Vec tj, Vec ei, Vec ej) {
    double t = ti.dot(tj);
    if (ei.ids.length == 0 || ej.ids.length == 0) return t;
    return TERM_WEIGHT * t + (1 - TERM_WEIGHT) * ei.dot(ej);
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

  private static Vec vec(Map<Integer, Double> tf, double[] idf) {
    if (tf.isEmpty()) return Vec.EMPTY;
    int[] ids = new int[tf.size()];
    double[] w = new double[tf.size()];
    int k = 0;
    double norm = 0;
    for (var e : tf.entrySet()) {
      ids[k] = e.getKey();
      w[k] = e.getValue() * idf[e.getKey()];
      norm += w[k] * w[k];
      k++;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) {
      for (int i = 0; i < w.length; i++) w[i] /= norm;
    }
    return new Vec(ids, w);
  }

  private static int id(Map<String, Integer> ids, String feature) {
    return ids.computeIfAbsent(feature, k -> ids.size());
  }
}
