package org.clippings.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.clippings.extract.EntityKind;
import org.clippings.extract.Mention;
import org.clippings.extract.Record;
import org.clippings.extract.Stems;
import org.clippings.extract.TopicScore;
import org.clippings.index.EntityKeys;
import org.clippings.ingest.Block;

/**
 * Writes the offline search index: JavaScript files that register themselves when loaded through a
 * {@code <script>} element, because browsers block fetch and XHR on {@code file://}.
 *
 * <ul>
 *   <li>{@code search/index.js}, the manifest: document count, which word shards exist, the document
 *       range of each year (documents are numbered newest first, so a year is a range), and the
 *       busiest people, places and topics for filters. The only file a search page always loads.
 *   <li>{@code search/w/<key>.js}: for the words starting with a two-character key, each word's stem,
 *       and each stem's postings (delta-coded document numbers with weights); two-word phrases from
 *       headlines, summaries and names, for quoted queries. A one-word query loads one shard.
 *   <li>{@code search/f/<key>.js}: which documents mention a person, place or topic, for filters.
 *   <li>{@code search/d/<n>.js}: headline, path, date, summary and names of {@value #DOCS_PER_SHARD}
 *       documents, loaded only for the results shown.
 * </ul>
 *
 * Words are the extraction stage's tokens and stems are its Porter stems, so the browser needs no
 * stemmer: it matches what the reader types against the words of the index and follows them to stems.
 */
final class SearchIndexWriter {

  static final int DOCS_PER_SHARD = 20;
  /** Postings kept per stem: the most relevant, so a stem in every article stays cheap to load. */
  static final int MAX_POSTINGS = 5000;
  static final int HEADLINE = 6;
  static final int NAMES = 4;
  static final int SUMMARY = 3;
  static final int FACETS = 40;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SiteRenderer.Context ctx;
  private final Map<String, String> stemOf = new ConcurrentHashMap<>();

  SearchIndexWriter(SiteRenderer.Context ctx) {
    this.ctx = ctx;
  }

  /** What one document contributes: weight per stem, the words seen for each stem, and phrases. */
  private record DocTerms(Map<String, Integer> weights, Map<String, String> words, Map<String, Integer> phrases) {}

