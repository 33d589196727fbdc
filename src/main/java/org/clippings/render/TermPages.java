package org.clippings.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clippings.extract.Record;
import org.clippings.index.Taxonomy;
import org.clippings.index.Term;
import org.clippings.render.view.ArticleItemView;
import org.clippings.render.view.LetterView;
import org.clippings.render.view.LinkView;
import org.clippings.render.view.PageView;
import org.clippings.render.view.TermIndexView;
import org.clippings.render.view.TermPageView;
import org.clippings.render.view.TopicTreeView;

/**
 * A taxonomy's pages: the A-Z list, and per term a paginated page and an Atom feed. Shared by
 * people, places and organizations, whose pages have one shape.
 */
final class TermPages {

  private final SiteRenderer.Context ctx;
  /** What every term's pages are made from: the templates, the site and the list sizes. */
  private final String globals;

  TermPages(SiteRenderer.Context ctx) {
    this.ctx = ctx;
    this.globals = ctx.templateDigest("term.ftlh") + "\n" + ctx.templateDigest("feed.ftlx") + "\n" + ctx.site() + "\n"
        + ctx.config().build().pageSize() + "\n" + ctx.config().build().feedSize();
  }

  static String termPath(String taxonomy, String slug) {
    return taxonomy + "/" + slug + "/index.html";
  }

  static String indexPath(String taxonomy) {
    return taxonomy + "/index.html";
  }

  /** Term pages in parallel tasks; the A-Z list (or, for topics, the tree) is one more task. */
  List<Runnable> tasks(Taxonomy t, String schemaType) {
    var tasks = new ArrayList<Runnable>();
    tasks.add(() -> {
      if (t.name().equals("topics")) renderTree(t);
      else renderIndex(t);
    });
    for (Term term : t.bySlug().values()) tasks.add(() -> renderTerm(t, term, schemaType));
    return tasks;
  }

  private void renderIndex(Taxonomy t) {
    int min = ctx.config().entities().minArticles();
    var letters = new LinkedHashMap<String, List<LinkView>>();
    // folding a name costs a normalisation and a regex: once per term, not once per comparison
    var keys = new HashMap<String, String>();
    for (Term term : t.bySlug().values()) keys.put(term.slug(), sortKey(term.name()));
    var sorted = new ArrayList<>(t.bySlug().values());
    sorted.sort(Comparator.comparing((Term term) -> keys.get(term.slug())).thenComparing(Term::slug));
    int hidden = 0;
    for (Term term : sorted) {
      if (term.count() < min) {
        hidden++;
        continue;
      }
      letters.computeIfAbsent(letter(term.name()), k -> new ArrayList<>())
          .add(new LinkView(term.name(), termPath(t.name(), term.slug()), term.count()));
    }
    var views = new ArrayList<LetterView>();
    letters.forEach((l, terms) -> views.add(new LetterView(l, "letter-" + (l.equals("#") ? "other" : l.toLowerCase(Locale.ROOT)), terms)));
    String path = indexPath(t.name());
    String intro = (t.bySlug().size() - hidden) + " " + t.name() + " named in the archive, A to Z, with article counts.";
    PageView page = ctx.page(path, t.label(), intro, "term-index", Paths.FEED, "");
    ctx.html("terms.ftlh", path, new TermIndexView(page, t.label(), intro, t.bySlug().size() - hidden, hidden, views),
        ctx.newestDay());
  }

  private void renderTree(Taxonomy t) {
    var children = new LinkedHashMap<String, List<LinkView>>();
    for (Term term : t.byCount()) {
      if (!term.parent().isEmpty() && t.get(term.parent()).isPresent()) {
        children.computeIfAbsent(term.parent(), k -> new ArrayList<>()).add(link(t, term));
      }
    }
    var roots = new ArrayList<TopicTreeView.TopicNodeView>();
    for (Term term : t.byCount()) {
      if (term.parent().isEmpty() || t.get(term.parent()).isEmpty()) {
        roots.add(new TopicTreeView.TopicNodeView(link(t, term), children.getOrDefault(term.slug(), List.of())));
      }
    }
    String path = indexPath(t.name());
    String intro = "Articles filed by subject, on a taxonomy based on the IPTC Media Topics news codes.";
    PageView page = ctx.page(path, t.label(), intro, "term-index", Paths.FEED, "");
    ctx.html("topics.ftlh", path, new TopicTreeView(page, intro, roots), ctx.newestDay());
  }

