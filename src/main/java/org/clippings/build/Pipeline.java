package org.clippings.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.clippings.config.ConfigException;
import org.clippings.config.ConfigLoader;
import org.clippings.config.SiteConfig;
import org.clippings.diag.BuildException;
import org.clippings.diag.Problem;
import org.clippings.diag.Problems;
import org.clippings.diag.SourcePos;
import org.clippings.extract.CrfEntityRecognizer;
import org.clippings.extract.Gazetteer;
import org.clippings.extract.Record;
import org.clippings.extract.TopicClassifier;
import org.clippings.extract.TopicTaxonomy;
import org.clippings.extract.RecordExtractor;
import org.clippings.index.Archive;
import org.clippings.index.ArchiveIndexer;
import org.clippings.index.IndexMemory;
import org.clippings.ingest.Article;
import org.clippings.ingest.ArticleFinder;
import org.clippings.ingest.ArticleReader;
import org.clippings.ingest.SourceFile;
import org.clippings.publish.BodyStore;
import org.clippings.publish.BuildCache;
import org.clippings.publish.SitePublisher;
import org.clippings.render.Fingerprints;
import org.clippings.render.PageSink;
import org.clippings.render.RenderMemory;
import org.clippings.render.SiteRenderer;
import org.clippings.render.Templates;

/**
 * One build, start to finish. Per-article work (reading, extracting, rendering article pages)
 * runs on all cores; whole-corpus work (indexing) runs once; results are sorted before they move
 * on, so thread scheduling never shows in the output.
 */
public final class Pipeline {

  public static final String DEFAULT_CONFIG = "site-config.yaml";

  private final SiteConfig config;
  private final Path baseDir;
  private final BuildOptions options;
  private final String generator;

  private Pipeline(SiteConfig config, Path baseDir, BuildOptions options, String generator) {
    this.config = config;
    this.baseDir = baseDir;
    this.options = options;
    this.generator = generator;
  }

  /** Loads the configuration: the given file, else {@code site-config.yaml} here if present, else defaults. */
  public static Pipeline configure(BuildOptions options, String generator) {
    Path file = options.configFile().orElse(Path.of(DEFAULT_CONFIG));
    SiteConfig config;
    if (options.configFile().isPresent() || Files.exists(file)) {
      config = ConfigLoader.load(file);
    } else {
      config = SiteConfig.DEFAULT;
    }
    Path base = file.toAbsolutePath().getParent();
    return new Pipeline(config, base, options, generator);
  }

  public SiteConfig config() {
    return config;
  }

  public Path articlesDir() {
    return options.articles().orElse(baseDir.resolve(config.paths().articles())).toAbsolutePath().normalize();
  }

  public Path outDir() {
    return options.out().orElse(baseDir.resolve(config.paths().output())).toAbsolutePath().normalize();
  }

  public Path templatesDir() {
    return baseDir.resolve(config.paths().templates()).toAbsolutePath().normalize();
  }

  /**
   * The records and archive of a corpus, without rendering; {@code cached} records came from the
   * build cache. The bodies live in a file until the corpus is closed.
   */
  public record Corpus(int filesFound, int drafts, int cached, Archive archive, BodyStore bodies, Problems problems,
      List<Problem> indexProblems, BuildCache.Listing listing, StageTimes times)
      implements AutoCloseable {
    @Override
    public void close() {
      bodies.close();
    }
  }

  public Corpus read(Consumer<String> progress) {
    BuildCache none = BuildCache.disabled();
    return index(extract(progress, none, new StageTimes(), null, null), none, "", IndexMemory.NONE);
  }

  /** The records of a corpus, before anything is computed across the archive. */
  private record Extracted(int filesFound, int drafts, int cached, List<Record> records, TopicTaxonomy topics,
      BodyStore bodies, Problems problems, BuildCache.Listing listing, StageTimes times) {}

