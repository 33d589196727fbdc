package org.clippings.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.clippings.config.SiteConfig;
import org.clippings.extract.Bodies;
import org.clippings.extract.EntityKind;
import org.clippings.extract.Mention;
import org.clippings.extract.Record;
import org.clippings.index.EntityKeys;
import org.clippings.index.Archive;
import org.clippings.render.view.ArchiveIndexView;
import org.clippings.render.view.ArticleItemView;
import org.clippings.render.view.HomeView;
import org.clippings.render.view.LinkView;
import org.clippings.render.view.ListPageView;
import org.clippings.render.view.NotFoundView;
import org.clippings.render.view.PageModel;
import org.clippings.render.view.PageView;
import org.clippings.render.view.SearchPageView;
import org.clippings.render.view.SiteView;
import org.clippings.render.view.TopicLinkView;
import org.clippings.render.view.YearView;

/**
 * Renders the whole site from an {@link Archive} into a {@link PageSink}: article pages in
 * parallel, then the lists, archive, feeds, sitemap, data files and assets. Output depends only on
 * the archive, the config and the templates, so two builds of the same input are byte-identical.
 */
public final class SiteRenderer {

  private static final Map<EntityKind, String> SCHEMA_TYPES =
      Map.of(EntityKind.PERSON, "Person", EntityKind.PLACE, "Place", EntityKind.ORGANIZATION, "Organization");

  private final SiteConfig config;
  private final Templates templates;
  private final Path userTemplates;
  private final SiteView site;
  /** Per page template, the user's templates it reads, in the fingerprint of every page it makes. */
  private final TemplateDigests templateDigests;

  public SiteRenderer(SiteConfig config, Path userTemplates, String generator) {
    this(config, userTemplates, Templates.digest(userTemplates), generator);
  }

  /** {@code templatesDigest}: {@link Templates#digest} of {@code userTemplates}, when the caller has it already. */
  public SiteRenderer(SiteConfig config, Path userTemplates, String templatesDigest, String generator) {
    this.config = config;
    this.userTemplates = userTemplates;
    this.templates = new Templates(userTemplates);
    this.templateDigests = new TemplateDigests(userTemplates, templatesDigest);
    var s = config.site();
    this.site = new SiteView(s.title(), s.description(), s.language(), s.baseUrl(), generator);
  }

  /** What a render produced: files (of which {@code reused} taken unchanged), bytes written, and the plan. */
  public record Rendered(int files, int reused, long bytes, PagePlan plan) {}

  public Rendered render(Archive archive, Bodies bodies, PageSink out, ExecutorService pool) {
    return render(archive, bodies, out, pool, RenderMemory.NONE);
  }

  /** As above, taking what depends on one record alone from {@code memory} when it has kept it. */
  public Rendered render(Archive archive, Bodies bodies, PageSink out, ExecutorService pool, RenderMemory memory) {
    PagePlan plan = PagePlan.of(archive);
    var counting = new CountingSink(out);
    var sitemap = new ConcurrentHashMap<String, String>();
    var ctx = new Context(archive, bodies, plan, counting, sitemap, memory);

    var articles = new ArticlePages(ctx);
    var tasks = new ArrayList<Runnable>();
    archive.records().forEach(r -> tasks.add(() -> articles.render(r)));
    var terms = new TermPages(ctx);
    for (EntityKind k : EntityKind.values()) {
      tasks.addAll(terms.tasks(archive.taxonomy(k.plural()), SCHEMA_TYPES.get(k)));
    }
    tasks.addAll(terms.tasks(archive.taxonomy("topics"), "DefinedTerm"));
    runAll(pool, tasks);

    // The whole-archive outputs run side by side; the search index on this thread, since it hands
    // its own slices to the pool and a pool task must never wait on the pool.
    String corpus = corpusKey(archive, plan);
    var wholeArchive = new ArrayList<Runnable>();
    wholeArchive.add(() -> renderHome(ctx));
    wholeArchive.add(() -> new ArchivePages(ctx).render());
    wholeArchive.add(() -> Feeds.renderMain(ctx));
    wholeArchive.add(() -> renderFixedFiles(ctx));
    // whole-archive outputs depend on every record; when no record changed, neither did they
    wholeArchive.add(() -> {
      if (!counting.reuse("data/records.json", Fingerprints.of("data/records.json\n" + corpus))) {
        counting.stream("data/records.json", os -> RecordsExport.writeCompact(archive, plan, bodies, memory, os));
      }
    });
    wholeArchive.add(() -> ctx.emit("data/entities.json", corpus, () -> EntitiesExport.bytes(archive)));
    var pending = submit(pool, wholeArchive);
    try {
      if (config.build().search()) {
        if (!counting.reusedTree("search", Fingerprints.of("search\n" + corpus))) new SearchIndexWriter(ctx).write(pool);
        var page = ctx.page("search/index.html", "Search", "Search every article, person, place and topic.", "search",
            Paths.FEED, "");
        ctx.html("search.ftlh", "search/index.html", new SearchPageView(page), "");
      }
    } finally {
      await(pending);
    }
    Sitemaps.render(ctx);
    return new Rendered(counting.files(), counting.reused.get(), counting.bytes(), plan);
  }

