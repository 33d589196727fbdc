package org.clippings.render;

import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import org.clippings.render.view.SitemapView;
import org.clippings.render.view.SitemapView.SitemapEntryView;

/** The sitemaps.org 0.9 sitemap of every HTML page rendered, in path order. */
final class Sitemaps {

  private Sitemaps() {}

  static void render(SiteRenderer.Context ctx) {
    var entries = new ArrayList<SitemapEntryView>();
    for (var e : new TreeMap<>(ctx.sitemap).entrySet()) {
      entries.add(new SitemapEntryView(Paths.absolute(ctx.site().baseUrl(), e.getKey()), e.getValue()));
    }
    var view = new SitemapView(entries);
    ctx.emit("sitemap.xml", "sitemap.ftlx\n" + view, () -> ctx.templates().render("sitemap.ftlx", Map.of("sitemap", view)));
  }
}