  /**
   * Indexes the records; related coverage comes from the cache when {@code relatedKey} finds it
   * there, and the taxonomies start from what {@code memory} kept.
   */
  private Corpus index(Extracted e, BuildCache cache, String relatedKey, IndexMemory memory) {
    var indexer = new ArchiveIndexer(config, e.topics());
    var related = cache.related(relatedKey).orElseGet(() -> {
      var computed = indexer.related(e.records(), memory);
      cache.putRelated(relatedKey, computed);
      return computed;
    });
    e.times().lap("related");
    var found = new Problems();
    Archive archive = indexer.index(e.records(), related, found, memory);
    e.problems().addAll(found.sorted());
    e.times().lap("index");
    return new Corpus(e.filesFound(), e.drafts(), e.cached(), archive, e.bodies(), e.problems(), found.sorted(),
        e.listing(), e.times());
  }

  /**
   * {@code times} started before the cache was opened: reading the cached records is part of this
   * stage. {@code listed}: the articles folder as already listed this build, or null to list it here;
   * {@code known}: the sizes and modification times of its files as read this build, or null.
   */
  private Extracted extract(Consumer<String> progress, BuildCache cache, StageTimes times,
      ArticleFinder.Found listed, Map<String, BuildCache.FileStamp> known) {
    var problems = new Problems();
    ArticleReader reader;
    try {
      reader = new ArticleReader(config.ingest(), options.today());
    } catch (IllegalArgumentException e) {
      throw new ConfigException(SourcePos.file(DEFAULT_CONFIG), e.getMessage(), e);
    }
    ArticleFinder.Found found = listed;
    try {
      if (found == null) found = ArticleFinder.find(articlesDir());
    } catch (IOException e) {
      throw new BuildException("cannot read the articles folder " + articlesDir() + ": " + e.getMessage()
          + "; create it or pass --articles DIR", e);
    }
    problems.addAll(found.problems());
    reportUnusedOverrides(found.files(), problems);
    progress.accept("reading " + found.files().size() + " article files");

    RecordExtractor extractor;
    TopicTaxonomy topicTaxonomy;
    try {
      var topics = config.topics();
      topicTaxonomy = TopicTaxonomy.load(topics);
      extractor = new RecordExtractor(new CrfEntityRecognizer(), Gazetteer.load(config.entities()),
          new TopicClassifier(topicTaxonomy, topics.maxPerArticle(), topics.threshold()));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(SourcePos.file(DEFAULT_CONFIG), e.getMessage(), e);
    }
    var records = new ArrayList<Record>(found.files().size());
    var drafts = new AtomicInteger();
    var cached = new AtomicInteger();
    var stamps = new java.util.concurrent.ConcurrentHashMap<String, BuildCache.FileStamp>();
    long tokensBefore = CrfEntityRecognizer.tokensClassified();
    ExecutorService pool = pool(config.build().effectiveThreads());
    try {
      var futures = new ArrayList<Future<Optional<Record>>>();
      for (SourceFile f : found.files()) {
        futures.add(pool.submit(() -> {
          try {
            return readOne(reader, extractor, f, known == null ? null : known.get(f.relative()), problems, drafts,
                cache, cached, stamps, times);
          } catch (RuntimeException e) {
            // a bug must cost one article, reported, never the build
            problems.add(Problem.error(SourcePos.file(f.relative()), "internal",
                "could not be processed: " + e, "please report this file to the Clippings developers"));
            return Optional.<Record>empty();
          }
        }));
      }
      for (Future<Optional<Record>> fu : futures) await(fu).ifPresent(records::add);
    } finally {
      pool.shutdownNow();
    }
    records.sort(Comparator.comparing(Record::source));
    cache.saveRecords();
    times.lap("ingest+extract");
    times.count("model tokens", CrfEntityRecognizer.tokensClassified() - tokensBefore);
    return new Extracted(found.files().size(), drafts.get(), cached.get(), records, topicTaxonomy, cache.bodies(),
        problems, new BuildCache.Listing(articlesDir().toString(), stamps, found.problems()), times);
  }