  private static LinkView link(Taxonomy t, Term term) {
    return new LinkView(term.name(), termPath(t.name(), term.slug()), term.count());
  }

  /**
   * A term's pages and feed. In {@code serve}, when the term, its parent's name and the records
   * and URLs of its articles are what the last build made them from (with the same templates,
   * site and list sizes), the pages are those the last build made, known by their fingerprints,
   * and no view is built: after one saved article, nearly every term is unchanged.
   */
  private void renderTerm(Taxonomy t, Term term, String schemaType) {
    if (!ctx.memory.keeps()) {
      new OneTerm(t, term, schemaType).renderAll();
      return;
    }
    String name = t.name() + "/" + term.slug();
    TermInputs inputs = inputs(t, term);
    Made kept = ctx.memory.find("term", name, (Made m) -> m.globals().equals(globals) && m.inputs().sameAs(inputs));
    if (kept == null) {
      ctx.memory.keep("term", name, new Made(inputs, globals, new OneTerm(t, term, schemaType).renderAll()));
      return;
    }
    OneTerm again = null;
    for (MadePage p : kept.pages()) {
      if (!ctx.out.reuse(p.path(), p.fingerprint())) {
        // not in the site as the cache says (deleted meanwhile): made again, from the same inputs
        if (again == null) again = new OneTerm(t, term, schemaType);
        again.render(p.number());
      } else if (p.number() > 0) {
        ctx.sitemap.put(p.path(), p.lastmod());
      }
    }
    ctx.memory.keep("term", name, kept);
  }

  /**
   * What one term's pages are made from besides {@code globals}: the term (which holds the names
   * of the terms seen with it), its parent's name, and its articles' URLs and what the pages show
   * of their records.
   */
  private record TermInputs(Term term, String parentName, Record[] records, List<String> paths) {
    boolean sameAs(TermInputs o) {
      if (!term.equals(o.term) || !parentName.equals(o.parentName) || records.length != o.records.length) return false;
      for (int i = 0; i < records.length; i++) {
        if (!ListedRecords.same(records[i], o.records[i])) return false;
      }
      return paths.equals(o.paths);
    }
  }

  private TermInputs inputs(Taxonomy t, Term term) {
    var records = new Record[term.articles().size()];
    var paths = new ArrayList<String>(records.length);
    for (int i = 0; i < records.length; i++) {
      records[i] = ctx.byId.get(term.articles().get(i).id());
      paths.add(ctx.plan.articlePath(records[i].id()));
    }
    return new TermInputs(term, t.get(term.parent()).map(Term::name).orElse(""), records, paths);
  }

  /** A term's pages as the last build made them: number 1.. for list pages, 0 for the feed. */
  private record Made(TermInputs inputs, String globals, List<MadePage> pages) {}

  private record MadePage(int number, String path, String fingerprint, String lastmod) {}

  /** The pages of one term, rendered one by one or all together. */
  private final class OneTerm {
    private final Taxonomy t;
    private final Term term;
    private final String schemaType;
    private final String first;
    private final String feed;
    private final List<List<Term.TermArticle>> pages;
    private final List<LinkView> seenWith;
    private final String firstDisplay;
    private final String lastDisplay;
    private final List<LinkView> crumbs;
    private final String description;

