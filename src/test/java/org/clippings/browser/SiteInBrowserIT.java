package org.clippings.browser;

import static org.clippings.browser.Pages.open;
import static org.clippings.browser.Pages.results;
import static org.clippings.browser.Pages.url;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.clippings.browser.Pages.Origin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo site in headless Chromium, opened from its folder (file://) and from a static HTTP server:
 * pages load cleanly, the offline search finds and filters, and real links lead from page to page.
 */
class SiteInBrowserIT {

  @TempDir static Path dir;
  static DemoSite site;
  static StaticServer server;
  static Chromium browser;
  private static ServedDemo demo;
  static Map<String, List<String>> placesByHeadline;

  @BeforeAll
  static void buildServeAndStartChromium() throws IOException {
    demo = ServedDemo.start(SiteInBrowserIT.class, dir);
    if (demo == null) return;
    site = demo.site;
    placesByHeadline = Pages.placesByHeadline(site);
    server = demo.server;
    browser = demo.browser;
  }

  @AfterAll
  static void stop() {
    if (demo != null) demo.close();
  }

  @BeforeEach
  void needsChromiumAndForgetsEarlierLogs() {
    Chromium.assumeInstalled();
    browser.severeLogs();
  }

  private static String at(Origin origin, String path) {
    return url(origin, site, server, path);
  }

  @ParameterizedTest
  @EnumSource(Origin.class)
  void theHomePageLoadsWithoutConsoleErrors(Origin origin) {
    open(browser, at(origin, "index.html"));
    assertEquals("Clippings demo archive", browser.driver.findElement(By.tagName("h1")).getText());
    assertEquals(List.of(), browser.severeLogs(), "console errors on the home page");
  }

  /**
   * Every page kind, except the not-found page from a folder: hosts serve it at any address, so its
   * links are absolute from the site's base path and do not resolve on file:// (by design).
   */
  @ParameterizedTest
  @EnumSource(Origin.class)
  void everyPageKindLoadsWithoutConsoleErrors(Origin origin) {
    var errors = new ArrayList<String>();
    site.pageKinds().forEach((kind, path) -> {
      if (origin == Origin.FILE && kind.equals("not found")) return;
      open(browser, at(origin, path));
      browser.severeLogs().forEach(e -> errors.add(kind + " (" + path + "): " + e.getMessage()));
    });
    assertEquals(List.of(), errors, "console errors");
  }

  @org.junit.jupiter.api.Test
  void anUnknownAddressShowsTheStyledNotFoundPageWithWorkingLinks() {
    String missing = at(Origin.HTTP, "no/such/page.html");
    open(browser, missing);
    assertEquals("Page not found", browser.driver.findElement(By.tagName("h1")).getText());
    assertEquals("none", browser.js("return getComputedStyle(document.querySelector('.site-title')).textDecorationLine;"),
        "the stylesheet applies");
    var errors = browser.severeLogs().stream().map(e -> e.getMessage())
        .filter(m -> !m.startsWith(missing + " - Failed to load resource: the server responded with a status of 404"))
        .toList();
    assertEquals(List.of(), errors, "console errors on the not-found page, besides its own 404");
    click(By.linkText("home page"));
    assertPage("kind-home", "Clippings demo archive", "/index.html");
  }

  @ParameterizedTest
  @EnumSource(Origin.class)
  void searchingForGombosurenInTheAddressListsBothSeedArticles(Origin origin) {
    open(browser, at(origin, "search/index.html?q=Gombosuren"));
    assertEquals(placesByHeadline.keySet(), new TreeSet<>(results(browser, 2)));
    assertEquals("Gombosuren", browser.driver.findElement(By.id("q")).getAttribute("value"));
    assertTrue(browser.driver.findElements(By.cssSelector("#results mark")).stream()
        .anyMatch(m -> m.getText().equals("Gombosuren")), "the matched word is highlighted in the summaries");
    assertEquals(List.of(), browser.severeLogs(), "console errors on the search page");
  }

  /** Equal scores (no words, only a year) fall back to the archive's order, newest first, as on the home page. */
  @ParameterizedTest
  @EnumSource(Origin.class)
  void aYearAloneListsItsArticlesNewestFirstAsTheHomePageDoes(Origin origin) {
    open(browser, at(origin, "index.html"));
    List<String> archiveOrder = Pages.headlines(browser.driver.findElements(By.cssSelector("main ol > li > :is(h2, h3) > a")));
    assertEquals(2, archiveOrder.size(), "the demo's home page lists its two articles (both of March 2024)");
    open(browser, at(origin, "search/index.html?year=2024"));
    assertEquals(archiveOrder, results(browser, archiveOrder.size()));
    assertEquals(List.of(), browser.severeLogs(), "console errors on the search page");
  }

  @ParameterizedTest
  @EnumSource(Origin.class)
  void typingGombosurenIntoTheHeaderSearchBoxAndSubmittingListsBothSeedArticles(Origin origin) {
    open(browser, at(origin, site.first("articles")));
    WebElement box = browser.driver.findElement(By.cssSelector("header .site-search input[name=q]"));
    box.sendKeys("Gombosuren");
    box.sendKeys(Keys.ENTER);
    new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("search/index.html"));
    Pages.settle(browser);
    assertEquals(placesByHeadline.keySet(), new TreeSet<>(results(browser, 2)));
    assertEquals(List.of(), browser.severeLogs(), "console errors after searching");
  }

  @ParameterizedTest
  @EnumSource(Origin.class)
  void aPlaceFilterNarrowsGombosurenToTheArticlesNamingThatPlace(Origin origin) {
    String onlyEastAsia = only("east-asia");
    String onlyPeninsula = only("korean-peninsula");

    // a "Narrow by" link under the results
    open(browser, at(origin, "search/index.html?q=Gombosuren"));
    results(browser, 2);
    browser.driver.findElement(By.xpath("//div[@id='facets']//a[normalize-space()='East Asia']")).click();
    Pages.settle(browser);
    assertEquals(List.of(onlyEastAsia), results(browser, 1));
    assertTrue(browser.driver.findElement(By.cssSelector("#facets .active")).getText().contains("place: east-asia"),
        "the active filter is shown");

    // the form's place filter, typed as the place's name
    open(browser, at(origin, "search/index.html?q=Gombosuren"));
    results(browser, 2);
    browser.driver.findElement(By.cssSelector("details.filters > summary")).click();
    WebElement place = browser.driver.findElement(By.id("place"));
    assertEquals("", place.getAttribute("value"));
    place.sendKeys("Korean Peninsula");
    browser.driver.findElement(By.xpath("//details[@class='filters']//button[normalize-space()='Apply filters']")).click();
    assertEquals(List.of(onlyPeninsula), results(browser, 1));

    assertTrue(browser.driver.getCurrentUrl().contains("place=korean-peninsula"), browser.driver.getCurrentUrl());

    // and in the address, a place no article names with Gombosuren leaves nothing
    open(browser, at(origin, "search/index.html?q=Gombosuren&place=korean-peninsula&topic=diplomacy"));
    assertEquals(List.of(onlyPeninsula), results(browser, 1));
    open(browser, at(origin, "search/index.html?q=Gombosuren&place=nowhere"));
    assertEquals(List.of(), results(browser, 0));
    assertEquals(List.of(), browser.severeLogs(), "console errors while filtering");
  }

  @org.junit.jupiter.api.Test
  void theSearchPageIsStillValidHtmlOnceTheScriptHasRenderedResultsAndFilters() throws Exception {
    open(browser, at(Origin.HTTP, "search/index.html?q=Gombosuren&place=east-asia"));
    results(browser, 1);
    String html = "<!DOCTYPE html>\n" + browser.js("return document.documentElement.outerHTML;");
    var report = NuChecker.check(html, "search page as rendered");
    assertEquals(List.of(), report.errors(),
        () -> "Nu HTML Checker errors:\n  " + String.join("\n  ", report.errors()) + "\n" + html);
  }

  /** The one seed article that names a place (the demo has one such article per place used here). */
  private static String only(String place) {
    var with = placesByHeadline.entrySet().stream().filter(e -> e.getValue().contains(place)).map(Map.Entry::getKey)
        .toList();
    assertEquals(1, with.size(), () -> "the demo should have exactly one article naming " + place + ": " + with);
    return with.get(0);
  }

  @ParameterizedTest
  @EnumSource(Origin.class)
  void followingLinksFromHomeToAPersonToAnArticleToATopicWorks(Origin origin) {
    open(browser, at(origin, "index.html"));
    click(By.xpath("//section[@aria-labelledby='busiest']//a[normalize-space()='Amartuvshin Gombosuren']"));
    assertPage("kind-term", "Amartuvshin Gombosuren", "people/amartuvshin-gombosuren/index.html");

    WebElement article = browser.driver.findElement(By.cssSelector("section[aria-labelledby=coverage] ol.articles h3 a"));
    String headline = article.getText();
    click(article);
    assertPage("kind-article", headline, "/index.html");
    assertTrue(browser.driver.getCurrentUrl().contains("/articles/2024/03/11/"), browser.driver.getCurrentUrl());

    WebElement topic = browser.driver.findElement(By.xpath("//dt[.='Topics']/following-sibling::dd[1]/a[1]"));
    String label = topic.getText();
    click(topic);
    assertPage("kind-term", label, "topics/");
    assertTrue(browser.driver.getCurrentUrl().matches(".*/topics/[a-z0-9-]+/index\\.html"),
        browser.driver.getCurrentUrl());
    assertEquals(List.of(), browser.severeLogs(), "console errors while browsing");
  }

  private static void click(By by) {
    click(browser.driver.findElement(by));
  }

  private static void click(WebElement link) {
    String before = browser.driver.getCurrentUrl();
    link.click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().equals(before));
    Pages.settle(browser);
  }

  private static void assertPage(String bodyClass, String h1, String urlPart) {
    String url = browser.driver.getCurrentUrl();
    assertEquals(bodyClass, browser.driver.findElement(By.tagName("body")).getAttribute("class"), url);
    assertEquals(h1, browser.driver.findElement(By.tagName("h1")).getText(), url);
    assertTrue(url.contains(urlPart), () -> url + " should contain " + urlPart);
  }
}