  /** {@code known}: the file's size and modification time as read this build, or null to read them. */
  private static Optional<Record> readOne(ArticleReader reader, RecordExtractor extractor, SourceFile f,
      BuildCache.FileStamp known, Problems problems, AtomicInteger drafts, BuildCache cache, AtomicInteger cached,
      Map<String, BuildCache.FileStamp> stamps, StageTimes times) {
    long size = -1;
    long modified = -1;
    try {
      BuildCache.FileStamp stamp = known;
      if (stamp == null) {
        var attrs = Files.readAttributes(f.path(), BasicFileAttributes.class);
        stamp = new BuildCache.FileStamp(attrs.size(), attrs.lastModifiedTime().toMillis());
      }
      size = stamp.size();
      modified = stamp.modified();
      stamps.put(f.relative(), stamp);
      Optional<Record> hit = cache.record(f.relative(), size, modified);
      if (hit.isEmpty() && cache.mayHoldSameContent(f.relative(), size)) {
        // a touched file (a checkout, a copy) must not cost a model load and an extraction
        hit = cache.recordWithContent(f.relative(), size, modified,
            ArticleReader.contentHash(Files.readAllBytes(f.path())));
      }
      if (hit.isPresent()) {
        problems.addAll(hit.get().warnings());
        cached.incrementAndGet();
        return hit;
      }
    } catch (IOException e) {
      // unreadable attributes: the reader reports the file itself
    }
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long t0 = threads.getCurrentThreadCpuTime();
    ArticleReader.Outcome o = reader.read(f);
    long t1 = threads.getCurrentThreadCpuTime();
    times.addStep("ingest", t1 - t0);
    problems.addAll(o.problems());
    if (o.article().isEmpty()) return Optional.empty();
    Article a = o.article().get();
    if (a.metadata().draft()) {
      drafts.incrementAndGet();
      return Optional.empty();
    }
    Record r = extractor.extract(a);
    times.addStep("extract", threads.getCurrentThreadCpuTime() - t1);
    times.count("words extracted", r.wordCount());
    long tokens = 0;
    for (var b : a.blocks()) tokens += CrfEntityRecognizer.approximateTokens(b.text());
    times.count("text tokens extracted", tokens);
    cache.putRecord(f.relative(), size, modified, r, a.blocks());
    return Optional.of(r);
  }

  /** Reads, indexes, renders and publishes the site, reusing what the build cache says is unchanged. */
  public BuildResult build(Consumer<String> progress) {
    return build(progress, BuildMemory.NONE);
  }

  /**
   * As above, for a process that builds again and again ({@code serve}): {@code memory} keeps,
   * from one build to the next, the taxonomies and what rendering derives from one record alone.
   */
  public BuildResult build(Consumer<String> progress, BuildMemory memory) {
    new SitePublisher(outDir()).checkReplaceable();
    var times = new StageTimes();
    String templates = Templates.digest(templatesDir());
    String pagesKey = CacheKeys.pages(config, generator);
    ArticleFinder.Found listed = null;
    Map<String, BuildCache.FileStamp> stamps = null;
    if (options.useCache()) {
      try {
        listed = ArticleFinder.find(articlesDir());
      } catch (IOException e) {
        // extraction lists the folder again and reports why it cannot
      }
      stamps = listed == null ? null : stamps(listed);
      Optional<BuildResult> nothingToDo = stamps == null ? Optional.empty() : unchanged(listed, stamps, pagesKey, templates, times);
      if (nothingToDo.isPresent()) return nothingToDo.get();
    }
    String recordsKey = CacheKeys.records(config, generator);
    BuildCache cache = openCache(recordsKey, pagesKey);
    Extracted e = extractOrClose(progress, cache, times, listed, stamps);
    // Everything after reading is a function of the records, the config, the templates and the
    // tool; the cache's page key covers the last three. Same records, same site: nothing to do.
    String records = recordsDigest(e.records());
    String inputs = Fingerprints.of(templates, records);
    Optional<BuildCache.UpToDate> same = cache.upToDate(inputs, outDir());
    if (same.isPresent()) {
      e.bodies().close();
      e.problems().addAll(same.get().problems());
      for (String stage : List.of("related", "index", "render", "publish")) e.times().lap(stage);
      var result = new BuildResult(e.filesFound(), e.records().size(), e.cached(), e.drafts(), same.get().files(),
          same.get().files(), 0, outDir(), e.problems(), e.times());
      // touched files: the site stands, but the next build should know them by their new times
      cache.stillBuiltFrom(e.listing(), summary(result), outDir());
      return result;
    }
    try (Corpus corpus = index(e, cache, CacheKeys.related(recordsKey, records), memory.index())) {
      memory.render().begin(recordsKey);
      try {
        return publish(corpus, cache, inputs, templates, progress, memory.render());
      } finally {
        memory.render().end();
      }
    }
  }

