package org.clippings.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clippings.ingest.Block;

/**
 * Files an article under topics of the taxonomy from its text. Signal phrases are matched on
 * stems (so "negotiations" matches "negotiate"), longest phrase first; a hit in the headline counts
 * three times, in the lead or a heading twice. Repeats count less than new evidence (log scale),
 * longer phrases more than single words, and the total is normalised by the article's length. A
 * topic's score includes its sub-topics'. The most specific topics above the threshold are kept,
 * with their parents, each with the phrases that triggered it.
 */
public final class TopicClassifier {

  static final double HEADLINE = 3;
  static final double LEAD = 2;
  static final double BODY = 1;
  /** A topic must reach this share of the best topic's score to be filed too. */
  static final double RELATIVE = 0.6;

  private record Signal(String topic, String phrase, String[] stems) {}

  private final TopicTaxonomy taxonomy;
  private final Map<String, List<Signal>> byFirstStem = new HashMap<>();
  private final int maxTopics;
  private final double threshold;

  public TopicClassifier(TopicTaxonomy taxonomy, int maxTopics, double threshold) {
    this.taxonomy = taxonomy;
    this.maxTopics = maxTopics;
    this.threshold = threshold;
    for (Topic t : taxonomy.all()) {
      for (String phrase : t.signals()) {
        String[] stems = Stems.stems(phrase).toArray(new String[0]);
        if (stems.length == 0) continue;
        byFirstStem.computeIfAbsent(stems[0], k -> new ArrayList<>()).add(new Signal(t.id(), phrase, stems));
      }
    }
    // longest phrases first, so "foreign ministry" wins over "ministry"
    byFirstStem.values().forEach(l -> l.sort(Comparator.comparingInt((Signal s) -> -s.stems().length)
        .thenComparing(Signal::phrase)));
  }

  public List<TopicScore> classify(String headline, List<Block> blocks) {
    var evidence = new HashMap<String, Map<String, Double>>(); // topic -> phrase -> weighted hits
    int words = 0;
    if (!headline.isEmpty()) words += scan(headline, HEADLINE, evidence);
    boolean lead = true;
    for (Block b : blocks) {
      double w = b.isHeading() ? LEAD : lead ? LEAD : BODY;
      if (!b.isHeading()) lead = false;
      words += scan(b.text(), w, evidence);
    }
    if (evidence.isEmpty()) return List.of();

    double norm = Math.sqrt(1 + words / 150.0);
    var own = new TreeMap<String, Double>();
    evidence.forEach((topic, phrases) -> {
      double s = 0;
      for (var e : phrases.entrySet()) {
        int len = e.getKey().split(" ").length;
        s += Math.log1p(e.getValue()) / Math.log(2) * (1 + 0.5 * (len - 1));
      }
      own.put(topic, s / norm);
    });
    var total = new TreeMap<String, Double>(own);
    own.forEach((topic, s) -> {
      String parent = taxonomy.get(topic).map(Topic::parent).orElse("");
      if (!parent.isEmpty()) total.merge(parent, s, Double::sum);
    });

    double best = total.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    var chosen = new LinkedHashMap<String, Double>();
    own.entrySet().stream()
        .filter(e -> !taxonomy.get(e.getKey()).orElseThrow().isTopLevel())
        .filter(e -> e.getValue() >= threshold && e.getValue() >= RELATIVE * best)
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(maxTopics)
        .forEach(e -> chosen.put(e.getKey(), e.getValue()));
    // parents of what was chosen, then strong top-level topics with no specific sub-topic
    var parents = new LinkedHashMap<String, Double>();
    for (String id : chosen.keySet()) {
      String p = taxonomy.get(id).orElseThrow().parent();
      parents.putIfAbsent(p, total.get(p));
    }
    total.entrySet().stream()
        .filter(e -> taxonomy.get(e.getKey()).orElseThrow().isTopLevel() && !parents.containsKey(e.getKey()))
        .filter(e -> e.getValue() >= threshold && e.getValue() >= RELATIVE * best)
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(Math.max(0, maxTopics - parents.size()))
        .forEach(e -> parents.put(e.getKey(), e.getValue()));

    var out = new ArrayList<TopicScore>();
    chosen.forEach((id, s) -> out.add(score(id, s, evidence.get(id), "")));
    parents.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> out.add(score(e.getKey(), e.getValue(), evidence.getOrDefault(e.getKey(), Map.of()),
            childrenOf(e.getKey(), chosen))));
    return out;
  }

  private TopicScore score(String id, double s, Map<String, Double> phrases, String implied) {
    var signals = new ArrayList<String>();
    if (!implied.isEmpty()) signals.add("via " + implied);
    phrases.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(6)
        .forEach(e -> signals.add(e.getKey()));
    double rounded = Math.round(s * 100) / 100.0;
    return new TopicScore(id, taxonomy.get(id).orElseThrow().label(), rounded, signals);
  }

  private String childrenOf(String parent, Map<String, Double> chosen) {
    return String.join(", ", chosen.keySet().stream()
        .filter(c -> taxonomy.get(c).orElseThrow().parent().equals(parent))
        .map(c -> taxonomy.get(c).orElseThrow().label()).toList());
  }

  /** Adds every signal found in {@code text}; returns its word count. */
  private int scan(String text, double weight, Map<String, Map<String, Double>> evidence) {
    List<String> stems = Stems.stems(text);
    int i = 0;
    while (i < stems.size()) {
      List<Signal> candidates = byFirstStem.get(stems.get(i));
      Signal hit = null;
      if (candidates != null) {
        for (Signal s : candidates) {
          if (matches(stems, i, s.stems())) {
            hit = s;
            break;
          }
        }
      }
      if (hit == null) {
        i++;
      } else {
        evidence.computeIfAbsent(hit.topic(), k -> new TreeMap<>()).merge(hit.phrase(), weight, Double::sum);
        i += hit.stems().length;
      }
    }
    return stems.size();
  }

  private static boolean matches(List<String> stems, int at, String[] phrase) {
    if (at + phrase.length > stems.size()) return false;
    for (int k = 0; k < phrase.length; k++) {
      if (!stems.get(at + k).equals(phrase[k])) return false;
    }
    return true;
  }
}
