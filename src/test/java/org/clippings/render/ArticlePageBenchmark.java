package org.clippings.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.clippings.bench.BenchCorpus;
import org.clippings.config.SiteConfig;
import org.clippings.diag.Problems;
import org.clippings.extract.CrfEntityRecognizer;
import org.clippings.extract.EntityKind;
import org.clippings.extract.Record;
import org.clippings.extract.RecordExtractor;
import org.clippings.extract.TopicTaxonomy;
import org.clippings.index.Archive;
import org.clippings.index.ArchiveIndexer;
import org.clippings.ingest.Article;
import org.clippings.ingest.Block;
import org.clippings.render.view.ArticlePageView;
import org.clippings.render.view.BlockView;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rendering one article page from the benchmark corpus, extracted with the real model and indexed
 * (so the views carry real entity, topic and related links):
 * <ul>
 *   <li>{@code template}: {@link Templates#render} of {@code article.ftlh} with a view built in setup,
 *       FreeMarker alone;</li>
 *   <li>{@code page}: {@link ArticlePages#render}, what a build does per article: the view, its
 *       JSON-LD, the fingerprint of its inputs for the page cache, then the template.</li>
 * </ul>
 * Setup checks that the prepared view renders byte for byte what {@code ArticlePages} writes, so the
 * template figure is for the real page. One operation is one page; the {@code bytes} counter gives
 * bytes of HTML per second. In this package because the renderer's context and views are package-private.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// the test classpath has log4j 1.2 (from the HTML checker), which FreeMarker would pick; the jar logs to JUL
@Fork(value = 1, jvmArgsAppend = "-Dorg.freemarker.loggerLibrary=JUL")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ArticlePageBenchmark {

  private static final String TEMPLATE = "article.ftlh";
  private static final String JSON_LD_OPEN = "<script type=\"application/ld+json\">";

  private Templates templates;
  private ArticlePages pages;
  private final LastPage sink = new LastPage();
  private Record[] records;
  private List<Map<String, Object>> models;
  private int next;

  /** Bytes of HTML written in this iteration, printed by JMH as bytes per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class ByteCounter {
    public long bytes;

    @Setup(Level.Iteration)
    public void reset() {
      bytes = 0;
    }
  }

  /** Keeps the page last written, so the benchmark can return (and JMH consume) it. */
  private static final class LastPage implements PageSink {
    byte[] last = new byte[0];

    @Override
    public void write(String path, byte[] content) {
      last = content;
    }
  }

  @Setup(Level.Trial)
  public void load() {
    var config = SiteConfig.DEFAULT;
    RecordExtractor extractor = BenchCorpus.extractor(new CrfEntityRecognizer());
    var extracted = new ArrayList<Record>();
    var bodies = new HashMap<String, List<Block>>();
    for (Article a : BenchCorpus.articles()) {
      Record r = extractor.extract(a);
      extracted.add(r);
      bodies.put(r.id(), a.blocks());
    }
    extracted.sort(Comparator.comparing(Record::source)); // as the pipeline hands them to the indexer
    var indexer = new ArchiveIndexer(config, TopicTaxonomy.load(config.topics()));
    Archive archive = indexer.index(extracted, indexer.related(extracted), new Problems());

    var renderer = new SiteRenderer(config, null, "Clippings benchmark");
    SiteRenderer.Context ctx =
        renderer.new Context(archive, r -> bodies.get(r.id()), PagePlan.of(archive), sink, new ConcurrentHashMap<>(),
            RenderMemory.NONE);
    templates = ctx.templates();
    pages = new ArticlePages(ctx);
    records = archive.records().toArray(new Record[0]);
    models = new ArrayList<>(records.length);
    for (int i = 0; i < records.length; i++) {
      Record r = records[i];
      pages.render(r);
      byte[] expected = sink.last;
      ArticlePageView view = view(ctx, r, bodies.get(r.id()), jsonLd(expected));
      models.add(Map.of("view", view, "page", view.page()));
      if (!Arrays.equals(templates.render(TEMPLATE, models.get(i)), expected)) {
        throw new IllegalStateException("the prepared view of " + r.source() + " no longer renders as ArticlePages "
            + "does; update view() to match ArticlePages.render");
      }
    }
  }

  @Benchmark
  public byte[] template(ByteCounter counter) {
    int i = nextIndex();
    byte[] html = templates.render(TEMPLATE, models.get(i));
    counter.bytes += html.length;
    return html;
  }

  @Benchmark
  public byte[] page(ByteCounter counter) {
    pages.render(records[nextIndex()]);
    counter.bytes += sink.last.length;
    return sink.last;
  }

  private int nextIndex() {
    int i = next;
    next = next + 1 == records.length ? 0 : next + 1;
    return i;
  }

  /** The view {@code ArticlePages.render} builds, with its JSON-LD taken from the page it wrote. */
  private static ArticlePageView view(SiteRenderer.Context ctx, Record r, List<Block> body, String jsonLdHtml) {
    String path = ctx.plan.articlePath(r.id());
    var page = ctx.page(path, r.title(), r.summary(), "article", Paths.FEED, jsonLdHtml);
    String archivePath = r.date().day().map(d -> Paths.month(d.getYear(), d.getMonthValue())).orElse(Paths.UNDATED);
    var blocks = new ArrayList<BlockView>(body.size());
    for (Block b : body) blocks.add(new BlockView(b.kind().label(), b.level(), b.text(), b.html(), b.anchor()));
    return new ArticlePageView(page, r.title(), DateText.iso(r.date()), DateText.display(r.date()),
        DateText.note(r.date()), r.wordCount(), r.readingMinutes(), r.source(), blocks,
        ctx.entityLinks(r, EntityKind.PERSON), ctx.entityLinks(r, EntityKind.PLACE),
        ctx.entityLinks(r, EntityKind.ORGANIZATION), ctx.topicLinks(r), ctx.related(r, true), ctx.related(r, false),
        archivePath);
  }

  /** The JSON-LD as the layout wrote it (unescaped, {@code ?no_esc}), which is the view's own string. */
  private static String jsonLd(byte[] html) {
    String s = new String(html, StandardCharsets.UTF_8);
    int start = s.indexOf(JSON_LD_OPEN);
    if (start < 0) return "";
    start += JSON_LD_OPEN.length();
    return s.substring(start, s.indexOf("</script>", start));
  }
}