    OneTerm(Taxonomy t, Term term, String schemaType) {
      this.t = t;
      this.term = term;
      this.schemaType = schemaType;
      first = termPath(t.name(), term.slug());
      feed = t.name() + "/" + term.slug() + "/feed.xml";
      pages = Pagination.split(term.articles(), ctx.config().build().pageSize());
      seenWith = term.seenWith().stream()
          .map(r -> new LinkView(r.name(), termPath(r.taxonomy(), r.slug()), r.shared())).toList();
      String intro = term.count() + (term.count() == 1 ? " article" : " articles") + range(term);
      firstDisplay = display(term.firstDate());
      lastDisplay = display(term.lastDate());
      var parent = t.get(term.parent());
      var trail = new ArrayList<LinkView>(List.of(new LinkView(t.label(), indexPath(t.name()), 0)));
      parent.ifPresent(p -> trail.add(new LinkView(p.name(), termPath(t.name(), p.slug()), 0)));
      crumbs = trail;
      description = (term.description().isEmpty() ? "" : term.description() + ". ") + intro;
    }

    List<MadePage> renderAll() {
      var made = new ArrayList<MadePage>(pages.size() + 1);
      for (int n = 1; n <= pages.size(); n++) made.add(render(n));
      made.add(render(0));
      return made;
    }

    /** List page {@code n}, or the feed for 0. */
    MadePage render(int n) {
      if (n == 0) {
        var newest = term.articles().stream().map(a -> ctx.byId.get(a.id())).toList();
        return new MadePage(0, feed, Feeds.render(ctx, feed, term.name() + " · " + ctx.site().title(), newest, first), "");
      }
      String path = Paths.page(first, n);
      var items = new ArrayList<ArticleItemView>();
      for (Term.TermArticle a : pages.get(n - 1)) {
        Record r = ctx.byId.get(a.id());
        items.add(new ArticleItemView(r.title(), ctx.plan.articlePath(r.id()), DateText.iso(r.date()),
            DateText.display(r.date()), a.sentence().isEmpty() ? r.summary() : a.sentence()));
      }
      String title = n == 1 ? term.name() : term.name() + " (page " + n + ")";
      PageView page = ctx.page(path, title, description, "term", feed, "");
      boolean lead = n == 1;
      // The first page's JSON-LD (from the name, description, aliases and path the view holds) and
      // timeline (from the counts per month, written out in its place) are made only when the page
      // must be rendered.
      var view = new TermPageView(page, t.singular(), crumbs, term.name(), term.description(),
          term.count(), firstDisplay, lastDisplay, term.aliases(), lead ? "per month " + term.perMonth() : "",
          lead ? seenWith : List.of(), items, Pagination.pager(first, n, pages.size()));
      String lastmod = items.isEmpty() ? "" : items.get(0).dateIso();
      String fingerprint = ctx.html("term.ftlh", path, view, () -> view.completed(
              lead ? jsonLd(t, term, schemaType, first) : "", lead ? TimelineSvg.of(term.perMonth(), term.name()) : ""),
          lastmod);
      return new MadePage(n, path, fingerprint, lastmod);
    }
  }

  private String jsonLd(Taxonomy t, Term term, String schemaType, String path) {
    Map<String, Object> data = JsonLd.object(schemaType);
    data.put("name", term.name());
    data.put("url", Paths.absolute(ctx.site().baseUrl(), path));
    if (!term.description().isEmpty()) data.put("description", term.description());
    if (!term.aliases().isEmpty()) data.put("alternateName", term.aliases());
    return JsonLd.html(data);
  }

  private static String range(Term t) {
    if (t.firstDate().isEmpty()) return "";
    if (t.firstDate().equals(t.lastDate())) return ", on " + display(t.firstDate());
    return ", from " + display(t.firstDate()) + " to " + display(t.lastDate());
  }

  private static String display(String iso) {
    if (iso.isEmpty()) return "";
    var d = java.time.LocalDate.parse(iso);
    return d.getDayOfMonth() + " " + DateText.monthName(d.getMonthValue()) + " " + d.getYear();
  }

  /** A-Z by the name with accents folded, so "Élysée" files under E. */
  private static String sortKey(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
  }

  private static String letter(String name) {
    String k = sortKey(name);
    if (k.isEmpty()) return "#";
    char c = Character.toUpperCase(k.charAt(0));
    return c >= 'A' && c <= 'Z' ? String.valueOf(c) : "#";
  }
}
