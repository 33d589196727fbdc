package org.clippings.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clippings.render.view.SitemapView;
import org.clippings.render.view.SitemapView.SitemapEntryView;

/**
 * The sitemaps.org 0.9 sitemap of every HTML page rendered, in path order. The protocol allows
 * 50,000 URLs per file, which a large archive passes: then {@code sitemap.xml} becomes a sitemap
 * index pointing at {@code sitemap-1.xml}, {@code sitemap-2.xml} and so on.
 */
final class Sitemaps {

  static final int MAX_URLS = 50_000;

  private Sitemaps() {}

  /** One file to write: its path and the URLs it lists (for the index, the sitemaps). */
  record Part(String path, SitemapView view, boolean index) {}

  static void render(SiteRenderer.Context ctx) {
    var entries = new ArrayList<SitemapEntryView>();
    for (var e : new TreeMap<>(ctx.sitemap).entrySet()) {
      entries.add(new SitemapEntryView(Paths.absolute(ctx.site().baseUrl(), e.getKey()), e.getValue()));
    }
    for (Part p : split(entries, ctx.site().baseUrl(), MAX_URLS)) {
      String template = p.index() ? "sitemap-index.ftlx" : "sitemap.ftlx";
      ctx.emitTemplated(p.path(), template, p.view(),
          () -> ctx.templates().render(template, Map.of("sitemap", p.view())));
    }
  }

  /** The sitemap files for these URLs: one {@code sitemap.xml}, or an index and numbered parts. */
  static List<Part> split(List<SitemapEntryView> entries, String baseUrl, int maxUrls) {
    if (entries.size() <= maxUrls) return List.of(new Part("sitemap.xml", new SitemapView(entries), false));
    var parts = new ArrayList<Part>();
    var index = new ArrayList<SitemapEntryView>();
    for (int from = 0, n = 1; from < entries.size(); from += maxUrls, n++) {
      var chunk = entries.subList(from, Math.min(entries.size(), from + maxUrls));
      String path = "sitemap-" + n + ".xml";
      String newest = chunk.stream().map(SitemapEntryView::lastmod).max(String::compareTo).orElse("");
      parts.add(new Part(path, new SitemapView(List.copyOf(chunk)), false));
      index.add(new SitemapEntryView(Paths.absolute(baseUrl, path), newest));
    }
    parts.add(0, new Part("sitemap.xml", new SitemapView(index), true));
    return parts;
  }
}
