package org.clippings.render.view;

/**
 * What every page has: its title and description, its own path, {@code root} (the relative prefix
 * from this page back to the site root, e.g. {@code "../../"}), the absolute canonical URL, the page
 * kind (for CSS and tests), the feed it offers, and JSON-LD our renderer produced (already safe to
 * embed in a script element).
 */
public record PageView(
    SiteView site,
    String title,
    String description,
    String path,
    String root,
    String canonicalUrl,
    String kind,
    String feedPath,
    String jsonLdHtml) {

  /** The same page with its JSON-LD, which is made only when the page must be rendered. */
  public PageView withJsonLd(String html) {
    return new PageView(site, title, description, path, root, canonicalUrl, kind, feedPath, html);
  }
}
