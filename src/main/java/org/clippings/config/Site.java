package org.clippings.config;

/**
 * The site's identity. {@code baseUrl} is used only where an absolute URL is required (feeds,
 * sitemap, canonical links, JSON-LD); every link between pages is relative.
 */
public record Site(String title, String description, String language, String baseUrl, String author) {

  public static final Site DEFAULT = new Site(null, null, null, null, null);

  public Site {
    title = title == null ? "News archive" : title;
    description = description == null ? "An archive of news coverage." : description;
    language = language == null ? "en" : language;
    baseUrl = baseUrl == null ? "https://example.org/" : (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    author = author == null ? title : author;
  }
}
