package org.clippings.browser;

import static org.clippings.browser.Pages.open;
import static org.clippings.browser.Pages.results;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clippings.browser.Pages.Origin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * The demo site for readers who use a keyboard or assistive technology: axe-core finds no serious or
 * critical problem on any page kind in either colour scheme, and Tab reaches what matters.
 */
class AccessibilityIT {

  @TempDir static Path dir;
  static DemoSite site;
  static StaticServer server;
  static Chromium browser;
  private static ServedDemo demo;

  @BeforeAll
  static void buildServeAndStartChromium() throws IOException {
    demo = ServedDemo.start(AccessibilityIT.class, dir);
    if (demo == null) return;
    site = demo.site;
    server = demo.server;
    browser = demo.browser;
  }

  @AfterAll
  static void stop() {
    if (demo != null) demo.close();
  }

  @AfterEach
  void backToLight() {
    if (browser != null) browser.colorScheme("light");
  }

  @BeforeEach
  void needsChromium() {
    Chromium.assumeInstalled();
  }

  private static String at(String path) {
    return Pages.url(Origin.HTTP, site, server, path);
  }

  @ParameterizedTest
  @ValueSource(strings = {"light", "dark"})
  void axeFindsNoSeriousOrCriticalViolationsOnAnyPageKind(String scheme) {
    browser.colorScheme(scheme);
    var serious = new ArrayList<String>();
    var lesser = new ArrayList<String>();
    String lightBackground = null;
    for (var kind : site.pageKinds().entrySet()) {
      open(browser, at(kind.getValue()));
      assertEquals(scheme.equals("dark"), browser.js("return matchMedia('(prefers-color-scheme: dark)').matches;"),
          "the emulated colour scheme applies");
      String background = (String) browser.js("return getComputedStyle(document.body).backgroundColor;");
      if (scheme.equals("dark")) {
        assertNotEquals("rgb(253, 253, 251)", background, "the dark scheme's background is dark");
      } else {
        lightBackground = background;
      }
      for (var v : Axe.run(browser)) {
        (v.seriousOrCritical() ? serious : lesser).add(kind.getKey() + " (" + kind.getValue() + "): " + v);
      }
    }
    if (lightBackground != null) assertEquals("rgb(253, 253, 251)", lightBackground);
    if (!lesser.isEmpty()) {
      System.out.println("axe-core " + Axe.VERSION + ", " + scheme + ", moderate or minor:\n  " + String.join("\n  ", lesser));
    }
    assertEquals(List.of(), serious,
        () -> "axe-core " + Axe.VERSION + " in the " + scheme + " scheme:\n  " + String.join("\n  ", serious) + "\n");
  }

  /** Guards the check above against passing because axe ran nothing. */
  @Test
  void axeReportsAnUnlabelledFieldAndFaintTextWhenAPageHasThem() {
    open(browser, at("index.html"));
    browser.js("var main = document.querySelector('main');"
        + "main.insertAdjacentHTML('beforeend', '<p style=\"color:#ddd;background:#fff\">faint</p><input type=\"text\">');");
    var rules = Axe.run(browser).stream().filter(Axe.Violation::seriousOrCritical).map(Axe.Violation::rule).toList();
    assertTrue(rules.contains("color-contrast") && rules.contains("label"), () -> "axe-core found only " + rules);
  }

  @Test
  void tabbingFromThePageStartShowsTheSkipLinkThenReachesTheHeaderSearchBox() {
    open(browser, at("index.html"));
    var seen = new ArrayList<String>();
    tab();
    seen.add(focused());
    assertEquals("a.skip Skip to content", seen.get(0), "the first Tab lands on the skip link");
    assertTrue((Boolean) browser.js("var r = document.activeElement.getBoundingClientRect();"
        + "return r.left >= 0 && r.top >= 0 && r.width > 0;"), "the focused skip link is on screen");
    for (int i = 0; i < 20 && !seen.get(seen.size() - 1).startsWith("input#site-q"); i++) {
      tab();
      seen.add(focused());
    }
    assertTrue(seen.get(seen.size() - 1).startsWith("input#site-q"),
        () -> "Tab never reached the header search box; it went through " + seen);
    assertNotEquals("none", browser.js("return getComputedStyle(document.activeElement).outlineStyle;"),
        "the focused search box shows a focus outline");
  }

  @Test
  void onTheSearchPageTabbingReachesTheResultLinks() {
    open(browser, at("search/index.html?q=Gombosuren"));
    var titles = results(browser, 2);
    var seen = new ArrayList<String>();
    for (int i = 0; i < 40; i++) {
      tab();
      seen.add(focused());
      if (Boolean.TRUE.equals(browser.js("var e = document.activeElement;"
          + "return e.tagName === 'A' && !!e.closest('#results h2, #results h3');"))) {
        assertEquals(titles.get(0), browser.js("return document.activeElement.textContent;"),
            "the first result link Tab reaches is the first result");
        return;
      }
    }
    throw new AssertionError("40 Tabs never reached a result link; they went through " + seen);
  }

  private static void tab() {
    new Actions(browser.driver).sendKeys(Keys.TAB).perform();
  }

  /** The focused element as tag#id.class and its text, for messages. */
  private static String focused() {
    return (String) browser.js("var e = document.activeElement;"
        + "return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')"
        + " + ' ' + (e.textContent || e.value || e.name || '').trim().slice(0, 40);");
  }
}