  /**
   * What every whole-archive output is a function of: each record's source content (its hash),
   * final date and URL, in archive order. Records are a function of their content and the config,
   * which the page cache's key covers.
   */
  private static String corpusKey(Archive archive, PagePlan plan) {
    var sb = new StringBuilder(archive.records().size() * 64);
    for (Record r : archive.records()) {
      sb.append(r.id()).append(' ').append(r.contentHash(), 0, 16).append(' ').append(r.date()).append(' ')
          .append(plan.articlePath(r.id())).append('\n');
    }
    return Fingerprints.of(sb.toString());
  }

  /** Everything a page renderer needs, shared by the page kinds. */
  final class Context {
    final Archive archive;
    final Bodies bodies;
    final Map<String, Record> byId;
    final PagePlan plan;
    final PageSink out;
    final Map<String, String> sitemap;
    final RenderMemory memory;
    /** Each entity kind's display names by slug: looked up for every mention of every article. */
    private final Map<EntityKind, Map<String, String>> names = new java.util.EnumMap<>(EntityKind.class);

    Context(Archive archive, Bodies bodies, PagePlan plan, PageSink out, Map<String, String> sitemap,
        RenderMemory memory) {
      this.archive = archive;
      for (EntityKind k : EntityKind.values()) {
        var bySlug = archive.taxonomy(k.plural()).bySlug();
        var m = new java.util.HashMap<String, String>(bySlug.size() * 2);
        bySlug.forEach((slug, term) -> m.put(slug, term.name()));
        names.put(k, m);
      }
      this.bodies = bodies;
      this.byId = archive.byId();
      this.plan = plan;
      this.out = out;
      this.sitemap = sitemap;
      this.memory = memory;
    }

    SiteConfig config() {
      return config;
    }

    SiteView site() {
      return site;
    }

    Templates templates() {
      return templates;
    }

    PageView page(String path, String title, String description, String kind, String feedPath, String jsonLdHtml) {
      return new PageView(site, title, description, path, Paths.root(path), Paths.absolute(site.baseUrl(), path),
          kind, feedPath, jsonLdHtml);
    }

    /**
     * Renders an HTML page and lists it in the sitemap with its last-modified day (may be empty);
     * returns its fingerprint.
     */
    String html(String template, String path, PageModel view, String lastmod) {
      return html(template, path, view, () -> view, lastmod);
    }

    /**
     * As above, for a view costly to complete (an article's, which reads its body): the text of
     * {@code inputs} must determine everything the completed view will hold.
     */
    String html(String template, String path, Object inputs, java.util.function.Supplier<PageModel> view,
        String lastmod) {
      String fingerprint = emitTemplated(path, template, inputs, () -> {
        PageModel v = view.get();
        return templates.render(template, Map.of("view", v, "page", v.page()));
      });
      sitemap.put(path, lastmod);
      return fingerprint;
    }

    /**
     * As {@link #emit}, for a file a template makes from a view: the same view through other
     * templates differs. The fingerprint is of the user's templates this one reads ({@link
     * TemplateDigests}), the template and the text of {@code inputs} ({@link ViewText}).
     */
    String emitTemplated(String path, String template, Object inputs, java.util.function.Supplier<byte[]> render) {
      String digests = templateDigests.of(template);
      String fingerprint =
          memory.fingerprint(path, inputs, template + '\n' + digests, () -> Fingerprints.ofView(inputs, digests, template));
      if (!out.reuse(path, fingerprint)) out.write(path, render.get());
      return fingerprint;
    }

