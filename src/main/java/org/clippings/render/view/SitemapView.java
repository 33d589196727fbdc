package org.clippings.render.view;

import java.util.List;

/** The sitemap: absolute URLs with a last-modified day where one is known. */
public record SitemapView(List<SitemapEntryView> entries) {

  /** One URL; {@code lastmod} empty when unknown. */
  public record SitemapEntryView(String loc, String lastmod) {}
}