  void write(java.util.concurrent.ExecutorService pool) {
    List<Record> records = ctx.archive.records();
    int n = records.size();
    // tokenising every body is the costly part: one task per slice of documents
    var perDoc = new ArrayList<DocTerms>(java.util.Collections.nCopies(n, (DocTerms) null));
    var tasks = new ArrayList<Runnable>();
    for (int from = 0; from < n; from += 256) {
      int start = from;
      tasks.add(() -> {
        for (int d = start; d < Math.min(n, start + 256); d++) perDoc.set(d, terms(records.get(d)));
      });
    }
    SiteRenderer.runAll(pool, tasks);

    // stem -> postings (doc, weight), in document order; word -> stem by shard key; phrase postings
    var postings = new HashMap<String, List<int[]>>();
    var words = new TreeMap<String, TreeMap<String, String>>();
    var phrases = new HashMap<String, Map<String, List<int[]>>>(); // shard key -> phrase -> postings
    for (int d = 0; d < n; d++) {
      DocTerms t = perDoc.get(d);
      for (var e : t.weights().entrySet()) postings.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new int[] {d, e.getValue()});
      for (var e : t.words().entrySet()) words.computeIfAbsent(key(e.getKey()), k -> new TreeMap<>()).put(e.getKey(), e.getValue());
      for (var e : t.phrases().entrySet()) {
        phrases.computeIfAbsent(key(e.getKey()), k -> new HashMap<>())
            .computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new int[] {d, e.getValue()});
      }
    }
    for (var shard : words.entrySet()) {
      var data = new LinkedHashMap<String, Object>();
      data.put("w", shard.getValue());
      var p = new TreeMap<String, int[]>();
      for (String stem : new java.util.TreeSet<>(shard.getValue().values())) p.put(stem, encode(postings.get(stem)));
      data.put("p", p);
      var b = new TreeMap<String, int[]>();
      phrases.getOrDefault(shard.getKey(), Map.of()).forEach((phrase, list) -> b.put(phrase, encode(list)));
      data.put("b", b);
      js("search/w/" + shard.getKey() + ".js", "shard", shard.getKey(), data);
    }
    writeFilters(records);
    writeDocs(records);
    writeManifest(records, words.keySet());
  }

  private DocTerms terms(Record r) {
    var weights = new HashMap<String, Integer>();
    var wordsSeen = new TreeMap<String, String>();
    var phrases = new HashMap<String, Integer>();
    add(r.title(), HEADLINE, weights, wordsSeen, phrases);
    add(r.summary(), SUMMARY, weights, wordsSeen, phrases);
    for (EntityKind k : EntityKind.values()) {
      for (Mention m : r.mentions(k)) add(m.name(), NAMES, weights, wordsSeen, phrases);
    }
    for (TopicScore t : r.topics()) add(t.label(), NAMES, weights, wordsSeen, null);
    // the body counts once per stem, scaled by how often it occurs
    var counts = new HashMap<String, Integer>();
    var bodyWords = new HashMap<String, String>();
    for (Block b : r.body()) {
      for (String w : Stems.words(b.text())) {
        if (w.length() < 2 || Stems.isStopword(w)) continue;
        String s = stem(w);
        counts.merge(s, 1, Integer::sum);
        bodyWords.merge(w, s, (a, x) -> a);
      }
    }
    counts.forEach((s, c) -> weights.merge(s, 1 + (int) Math.round(Math.log(c)), Math::max));
    bodyWords.forEach(wordsSeen::putIfAbsent);
    return new DocTerms(weights, wordsSeen, phrases);
  }

  private void add(String text, int weight, Map<String, Integer> weights, Map<String, String> words,
      Map<String, Integer> phrases) {
    String prev = null;
    for (String w : Stems.words(text)) {
      if (w.length() < 2 || Stems.isStopword(w)) continue; // phrases step over them, on both sides
      String s = stem(w);
      weights.merge(s, weight, Math::max);
      words.putIfAbsent(w, s);
      if (phrases != null && prev != null) phrases.merge(prev + " " + s, weight, Math::max);
      prev = s;
    }
  }

  private String stem(String word) {
    return stemOf.computeIfAbsent(word, Stems::stem);
  }

  /** The shard a word (or phrase) lives in: its first two characters, hex-escaped unless [a-z0-9]. */
  static String key(String word) {
    var sb = new StringBuilder();
    int i = 0;
    for (int taken = 0; i < word.length() && taken < 2; taken++) {
      int cp = word.codePointAt(i);
      if (cp == ' ') break;
      if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) sb.appendCodePoint(cp);
      else sb.append('_').append(Integer.toHexString(cp));
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  /** Postings as a flat array: document deltas and weights, the most relevant {@link #MAX_POSTINGS}. */
  private static int[] encode(List<int[]> list) {
    List<int[]> kept = list;
    if (list.size() > MAX_POSTINGS) {
      kept = new ArrayList<>(list);
      kept.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
      kept = new ArrayList<>(kept.subList(0, MAX_POSTINGS));
      kept.sort((a, b) -> Integer.compare(a[0], b[0]));
    }
    int[] out = new int[kept.size() * 2];
    int prev = 0;
    for (int i = 0; i < kept.size(); i++) {
      out[2 * i] = kept.get(i)[0] - prev;
      out[2 * i + 1] = kept.get(i)[1];
      prev = kept.get(i)[0];
    }
    return out;
  }

  private void writeFilters(List<Record> records) {
    var byKey = new TreeMap<String, TreeMap<String, List<int[]>>>();
    for (int d = 0; d < records.size(); d++) {
      Record r = records.get(d);
      for (EntityKind k : EntityKind.values()) {
        for (Mention m : r.mentions(k)) filter(byKey, k.plural() + "/" + EntityKeys.slug(m.name()), d);
      }
      for (TopicScore t : r.topics()) filter(byKey, "topics/" + t.id(), d);
    }
    byKey.forEach((shard, map) -> {
      var data = new TreeMap<String, int[]>();
      map.forEach((k, list) -> data.put(k, encode(dedupe(list))));
      js("search/f/" + shard + ".js", "filter", shard, data);
    });
  }

  private static void filter(TreeMap<String, TreeMap<String, List<int[]>>> byKey, String id, int doc) {
    String slug = id.substring(id.indexOf('/') + 1);
    String shard = id.substring(0, id.indexOf('/')) + "-" + key(slug);
    byKey.computeIfAbsent(shard, k -> new TreeMap<>()).computeIfAbsent(id, k -> new ArrayList<>()).add(new int[] {doc, 1});
  }

  private static List<int[]> dedupe(List<int[]> list) {
    var out = new ArrayList<int[]>();
    for (int[] p : list) {
      if (out.isEmpty() || out.get(out.size() - 1)[0] != p[0]) out.add(p);
    }
    return out;
  }

  private void writeDocs(List<Record> records) {
    for (int start = 0; start < records.size(); start += DOCS_PER_SHARD) {
      var docs = new ArrayList<Object>();
      for (int d = start; d < Math.min(records.size(), start + DOCS_PER_SHARD); d++) {
        Record r = records.get(d);
        var names = new ArrayList<Object>();
        for (EntityKind k : EntityKind.values()) {
          for (Mention m : r.mentions(k)) names.add(List.of(k.plural(), EntityKeys.slug(m.name()), m.name()));
        }
        for (TopicScore t : r.topics()) names.add(List.of("topics", t.id(), t.label()));
        docs.add(List.of(r.title(), ctx.plan.articlePath(r.id()), DateText.iso(r.date()), DateText.display(r.date()),
            r.summary(), names));
      }
      js("search/d/" + (start / DOCS_PER_SHARD) + ".js", "docs", String.valueOf(start / DOCS_PER_SHARD), docs);
    }
  }

  private void writeManifest(List<Record> records, java.util.Set<String> shards) {
    var years = new TreeMap<String, int[]>();
    for (int d = 0; d < records.size(); d++) {
      int doc = d;
      records.get(d).date().day().ifPresent(day -> {
        int[] range = years.computeIfAbsent(String.valueOf(day.getYear()), y -> new int[] {doc, doc});
        range[0] = Math.min(range[0], doc);
        range[1] = Math.max(range[1], doc);
      });
    }
    var facets = new LinkedHashMap<String, Object>();
    for (String tax : List.of("people", "places", "organizations", "topics")) {
      facets.put(tax, ctx.archive.taxonomy(tax).byCount().stream().limit(FACETS)
          .map(t -> List.of(t.slug(), t.name(), t.count())).toList());
    }
    var data = new LinkedHashMap<String, Object>();
    data.put("docs", records.size());
    data.put("docsPerShard", DOCS_PER_SHARD);
    data.put("shards", List.copyOf(shards));
    data.put("years", years);
    data.put("facets", facets);
    data.put("stop", new java.util.TreeSet<>(Stems.STOPWORDS));
    js("search/index.js", "manifest", "", data);
  }

  private void js(String path, String kind, String key, Object data) {
    try {
      String json = JSON.writeValueAsString(data).replace("</", "<\\/");
      String body = "Clippings.register(" + JSON.writeValueAsString(kind) + "," + JSON.writeValueAsString(key) + ","
          + json + ");\n";
      ctx.out.write(path, body.getBytes(StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