    /** The digests of the user's templates that {@code template} reads. */
    String templateDigest(String template) {
      return templateDigests.of(template);
    }

    /**
     * Writes a file, unless the previous build wrote it from the same inputs: a view's text is
     * everything its template can show, so equal text (and equal templates, which
     * {@link #emitTemplated} adds) means equal output.
     */
    void emit(String path, String inputs, java.util.function.Supplier<byte[]> render) {
      if (!out.reuse(path, Fingerprints.of(inputs))) out.write(path, render.get());
    }

    ArticleItemView item(Record r) {
      return new ArticleItemView(r.title(), plan.articlePath(r.id()), DateText.iso(r.date()),
          DateText.display(r.date()), r.summary());
    }

    List<ArticleItemView> items(List<String> ids) {
      var out = new ArrayList<ArticleItemView>(ids.size());
      for (String id : ids) out.add(item(byId.get(id)));
      return out;
    }

    /** Years newest first, each with its months oldest first and counts. */
    List<YearView> years() {
      var byYear = new TreeMap<Integer, List<LinkView>>(Collections.reverseOrder());
      var counts = new TreeMap<Integer, Integer>();
      for (Map.Entry<YearMonth, List<String>> e : archive.byMonth().entrySet()) {
        int y = e.getKey().getYear();
        int m = e.getKey().getMonthValue();
        byYear.computeIfAbsent(y, k -> new ArrayList<>())
            .add(new LinkView(DateText.monthName(m), Paths.month(y, m), e.getValue().size()));
        counts.merge(y, e.getValue().size(), Integer::sum);
      }
      var years = new ArrayList<YearView>();
      byYear.forEach((y, months) -> years.add(new YearView(y, Paths.year(y), counts.get(y), months)));
      return years;
    }

    /** Links from an article to the pages of the entities it mentions, under each term's display name. */
    List<LinkView> entityLinks(Record r, EntityKind kind) {
      var out = new ArrayList<LinkView>();
      var seen = new java.util.HashSet<String>();
      for (Mention m : r.mentions(kind)) {
        String slug = EntityKeys.slug(m.name());
        if (!seen.add(slug)) continue;
        out.add(new LinkView(name(kind, slug, m), TermPages.termPath(kind.plural(), slug), m.count()));
      }
      return out;
    }

    /** The names {@link #entityLinks} shows, in its order, without making the links. */
    void entityNames(Record r, EntityKind kind, List<String> into) {
      var seen = new java.util.HashSet<String>();
      for (Mention m : r.mentions(kind)) {
        String slug = EntityKeys.slug(m.name());
        if (seen.add(slug)) into.add(name(kind, slug, m));
      }
    }

    private String name(EntityKind kind, String slug, Mention m) {
      return names.get(kind).getOrDefault(slug, m.name());
    }

    /** The topics an article is filed under, with why (score and triggering phrases) for the hover text. */
    List<TopicLinkView> topicLinks(Record r) {
      return r.topics().stream()
          .map(t -> new TopicLinkView(t.label(), TermPages.termPath("topics", t.id()),
              "score " + NumberText.twoDecimals(t.score()) + ": " + String.join(", ", t.signals())))
          .toList();
    }

    /** The articles on the same story ({@code same}) or related to it. */
    List<ArticleItemView> related(Record r, boolean same) {
      var out = new ArrayList<ArticleItemView>();
      for (var x : archive.relatedTo(r.id())) {
        if ((x.reason() == org.clippings.index.Related.Reason.SAME_STORY) == same) out.add(item(byId.get(x.id())));
      }
      return out;
    }

    /** The newest article date in the archive, or empty. */
    String newestDay() {
      return archive.records().stream().filter(r -> r.date().isKnown()).findFirst()
          .map(r -> r.date().day().map(LocalDate::toString).orElse("")).orElse("");
    }
  }

  private void renderHome(Context ctx) {
    var latest = ctx.archive.records().stream().limit(config.build().pageSize()).map(ctx::item).toList();
    String path = Paths.HOME;
    var data = JsonLd.object("WebSite");
    data.put("name", site.title());
    data.put("url", site.baseUrl());
    data.put("description", site.description());
    var page = ctx.page(path, site.title(), site.description(), "home", Paths.FEED, JsonLd.html(data));
    var undated = new LinkView("Undated", Paths.UNDATED, ctx.archive.undated().size());
    var view = new HomeView(page, ctx.archive.records().size(), latest, ctx.years(), busiest(ctx, "people"),
        busiest(ctx, "places"), busiest(ctx, "organizations"), busiest(ctx, "topics"), undated);
    ctx.html("home.ftlh", path, view, ctx.newestDay());
  }

