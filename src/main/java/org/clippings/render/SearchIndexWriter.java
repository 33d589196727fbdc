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
 *       range of each year (documents are numbered oldest first, so a year is a range), and the
 *       busiest people, places and topics for filters. The only file a search page always loads.
 *   <li>{@code search/w/<key>.js}: for the words starting with a key of two characters (three or
 *       four where two would make a large file), each word's stem, and each stem's postings
 *       (delta-coded document numbers with weights); two-word phrases from
 *       headlines, summaries and names, for quoted queries. A one-word query loads one shard.
 *   <li>{@code search/f/<key>.js}: which documents mention a person, place or topic, for filters.
 *   <li>{@code search/d/<n>.js}: headline, path, date, summary and names of {@value #DOCS_PER_SHARD}
 *       documents, loaded only for the results shown.
 * </ul>
 *
 * Words are the extraction stage's tokens and stems are its Porter stems, so the browser needs no
 * stemmer: it matches what the reader types against the words of the index and follows them to stems.
 *
 * <p>Documents are numbered oldest first because an archive grows at its new end: the article
 * saved today gets the next number, and every file it is not in comes out byte for byte as it was
 * (numbered newest first, it moved every posting and every document shard). Each file is offered
 * to the sink by the digest of its bytes, so a file that came out the same is kept, not written:
 * after one new article about a tenth of the index changes.
 */
final class SearchIndexWriter {

  /** Small, because a page of results is scattered over the archive: each result costs about one shard. */
  static final int DOCS_PER_SHARD = 10;
  /** Names shown under a result (and counted for the filters offered beside the results). */
  static final int NAMES_SHOWN = 8;
  /** Postings kept per stem: the most relevant, so a stem in every article stays cheap to load. */
  static final int MAX_POSTINGS = 5000;
  static final int HEADLINE = 6;
  static final int NAMES = 4;
  static final int SUMMARY = 3;
  static final int FACETS = 40;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SiteRenderer.Context ctx;
  /** Each word's stem, stemmed once per build whichever document has it first. */
  private final Map<String, String> stemOf = new ConcurrentHashMap<>();

  SearchIndexWriter(SiteRenderer.Context ctx) {
    this.ctx = ctx;
  }

  /**
   * What one document contributes: weight per stem, weight per phrase (with each phrase's first
   * stem), and the words it was written with and their stems (the index's word-to-stem table is
   * every document's words), all as {@link TermIds} numbers. Arrays, not maps, since {@link
   * RenderMemory} may keep one per document from build to build.
   */
  record DocTerms(int[] stems, byte[] weights, int[] phrases, int[] phraseFirstStems, byte[] phraseWeights,
      int[] words, int[] wordStems) {

    static DocTerms of(Map<String, Integer> weights, Map<String, Integer> phrases, Map<String, String> words,
        TermIds ids) {
      String[] stems = weights.keySet().toArray(String[]::new);
      String[] phraseKeys = phrases.keySet().toArray(String[]::new);
      String[] wordKeys = words.keySet().toArray(String[]::new);
      var phraseFirst = new int[phraseKeys.length];
      for (int i = 0; i < phraseKeys.length; i++) {
        phraseFirst[i] = ids.id(phraseKeys[i].substring(0, phraseKeys[i].indexOf(' ')));
      }
      var wordStems = new int[wordKeys.length];
      for (int i = 0; i < wordKeys.length; i++) wordStems[i] = ids.id(words.get(wordKeys[i]));
      return new DocTerms(ids(stems, ids), clamped(weights, stems), ids(phraseKeys, ids), phraseFirst,
          clamped(phrases, phraseKeys), ids(wordKeys, ids), wordStems);
    }

    private static int[] ids(String[] strings, TermIds ids) {
      var out = new int[strings.length];
      for (int i = 0; i < strings.length; i++) out[i] = ids.id(strings[i]);
      return out;
    }

    /** The weights of {@code keys}, at most what a posting can hold. */
    private static byte[] clamped(Map<String, Integer> weights, String[] keys) {
      var out = new byte[keys.length];
      for (int i = 0; i < keys.length; i++) out[i] = (byte) Math.min(weights.get(keys[i]), MAX_WEIGHT);
      return out;
    }
  }

  /**
   * Postings of one stem or phrase: document number and weight packed in one int, in document
   * order. At 100,000 articles there are tens of millions, so no object per posting.
   */
  private static final class Postings {
    private int[] packed = new int[4];
    private int size;

    void add(int doc, int weight) {
      if (size == packed.length) packed = java.util.Arrays.copyOf(packed, size * 2);
      packed[size++] = doc << WEIGHT_BITS | Math.min(weight, MAX_WEIGHT);
    }

    /** As a flat array of document deltas and weights, the most relevant {@link #MAX_POSTINGS}. */
    int[] encode() {
      int[] kept = java.util.Arrays.copyOf(packed, size);
      if (size > MAX_POSTINGS) {
        // by weight (highest first), then newest (highest document) first; the packing orders by document
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) order[i] = kept[i];
        java.util.Arrays.sort(order, (a, b) -> (a & MAX_WEIGHT) != (b & MAX_WEIGHT)
            ? Integer.compare(b & MAX_WEIGHT, a & MAX_WEIGHT) : Integer.compare(b, a));
        kept = new int[MAX_POSTINGS];
        for (int i = 0; i < MAX_POSTINGS; i++) kept[i] = order[i];
        java.util.Arrays.sort(kept);
      }
      int[] out = new int[kept.length * 2];
      int prev = 0;
      for (int i = 0; i < kept.length; i++) {
        int doc = kept[i] >>> WEIGHT_BITS;
        out[2 * i] = doc - prev;
        out[2 * i + 1] = kept[i] & MAX_WEIGHT;
        prev = doc;
      }
      return out;
    }
  }

  /** Every document's terms so far, indexed by term number. */
  private static final class Merged {
    Postings[] stems = new Postings[0];
    Postings[] phrases = new Postings[0];
    int[] phraseFirst = new int[0];
    int[] wordStem = new int[0];

    /** Room for every term number below {@code size}. */
    void grow(int size) {
      if (size <= stems.length) return;
      int old = stems.length;
      size = Math.max(size, old + old / 2);
      stems = java.util.Arrays.copyOf(stems, size);
      phrases = java.util.Arrays.copyOf(phrases, size);
      phraseFirst = java.util.Arrays.copyOf(phraseFirst, size);
      wordStem = java.util.Arrays.copyOf(wordStem, size);
      java.util.Arrays.fill(wordStem, old, size, -1);
    }

    void add(int doc, DocTerms t) {
      for (int j = 0; j < t.stems().length; j++) {
        int stem = t.stems()[j];
        if (stems[stem] == null) stems[stem] = new Postings();
        stems[stem].add(doc, t.weights()[j]);
      }
      for (int j = 0; j < t.phrases().length; j++) {
        int phrase = t.phrases()[j];
        if (phrases[phrase] == null) {
          phrases[phrase] = new Postings();
          phraseFirst[phrase] = t.phraseFirstStems()[j];
        }
        phrases[phrase].add(doc, t.phraseWeights()[j]);
      }
      for (int j = 0; j < t.words().length; j++) wordStem[t.words()[j]] = t.wordStems()[j];
    }
  }

  private static final int WEIGHT_BITS = 4;
  private static final int MAX_WEIGHT = (1 << WEIGHT_BITS) - 1;
  /** Documents tokenised together: enough to keep both cores busy, few enough to hold their terms. */
  private static final int SLICE = 512;

  void write(java.util.concurrent.ExecutorService pool) {
    // the archive is newest first; documents are numbered oldest first
    var records = new ArrayList<Record>(ctx.archive.records());
    java.util.Collections.reverse(records);
    Gathered all = gather(records, pool);
    Map<String, Postings> postings = all.postings();
    Map<String, Map<String, Postings>> phrases = all.phrases();
    var words = new TreeMap<String, String>(all.wordStems());
    var shards = new TreeMap<String, List<String>>();
    var byKey = new TreeMap<String, List<String>>();
    words.keySet().forEach(w -> byKey.computeIfAbsent(key(w, MIN_KEY), k -> new ArrayList<>()).add(w));
    byKey.forEach((k, list) -> partition(k, list, MIN_KEY, words, stem -> postings.get(stem).size, SPLIT_BYTES, shards));
    // every file below is independent of the others: written side by side
    var files = inParts(new ArrayList<>(shards.keySet()),
        key -> writeShard(key, shards.get(key), words, postings, phrases));
    files.add(() -> writeFilters(records));
    files.addAll(inParts(docShards(records.size()), start -> writeDocs(records, start)));
    files.add(() -> writeManifest(records, shards.keySet()));
    SiteRenderer.runAll(pool, files);
  }

  /** Tasks that do {@code each} to the items, in about eight runs of neighbouring items. */
  private static <T> List<Runnable> inParts(List<T> items, java.util.function.Consumer<T> each) {
    var tasks = new ArrayList<Runnable>();
    int per = Math.max(1, items.size() / 8);
    for (int from = 0; from < items.size(); from += per) {
      var part = items.subList(from, Math.min(items.size(), from + per));
      tasks.add(() -> part.forEach(each));
    }
    return tasks;
  }

  /** Every stem's postings, every phrase's by its first stem, and every word's stem. */
  private record Gathered(Map<String, Postings> postings, Map<String, Map<String, Postings>> phrases,
      Map<String, String> wordStems) {}

  /**
   * The documents' terms, merged. The term numbers and the merge arrays are this method's alone
   * (unless serve keeps the numbers), so they are garbage before the files are written: at
   * 100,000 articles they are a few hundred MB.
   */
  private Gathered gather(List<Record> records, java.util.concurrent.ExecutorService pool) {
    int n = records.size();
    TermIds ids = ctx.memory.shared("search-term-ids", TermIds::new);
    // merged in document order, by term number: stem -> postings, phrase -> postings, word -> stem
    var merged = new Merged();
    // tokenising every body is the costly part: slices of documents in parallel, merged in order
    for (int from = 0; from < n; from += SLICE) {
      int count = Math.min(SLICE, n - from);
      var slice = new DocTerms[count];
      // what serve kept is taken here; only the rest goes to the pool, where it may wait behind other work
      var missing = new ArrayList<Integer>();
      for (int i = 0; i < count; i++) {
        slice[i] = ctx.memory.kept("search-terms", records.get(from + i));
        if (slice[i] == null) missing.add(i);
      }
      int base = from;
      SiteRenderer.runAll(pool, inParts(missing, d -> {
        Record r = records.get(base + d);
        slice[d] = ctx.memory.of("search-terms", r, () -> terms(r, ids));
      }));
      merged.grow(ids.size());
      for (int i = 0; i < count; i++) merged.add(from + i, slice[i]);
    }
    // back to strings, which order the output
    var postings = new HashMap<String, Postings>();
    var phrases = new HashMap<String, Map<String, Postings>>();
    var wordStems = new HashMap<String, String>();
    for (int id = 0; id < merged.stems.length; id++) {
      if (merged.stems[id] != null) postings.put(ids.name(id), merged.stems[id]);
      if (merged.phrases[id] != null) {
        phrases.computeIfAbsent(ids.name(merged.phraseFirst[id]), k -> new HashMap<>())
            .put(ids.name(id), merged.phrases[id]);
      }
      if (merged.wordStem[id] >= 0) wordStems.put(ids.name(id), ids.name(merged.wordStem[id]));
    }
    return new Gathered(postings, phrases, wordStems);
  }

  /** A word shard: its words' stems, their postings, and the phrases starting with those stems. */
  private void writeShard(String key, List<String> shardWords, Map<String, String> words,
      Map<String, Postings> postings, Map<String, Map<String, Postings>> phrases) {
    var w = new TreeMap<String, String>();
    for (String word : shardWords) w.put(word, words.get(word));
    var data = new LinkedHashMap<String, Object>();
    data.put("w", w);
    var p = new TreeMap<String, int[]>();
    var b = new TreeMap<String, int[]>();
    // a phrase is found from its first word, so it goes with every shard holding a word of its first stem
    for (String stem : new java.util.TreeSet<>(w.values())) {
      p.put(stem, postings.get(stem).encode());
      phrases.getOrDefault(stem, Map.of()).forEach((phrase, list) -> b.put(phrase, list.encode()));
    }
    data.put("p", p);
    data.put("b", b);
    js("search/w/" + key + ".js", "shard", key, data);
  }

  private DocTerms terms(Record r, TermIds ids) {
    // sized for a news article's few hundred distinct words: growing them was a tenth of the cost
    var weights = new HashMap<String, Integer>(1024);
    var phrases = new HashMap<String, Integer>(256);
    var words = new HashMap<String, String>(1024);
    add(r.title(), HEADLINE, weights, phrases, words);
    add(r.summary(), SUMMARY, weights, phrases, words);
    for (EntityKind k : EntityKind.values()) {
      for (Mention m : r.mentions(k)) add(m.name(), NAMES, weights, phrases, words);
    }
    for (TopicScore t : r.topics()) add(t.label(), NAMES, weights, null, words);
    // the body counts once per stem, scaled by how often it occurs
    var counts = new HashMap<String, Integer>(1024);
    BodyWords scanner = BodyWords.get();
    for (Block b : ctx.bodies.of(r)) {
      scanner.forEach(b.text(), w -> {
        if (w.stem() == null) return;
        words.putIfAbsent(w.text(), w.stem());
        counts.merge(w.stem(), 1, Integer::sum);
      });
    }
    counts.forEach((s, c) -> weights.merge(s, 1 + (int) Math.round(Math.log(c)), Math::max));
    return DocTerms.of(weights, phrases, words, ids);
  }

  private void add(String text, int weight, Map<String, Integer> weights, Map<String, Integer> phrases,
      Map<String, String> words) {
    String prev = null;
    for (String w : Stems.words(text)) {
      if (w.length() < 2 || Stems.isStopword(w)) continue; // phrases step over them, on both sides
      String s = words.computeIfAbsent(w, this::stem);
      weights.merge(s, weight, Math::max);
      if (phrases != null && prev != null) phrases.merge(prev + " " + s, weight, Math::max);
      prev = s;
    }
  }

  private String stem(String word) {
    // most words are seen before: a plain read, which takes no lock
    String s = stemOf.get(word);
    return s != null ? s : stemOf.computeIfAbsent(word, Stems::stem);
  }

  /** Shard keys are two characters at first; a larger shard is split by a third, then a fourth. */
  static final int MIN_KEY = 2;
  static final int MAX_KEY = 4;
  /** Past this (estimated), a shard is split: a one-word query should load tens of KB, not megabytes. */
  static final long SPLIT_BYTES = 96 * 1024;

  /**
   * Files {@code words} (all starting with {@code key}) under that key, or, when that shard would be
   * too large, splits them by one more character; words too short for the longer key stay under
   * {@code key}. The browser loads every shard whose key is a prefix of the typed word's key or
   * starts with it, so it finds a word wherever the split put it.
   */
  static void partition(String key, List<String> words, int length, Map<String, String> stemOf,
      java.util.function.ToIntFunction<String> postings, long splitBytes, Map<String, List<String>> out) {
    if (length >= MAX_KEY || estimate(words, stemOf, postings) <= splitBytes) {
      out.put(key, words);
      return;
    }
    var parts = new TreeMap<String, List<String>>();
    for (String w : words) parts.computeIfAbsent(key(w, length + 1), k -> new ArrayList<>()).add(w);
    List<String> shorter = parts.remove(key);
    if (shorter != null) out.put(key, shorter);
    parts.forEach((k, list) -> partition(k, list, length + 1, stemOf, postings, splitBytes, out));
  }

  /** About how many bytes a shard of these words takes: each word, and each stem's kept postings. */
  private static long estimate(List<String> words, Map<String, String> stemOf,
      java.util.function.ToIntFunction<String> postings) {
    long bytes = 0;
    var stems = new java.util.HashSet<String>();
    for (String w : words) {
      bytes += 2L * w.length() + 8;
      String stem = stemOf.get(w);
      if (stems.add(stem)) bytes += 6L * Math.min(MAX_POSTINGS, postings.applyAsInt(stem)) + stem.length() + 8;
    }
    return bytes;
  }

  /** The shard of a filter key: its first two characters. */
  static String key(String word) {
    return key(word, MIN_KEY);
  }

  /** The first {@code length} characters of a word, hex-escaped unless [a-z0-9]; a space ends it. */
  static String key(String word, int length) {
    var sb = new StringBuilder();
    int i = 0;
    for (int taken = 0; i < word.length() && taken < length; taken++) {
      int cp = word.codePointAt(i);
      if (cp == ' ') break;
      if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) sb.appendCodePoint(cp);
      else sb.append('_').append(Integer.toHexString(cp));
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  /**
   * Which documents mention each person, place, organisation and topic: gathered per id in
   * document order (one hash lookup per mention), then filed by shard, id by id.
   */
  private void writeFilters(List<Record> records) {
    var docsOf = new HashMap<String, FilterPostings>();
    for (int d = 0; d < records.size(); d++) {
      Record r = records.get(d);
      for (EntityKind k : EntityKind.values()) {
        for (Mention m : r.mentions(k)) {
          docsOf.computeIfAbsent(k.plural() + "/" + EntityKeys.slug(m.name()), id -> new FilterPostings()).add(d);
        }
      }
      for (TopicScore t : r.topics()) docsOf.computeIfAbsent("topics/" + t.id(), id -> new FilterPostings()).add(d);
    }
    var byShard = new TreeMap<String, TreeMap<String, int[]>>();
    docsOf.forEach((id, docs) -> {
      int slash = id.indexOf('/');
      String shard = id.substring(0, slash) + "-" + key(id.substring(slash + 1));
      byShard.computeIfAbsent(shard, k -> new TreeMap<>()).put(id, docs.encode());
    });
    byShard.forEach((shard, data) -> js("search/f/" + shard + ".js", "filter", shard, data));
  }

  /** The documents of one filter, ascending, each once (an article may name one entity twice). */
  private static final class FilterPostings {
    private int[] docs = new int[4];
    private int size;

    void add(int doc) {
      if (size > 0 && docs[size - 1] == doc) return;
      if (size == docs.length) docs = java.util.Arrays.copyOf(docs, size * 2);
      docs[size++] = doc;
    }

    /** Delta-coded, each with weight 1, as the word postings are. */
    int[] encode() {
      int[] out = new int[size * 2];
      int prev = 0;
      for (int i = 0; i < size; i++) {
        out[2 * i] = docs[i] - prev;
        out[2 * i + 1] = 1;
        prev = docs[i];
      }
      return out;
    }
  }

  private static List<Integer> docShards(int docs) {
    var starts = new ArrayList<Integer>();
    for (int start = 0; start < docs; start += DOCS_PER_SHARD) starts.add(start);
    return starts;
  }

  /**
   * A document shard as written: the same records (numbered oldest first, so a new article leaves
   * every shard but the last as it was) at the same paths make the same bytes.
   */
  private record DocShard(List<Record> records, List<String> paths, byte[] bytes, String fingerprint) {
    boolean madeFrom(List<Record> now, List<String> nowPaths) {
      if (now.size() != records.size() || !nowPaths.equals(paths)) return false;
      for (int i = 0; i < now.size(); i++) {
        if (now.get(i) != records.get(i) && !now.get(i).equals(records.get(i))) return false;
      }
      return true;
    }
  }

  /** The shard of the documents from {@code start}: taken from what serve kept when made from the same. */
  private void writeDocs(List<Record> records, int start) {
    var slice = List.copyOf(records.subList(start, Math.min(records.size(), start + DOCS_PER_SHARD)));
    var paths = slice.stream().map(r -> ctx.plan.articlePath(r.id())).toList();
    String name = String.valueOf(start / DOCS_PER_SHARD);
    DocShard shard = ctx.memory.find("search-docs", name, (DocShard d) -> d.madeFrom(slice, paths));
    if (shard == null) {
      byte[] bytes = js("docs", name, docs(slice, paths));
      shard = new DocShard(slice, paths, bytes, Fingerprints.of(bytes));
    }
    ctx.memory.keep("search-docs", name, shard);
    offer("search/d/" + name + ".js", shard.bytes(), shard.fingerprint());
  }

  private List<Object> docs(List<Record> slice, List<String> paths) {
    var docs = new ArrayList<Object>();
    for (int d = 0; d < slice.size(); d++) {
      Record r = slice.get(d);
      var names = new ArrayList<Object>();
      for (EntityKind k : EntityKind.values()) {
        for (Mention m : r.mentions(k)) names.add(List.of(k.plural(), EntityKeys.slug(m.name()), m.name()));
      }
      for (TopicScore t : r.topics()) names.add(List.of("topics", t.id(), t.label()));
      if (names.size() > NAMES_SHOWN) names.subList(NAMES_SHOWN, names.size()).clear();
      docs.add(List.of(r.title(), paths.get(d), DateText.iso(r.date()), DateText.display(r.date()), r.summary(),
          names));
    }
    return docs;
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
    data.put("keyLength", MAX_KEY);
    data.put("years", years);
    data.put("facets", facets);
    data.put("stop", new java.util.TreeSet<>(Stems.STOPWORDS));
    js("search/index.js", "manifest", "", data);
  }

  private void js(String path, String kind, String key, Object data) {
    byte[] bytes = js(kind, key, data);
    offer(path, bytes, Fingerprints.of(bytes));
  }

  /** Keeps the file when the sink has it under the digest of these bytes; else writes them. */
  private void offer(String path, byte[] bytes, String fingerprint) {
    if (!ctx.out.reuse(path, fingerprint)) ctx.out.write(path, bytes);
  }

  private static byte[] js(String kind, String key, Object data) {
    try {
      byte[] head = ("Clippings.register(" + JSON.writeValueAsString(kind) + "," + JSON.writeValueAsString(key) + ",")
          .getBytes(StandardCharsets.UTF_8);
      return scriptSafe(head, JSON.writeValueAsBytes(data), TAIL);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final byte[] TAIL = ");\n".getBytes(StandardCharsets.UTF_8);

  /**
   * {@code head}, {@code json} with every {@code </} written {@code <\/} (the same string to
   * JavaScript, and never the end of a script element), and {@code tail}: on the UTF-8 bytes, as
   * the encoder wrote them, rather than through a string and back, for some 2,000 files a build.
   */
  static byte[] scriptSafe(byte[] head, byte[] json, byte[] tail) {
    int extra = 0;
    for (int i = 0; i + 1 < json.length; i++) {
      if (json[i] == '<' && json[i + 1] == '/') extra++;
    }
    byte[] out = new byte[head.length + json.length + extra + tail.length];
    System.arraycopy(head, 0, out, 0, head.length);
    int o = head.length;
    for (int i = 0; i < json.length; i++) {
      out[o++] = json[i];
      if (json[i] == '<' && i + 1 < json.length && json[i + 1] == '/') out[o++] = '\\';
    }
    System.arraycopy(tail, 0, out, o, tail.length);
    return out;
  }
}
