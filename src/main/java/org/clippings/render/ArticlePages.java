package org.clippings.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clippings.extract.EntityKind;
import org.clippings.extract.Record;
import org.clippings.index.Related;
import org.clippings.ingest.Block;
import org.clippings.render.view.ArticlePageView;
import org.clippings.render.view.BlockView;
import org.clippings.render.view.LinkView;

/** Renders one article page with its NewsArticle JSON-LD. */
final class ArticlePages {

  /** An entity the article names this often is what it is about, not just a passing mention. */
  private static final int ABOUT_MIN_MENTIONS = 3;

  private final SiteRenderer.Context ctx;
  /** What every article page is made from: its templates and the site. */
  private final String globals;

  ArticlePages(SiteRenderer.Context ctx) {
    this.ctx = ctx;
    this.globals = ctx.templateDigest("article.ftlh") + "\n" + ctx.site();
  }

  /**
   * An article's page. In {@code serve}, when the record, the names its entities are listed
   * under, its related coverage (and what that shows of the related records, and their URLs) and
   * its URL are what the last build made the page from, with the same template and site, the
   * page is the last build's, known by its fingerprint, and no view is built.
   */
  void render(Record r) {
    if (!ctx.memory.keeps()) {
      renderPage(r);
      return;
    }
    Inputs inputs = inputs(r);
    Made kept = ctx.memory.find("article", r.source(), (Made m) -> m.globals().equals(globals) && m.inputs().sameAs(inputs));
    if (kept != null && ctx.out.reuse(kept.inputs().path(), kept.fingerprint())) {
      ctx.sitemap.put(kept.inputs().path(), DateText.iso(r.date()));
      ctx.memory.keep("article", r.source(), kept);
      return;
    }
    ctx.memory.keep("article", r.source(), new Made(inputs, globals, renderPage(r)));
  }

  /** What an article's page is made from besides its template and the site. */
  private record Inputs(Record record, String path, List<String> names, List<Related> related,
      Record[] relatedRecords, List<String> relatedPaths) {
    boolean sameAs(Inputs o) {
      if (!(record == o.record || record.equals(o.record)) || !path.equals(o.path) || !names.equals(o.names)
          || !related.equals(o.related) || relatedRecords.length != o.relatedRecords.length) {
        return false;
      }
      for (int i = 0; i < relatedRecords.length; i++) {
        if (!ListedRecords.same(relatedRecords[i], o.relatedRecords[i])) return false;
      }
      return relatedPaths.equals(o.relatedPaths);
    }
  }

  private Inputs inputs(Record r) {
    var names = new ArrayList<String>();
    for (EntityKind k : EntityKind.values()) ctx.entityNames(r, k, names);
    List<Related> related = ctx.archive.relatedTo(r.id());
    var records = new Record[related.size()];
    var paths = new ArrayList<String>(records.length);
    for (int i = 0; i < records.length; i++) {
      records[i] = ctx.byId.get(related.get(i).id());
      paths.add(ctx.plan.articlePath(records[i].id()));
    }
    return new Inputs(r, ctx.plan.articlePath(r.id()), names, related, records, paths);
  }

  /** An article's page as the last build made it. */
  private record Made(Inputs inputs, String globals, String fingerprint) {}

  /** Renders the page; returns its fingerprint. */
  private String renderPage(Record r) {
    String path = ctx.plan.articlePath(r.id());
    // The JSON-LD is made from what the view holds (headline, summary, date, word count, the entity
    // links, the page's path and the site), so the view without it fingerprints the page; it is
    // made, like the body is read, only when the page must be rendered.
    var page = ctx.page(path, r.title(), r.summary(), "article", Paths.FEED, "");
    String archivePath = r.date().day().map(d -> Paths.month(d.getYear(), d.getMonthValue())).orElse(Paths.UNDATED);
    var people = ctx.entityLinks(r, EntityKind.PERSON);
    var places = ctx.entityLinks(r, EntityKind.PLACE);
    var organizations = ctx.entityLinks(r, EntityKind.ORGANIZATION);
    var view = new ArticlePageView(page, r.title(), DateText.iso(r.date()), DateText.display(r.date()),
        DateText.note(r.date()), r.wordCount(), r.readingMinutes(), r.source(), List.of(), people, places,
        organizations, ctx.topicLinks(r), ctx.related(r, true), ctx.related(r, false), archivePath);
    // the content hash stands for the body until then
    return ctx.html("article.ftlh", path, new BodyAndView(r.contentHash(), view),
        () -> view.completed(JsonLd.html(newsArticle(r, path, Map.of(EntityKind.PERSON, people, EntityKind.PLACE,
            places, EntityKind.ORGANIZATION, organizations))), blocks(ctx.bodies.of(r))),
        DateText.iso(r.date()));
  }

  private static List<BlockView> blocks(List<Block> body) {
    var blocks = new ArrayList<BlockView>(body.size());
    for (Block b : body) blocks.add(new BlockView(b.kind().label(), b.level(), b.text(), b.html(), b.anchor()));
    return blocks;
  }

  private Map<String, Object> newsArticle(Record r, String path, Map<EntityKind, List<LinkView>> links) {
    var data = JsonLd.object("NewsArticle");
    String url = Paths.absolute(ctx.site().baseUrl(), path);
    data.put("headline", r.title());
    data.put("url", url);
    data.put("mainEntityOfPage", url);
    if (!r.summary().isEmpty()) data.put("description", r.summary());
    r.date().day().ifPresent(d -> data.put("datePublished", d.toString()));
    data.put("wordCount", r.wordCount());
    data.put("inLanguage", ctx.site().language());
    data.put("publisher", JsonLd.thing("Organization", ctx.site().title(), ctx.site().baseUrl()));
    var mentions = new ArrayList<Object>();
    var about = new ArrayList<Object>();
    for (EntityKind k : EntityKind.values()) {
      String type = k == EntityKind.PERSON ? "Person" : k == EntityKind.PLACE ? "Place" : "Organization";
      for (var link : links.get(k)) {
        var thing = JsonLd.thing(type, link.label(), Paths.absolute(ctx.site().baseUrl(), link.path()));
        mentions.add(thing);
        if (link.count() >= ABOUT_MIN_MENTIONS) about.add(thing);
      }
    }
    if (!about.isEmpty()) data.put("about", about);
    if (!mentions.isEmpty()) data.put("mentions", mentions);
    return data;
  }

  /** An article page's inputs: its view without the body, and the content hash standing for the body. */
  private record BodyAndView(String contentHash, ArticlePageView view) {}
}
