package org.clippings.render;

import static org.clippings.render.Xml.children;
import static org.clippings.render.Xml.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.clippings.TestSite;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** sitemap.xml follows the sitemaps.org 0.9 protocol and lists every page, and only pages that exist. */
class SitemapTest {

  static final String SITEMAPS = "http://www.sitemaps.org/schemas/sitemap/0.9";
  /** W3C Datetime (https://www.w3.org/TR/NOTE-datetime): a year, year-month, day, or day and time with zone. */
  private static final Pattern W3C_DATETIME = Pattern.compile(
      "\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?)?)?");

  @Test
  void demoSitemapFollowsTheProtocol() throws IOException {
    assertSitemap(TestSite.demo(), "https://example.org/clippings/");
  }

  @Test
  void sitemapOfASiteWithAnotherBaseUrlUsesIt() throws IOException {
    var r = TestSite.of("""
        -- site-config.yaml --
        site:
          base_url: https://news.example.com/archive
        -- articles/a.txt --
        date 2024-03-11

        The harbour board met.
        -- articles/b.txt --
        The harbour master retired.
        """).build().assertExit(0);

    assertSitemap(r, "https://news.example.com/archive/");
    r.assertFile("public/robots.txt", "Sitemap: https://news.example.com/archive/sitemap.xml");
  }

  @Test
  void givesArticlePagesTheirOwnDayAsLastModified() throws IOException {
    Element urlset = Xml.parse(TestSite.demo().site().resolve("sitemap.xml")).getDocumentElement();

    for (Element url : children(urlset, SITEMAPS, "url")) {
      String loc = only(url, SITEMAPS, "loc");
      if (loc.contains("/articles/2024/03/11/")) assertEquals("2024-03-11", only(url, SITEMAPS, "lastmod"), loc);
      if (loc.contains("/articles/undated/")) {
        assertTrue(children(url, SITEMAPS, "lastmod").isEmpty(), "an undated page has no made-up lastmod: " + loc);
      }
    }
  }

  static void assertSitemap(TestSite.Result r, String baseUrl) throws IOException {
    assertTrue(Files.size(r.site().resolve("sitemap.xml")) <= 50L * 1024 * 1024, "at most 50 MB");
    Element urlset = Xml.parse(r.site().resolve("sitemap.xml")).getDocumentElement();
    assertEquals(SITEMAPS, urlset.getNamespaceURI());
    assertEquals("urlset", urlset.getLocalName());
    List<Element> urls = children(urlset, SITEMAPS, "url");
    assertTrue(urls.size() <= 50_000, "at most 50,000 URLs");

    Set<String> listed = new TreeSet<>();
    var locs = new HashSet<String>();
    for (Element url : urls) {
      String loc = only(url, SITEMAPS, "loc");
      assertTrue(loc.startsWith(baseUrl), "absolute, under the base URL: " + loc);
      assertTrue(locs.add(loc), "listed once: " + loc);
      for (Element lastmod : children(url, SITEMAPS, "lastmod")) {
        assertTrue(W3C_DATETIME.matcher(lastmod.getTextContent().strip()).matches(), "W3C date: " + lastmod);
      }
      assertTrue(children(url, SITEMAPS, "lastmod").size() <= 1);
      String file = loc.substring(baseUrl.length()) + (loc.endsWith("/") ? "index.html" : "");
      assertTrue(Files.isRegularFile(r.site().resolve(file)), "lists a page that exists: " + loc);
      listed.add(file);
    }
    Set<String> pages = new TreeSet<>(r.siteFiles().stream()
        .filter(f -> f.endsWith(".html") && !f.equals("404.html")).toList());
    assertEquals(pages, listed, "every page but 404.html is listed");
  }

  @Test
  void aSitemapOfMoreThanTheLimitBecomesAnIndexOfParts() {
    var entries = new java.util.ArrayList<org.clippings.render.view.SitemapView.SitemapEntryView>();
    for (int i = 0; i < 5; i++) {
      entries.add(new org.clippings.render.view.SitemapView.SitemapEntryView("https://x.org/p" + i + "/",
          "2024-01-0" + (5 - i)));
    }
    assertEquals(List.of("sitemap.xml"),
        Sitemaps.split(entries, "https://x.org/", 5).stream().map(Sitemaps.Part::path).toList());
    var parts = Sitemaps.split(entries, "https://x.org/", 2);
    assertEquals(List.of("sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"),
        parts.stream().map(Sitemaps.Part::path).toList());
    assertTrue(parts.get(0).index());
    assertEquals("https://x.org/sitemap-2.xml", parts.get(0).view().entries().get(1).loc());
    assertEquals("2024-01-05", parts.get(0).view().entries().get(0).lastmod(), "newest day of the part");
    assertEquals(5, parts.stream().skip(1).mapToInt(p -> p.view().entries().size()).sum(), "every URL once");
  }
}