  /**
   * For a process that builds again and again ({@code serve}), after a build that found nothing to
   * do and so rendered nothing: renders the site of the current articles into nothing, only to
   * fill {@code kept} (and warm the JIT), so that the first rebuild after a change is as quick
   * as the later ones, and loads the entity model the next saved article needs. Writes no file:
   * the site, the cache and the records stay as they are.
   */
  public void prepare(BuildMemory kept) {
    RenderMemory memory = kept.render();
    String recordsKey = CacheKeys.records(config, generator);
    BuildCache cache = openCache(recordsKey, CacheKeys.pages(config, generator));
    Extracted e = extractOrClose(msg -> {}, cache, new StageTimes(), null, null);
    String templates = Templates.digest(templatesDir());
    // related coverage computed, not read from the cache, and the site rendered twice (the second
    // time finding what the first kept): the code a rebuild runs is compiled before it is needed
    try (Corpus corpus = index(e, BuildCache.disabled(), "", kept.index())) {
      memory.begin(recordsKey);
      ExecutorService pool = pool(config.build().effectiveThreads());
      try {
        var renderer = new SiteRenderer(config, templatesDir(), templates, generator);
        renderer.render(corpus.archive(), corpus.bodies(), PageSink.NOWHERE, pool, memory);
        memory.end();
        memory.begin(recordsKey);
        renderer.render(corpus.archive(), corpus.bodies(), PageSink.NOWHERE, pool, memory);
      } finally {
        pool.shutdownNow();
        memory.end();
      }
    }
    // the article saved next needs the model: loaded, and its code run once, now rather than then
    new CrfEntityRecognizer().find("Ana Ruiz met the mayor of Lisbon and officials of the World Bank on Monday.");
  }

  private BuildCache openCache(String recordsKey, String pagesKey) {
    return options.useCache()
        ? BuildCache.open(BuildCache.folderFor(outDir()), recordsKey, pagesKey)
        : BuildCache.disabled();
  }

  /** {@link #extract}, closing the cache when it fails: the caller has no corpus to close then. */
  private Extracted extractOrClose(Consumer<String> progress, BuildCache cache, StageTimes times,
      ArticleFinder.Found listed, Map<String, BuildCache.FileStamp> known) {
    try {
      return extract(progress, cache, times, listed, known);
    } catch (RuntimeException ex) {
      cache.close();
      throw ex;
    }
  }

