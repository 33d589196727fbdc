package org.clippings.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clippings.extract.EntityKind;
import org.clippings.extract.Record;
import org.clippings.ingest.Block;
import org.clippings.render.view.ArticlePageView;
import org.clippings.render.view.BlockView;
import org.clippings.render.view.LinkView;

/** Renders one article page with its NewsArticle JSON-LD. */
final class ArticlePages {

  /** An entity the article names this often is what it is about, not just a passing mention. */
  private static final int ABOUT_MIN_MENTIONS = 3;

  private final SiteRenderer.Context ctx;

  ArticlePages(SiteRenderer.Context ctx) {
    this.ctx = ctx;
  }

  void render(Record r) {
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
    ctx.html("article.ftlh", path, new BodyAndView(r.contentHash(), view),
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
