package org.clippings.browser;

import static org.clippings.browser.Pages.open;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import javax.imageio.ImageIO;
import org.clippings.browser.Pages.Origin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo site's layout at phone and desktop widths: nothing scrolls sideways on a phone, and
 * screenshots of the main page kinds are kept in {@code target/screenshots/} for people to look at.
 */
class LayoutIT {

  static final Path SCREENSHOTS = DemoSite.REPO.resolve("target/screenshots");

  @TempDir static Path dir;
  static DemoSite site;
  static StaticServer server;
  static Chromium browser;
  private static ServedDemo demo;

  @BeforeAll
  static void buildServeAndStartChromium() throws IOException {
    demo = ServedDemo.start(LayoutIT.class, dir);
    if (demo == null) return;
    site = demo.site;
    server = demo.server;
    browser = demo.browser;
  }

  @AfterAll
  static void stop() {
    if (demo != null) demo.close();
  }

  @BeforeEach
  void needsChromium() {
    Chromium.assumeInstalled();
  }

  private static String at(String path) {
    return Pages.url(Origin.HTTP, site, server, path);
  }

  @Test
  void noPageKindScrollsSidewaysOnA375PixelWidePhone() {
    browser.viewport(Chromium.PHONE_WIDTH);
    try {
      var wide = new ArrayList<String>();
      site.pageKinds().forEach((kind, path) -> {
        open(browser, at(path));
        browser.js("document.querySelectorAll('details').forEach(function (d) { d.open = true; });");
        var sizes = (List<?>) browser.js("var d = document.documentElement; return [d.scrollWidth, d.clientWidth];");
        long scroll = ((Number) sizes.get(0)).longValue();
        long client = ((Number) sizes.get(1)).longValue();
        assertEquals(Chromium.PHONE_WIDTH, client, kind + ": the layout viewport is the phone's width");
        if (scroll > client) {
          wide.add(kind + " (" + path + "): scrollWidth " + scroll + " > clientWidth " + client + ", widest: "
              + browser.js("var w = document.documentElement.clientWidth, out = [];"
                  + "document.querySelectorAll('body *').forEach(function (e) {"
                  + "  var r = e.getBoundingClientRect();"
                  + "  if (r.right > w + 0.5) out.push(e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')"
                  + "    + ' right=' + Math.round(r.right));"
                  + "});"
                  + "return out.slice(0, 8).join(', ');"));
        }
      });
      assertEquals(List.of(), wide, "pages wider than a 375 px phone");
    } finally {
      browser.viewport(Chromium.DESKTOP_WIDTH);
    }
  }

  @Test
  void screenshotsOfHomeArticlePersonAndSearchResultsAreSavedAtDesktopAndPhoneWidths() throws IOException {
    var pages = new LinkedHashMap<String, String>();
    pages.put("home", "index.html");
    pages.put("article", site.first("articles"));
    pages.put("person", "people/amartuvshin-gombosuren/index.html");
    pages.put("search", "search/index.html?q=Gombosuren");
    try {
      for (String scheme : List.of("light", "dark")) {
        browser.colorScheme(scheme);
        for (int width : new int[] {Chromium.DESKTOP_WIDTH, Chromium.PHONE_WIDTH}) {
          browser.viewport(width);
          for (var page : pages.entrySet()) {
            open(browser, at(page.getValue()));
            if (page.getKey().equals("search")) Pages.results(browser, 2);
            String name = page.getKey() + "-" + (width == Chromium.PHONE_WIDTH ? "phone" : "desktop")
                + (scheme.equals("dark") ? "-dark" : "") + ".png";
            Path file = SCREENSHOTS.resolve(name);
            Files.deleteIfExists(file);
            browser.screenshot(file);
            var image = ImageIO.read(file.toFile());
            assertTrue(image != null, name + " is a PNG");
            assertEquals(width, image.getWidth(), name + " width");
            assertTrue(image.getHeight() >= 600, name + " shows the page, not a strip");
          }
        }
      }
    } finally {
      browser.colorScheme("light");
      browser.viewport(Chromium.DESKTOP_WIDTH);
    }
  }
}