  private BuildResult publish(Corpus corpus, BuildCache cache, String inputs, String templates,
      Consumer<String> progress, RenderMemory memory) {
    StageTimes times = corpus.times();
    var publisher = new SitePublisher(outDir());
    SitePublisher.Staging staging = publisher.begin(cache);
    SiteRenderer.Rendered rendered;
    ExecutorService pool = pool(config.build().effectiveThreads());
    try {
      progress.accept("rendering " + corpus.archive().records().size() + " articles");
      rendered = new SiteRenderer(config, templatesDir(), templates, generator)
          .render(corpus.archive(), corpus.bodies(), staging, pool, memory);
      var derived = new ArrayList<Problem>(corpus.indexProblems());
      derived.addAll(rendered.plan().problems());
      corpus.problems().addAll(rendered.plan().problems());
      cache.siteBuiltFrom(inputs, derived, corpus.listing(), templates,
          new BuildCache.Summary(corpus.filesFound(), corpus.archive().records().size(), corpus.drafts(),
              rendered.files(), corpus.problems().snapshot()));
      times.lap("render");
      staging.commit();
      times.lap("publish");
    } catch (RuntimeException e) {
      staging.abort();
      throw e;
    } finally {
      pool.shutdownNow();
    }
    return new BuildResult(corpus.filesFound(), corpus.archive().records().size(), corpus.cached(), corpus.drafts(),
        rendered.files(), rendered.reused(), rendered.bytes(), publisher.out(), corpus.problems(), times);
  }

  /**
   * The last build's result, when the site was built from exactly the article files found now
   * (names, sizes, modification times, and what listing them reported) and these templates, under
   * the same page key (tool and config): known from the listing, without reading an article or
   * opening the records cache.
   */
  private Optional<BuildResult> unchanged(ArticleFinder.Found found, Map<String, BuildCache.FileStamp> stamps,
      String pagesKey, String templates, StageTimes times) {
    var listing = new BuildCache.Listing(articlesDir().toString(), stamps, found.problems());
    return BuildCache.unchangedSince(outDir(), pagesKey, listing, templates).map(s -> {
      for (String stage : List.of("ingest+extract", "related", "index", "render", "publish")) times.lap(stage);
      return new BuildResult(s.filesFound(), s.articles(), s.articles(), s.drafts(), s.files(), s.files(), 0,
          outDir(), Problems.of(s.problems()), times);
    });
  }

  /** The size and modification time of every file found; null when one cannot be read (extraction reports it). */
  private static Map<String, BuildCache.FileStamp> stamps(ArticleFinder.Found found) {
    var stamps = new HashMap<String, BuildCache.FileStamp>();
    for (SourceFile f : found.files()) {
      try {
        var attrs = Files.readAttributes(f.path(), BasicFileAttributes.class);
        stamps.put(f.relative(), new BuildCache.FileStamp(attrs.size(), attrs.lastModifiedTime().toMillis()));
      } catch (IOException e) {
        return null;
      }
    }
    return stamps;
  }

  private static BuildCache.Summary summary(BuildResult r) {
    return new BuildCache.Summary(r.filesFound(), r.articles(), r.drafts(), r.files(), r.problems().snapshot());
  }

  /** A digest of which articles the records are, by source and content. */
  private static String recordsDigest(List<Record> records) {
    var sb = new StringBuilder(records.size() * 96);
    records.stream().map(r -> r.source() + " " + r.contentHash()).sorted()
        .forEach(line -> sb.append(line).append('\n'));
    return Fingerprints.of(sb.toString());
  }

  private void reportUnusedOverrides(List<SourceFile> files, Problems problems) {
    var names = new java.util.HashSet<String>();
    for (SourceFile f : files) names.add(f.relative());
    for (String key : new java.util.TreeSet<>(config.ingest().overrides().keySet())) {
      if (!names.contains(key)) {
        problems.add(Problem.warning(SourcePos.file(DEFAULT_CONFIG), "config",
            "ingest.overrides names '" + key + "', which is not an article file",
            "use the path relative to the articles folder, e.g. '2024/story.txt'"));
      }
    }
  }

  private static <T> T await(Future<T> f) {
    try {
      return f.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) throw re;
      if (e.getCause() instanceof Error err) throw err;
      throw new BuildException("unexpected failure: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BuildException("interrupted", e);
    }
  }

  static ExecutorService pool(int threads) {
    var n = new AtomicInteger();
    ThreadFactory tf = r -> {
      Thread t = new Thread(r, "clippings-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    return Executors.newFixedThreadPool(Math.max(1, threads), tf);
  }
}