  private static List<LinkView> busiest(Context ctx, String taxonomy) {
    return ctx.archive.taxonomy(taxonomy).byCount().stream().limit(10)
        .map(t -> new LinkView(t.name(), TermPages.termPath(taxonomy, t.slug()), t.count())).toList();
  }

  private void renderNotFound(Context ctx) {
    // Served by hosts at any URL, so its links are absolute from the site's base path.
    String basePath = java.net.URI.create(site.baseUrl()).getPath();
    var page = new PageView(site, "Page not found", site.description(), "404.html",
        basePath == null || basePath.isEmpty() ? "/" : basePath, Paths.absolute(site.baseUrl(), "404.html"),
        "not-found", Paths.FEED, "");
    var view = new NotFoundView(page);
    ctx.emitTemplated("404.html", "404.ftlh", view,
        () -> templates.render("404.ftlh", Map.of("view", view, "page", page)));
  }

  /** The 404 page, robots.txt and the assets: files that do not depend on the articles. */
  private void renderFixedFiles(Context ctx) {
    renderNotFound(ctx);
    String robots = "User-agent: *\nAllow: /\nSitemap: " + site.baseUrl() + "sitemap.xml\n";
    ctx.emit("robots.txt", robots, () -> robots.getBytes(StandardCharsets.UTF_8));
    for (String asset : Templates.assetNames()) {
      byte[] bytes;
      try {
        bytes = Templates.asset(userTemplates, asset);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      ctx.emit("assets/" + asset, new String(bytes, StandardCharsets.UTF_8), () -> bytes);
    }
  }

  static void runAll(ExecutorService pool, List<Runnable> tasks) {
    await(submit(pool, tasks));
  }

  private static List<Future<?>> submit(ExecutorService pool, List<Runnable> tasks) {
    var futures = new ArrayList<Future<?>>(tasks.size());
    for (Runnable t : tasks) futures.add(pool.submit(t));
    return futures;
  }

  /** Waits for every task, then rethrows the first failure. */
  private static void await(List<Future<?>> futures) {
    RuntimeException first = null;
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (ExecutionException e) {
        if (first == null) {
          first = e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    if (first != null) throw first;
  }

  /** Counts what passes through, for the build summary. */
  private static final class CountingSink implements PageSink {
    private final PageSink inner;
    private final java.util.concurrent.atomic.AtomicInteger files = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicInteger reused = new java.util.concurrent.atomic.AtomicInteger();

    CountingSink(PageSink inner) {
      this.inner = inner;
    }

    @Override
    public void write(String path, byte[] content) {
      inner.write(path, content);
      files.incrementAndGet();
      bytes.addAndGet(content.length);
    }

    /** Reuses a whole folder of outputs; counts its files as reused. */
    boolean reusedTree(String dir, String fingerprint) {
      int n = inner.reuseTree(dir, fingerprint);
      if (n < 0) return false;
      files.addAndGet(n);
      reused.addAndGet(n);
      return true;
    }

    @Override
    public void stream(String path, Streamed content) {
      inner.stream(path, os -> {
        var counted = new java.io.FilterOutputStream(os) {
          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            bytes.addAndGet(len);
          }

          @Override
          public void write(int b) throws IOException {
            out.write(b);
            bytes.incrementAndGet();
          }
        };
        content.writeTo(counted);
        counted.flush();
      });
      files.incrementAndGet();
    }

    @Override
    public boolean reuse(String path, String fingerprint) {
      boolean reused = inner.reuse(path, fingerprint);
      if (reused) {
        files.incrementAndGet();
        this.reused.incrementAndGet();
      }
      return reused;
    }

    int files() {
      return files.get();
    }

    long bytes() {
      return bytes.get();
    }
  }

  /** Lists pages of a list view, used by archive pages and (later) entity and topic pages. */
  static ListPageView listPage(PageView page, String heading, String intro, List<ArticleItemView> items,
      String first, int n, int total, List<LinkView> links, List<LinkView> crumbs) {
    return new ListPageView(page, heading, intro, items, Pagination.pager(first, n, total), links, crumbs);
  }
}
