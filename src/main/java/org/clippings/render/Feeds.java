package org.clippings.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clippings.extract.Record;
import org.clippings.render.view.FeedEntryView;
import org.clippings.render.view.FeedView;

/**
 * Atom 1.0 feeds. Entries are the newest dated articles; every time stamp derives from article
 * dates, never from the clock, so the feed is identical between builds of the same input.
 */
final class Feeds {

  private Feeds() {}

  static void renderMain(SiteRenderer.Context ctx) {
    render(ctx, Paths.FEED, ctx.site().title(), ctx.archive.records(), Paths.HOME);
  }

  /** Renders a feed of the newest dated of {@code newestFirst}; returns its fingerprint. */
  static String render(SiteRenderer.Context ctx, String path, String title, List<Record> newestFirst, String htmlPath) {
    String base = ctx.site().baseUrl();
    var entries = new ArrayList<FeedEntryView>();
    for (Record r : newestFirst) {
      if (entries.size() >= ctx.config().build().feedSize()) break;
      if (!r.date().isKnown()) continue;
      String url = Paths.absolute(base, ctx.plan.articlePath(r.id()));
      entries.add(new FeedEntryView(url, r.title(), url, DateText.rfc3339(r.date().day().orElseThrow()), r.summary()));
    }
    String updated = entries.isEmpty() ? "1970-01-01T00:00:00Z" : entries.get(0).updated();
    var view = new FeedView(Paths.absolute(base, path), title, Paths.absolute(base, path),
        Paths.absolute(base, htmlPath), updated, ctx.site().title(), entries);
    return ctx.emitTemplated(path, "feed.ftlx", view, () -> ctx.templates().render("feed.ftlx", Map.of("feed", view)));
  }
}
