package org.clippings.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the browser tests do to a page: open it where it is served, wait for it, read it. */
final class Pages {

  private Pages() {}

  /** Where the built demo is opened from. */
  enum Origin { FILE, HTTP }

  /** A URL for a path of the site (it may carry a query), from the folder or from the server. */
  static String url(Origin origin, DemoSite site, StaticServer server, String path) {
    return (origin == Origin.FILE ? site.root.toUri().toString() : server.url()) + path;
  }

  /** Opens a URL and waits until the page is loaded and, on the search page, the search has run. */
  static void open(Chromium browser, String url) {
    browser.driver.get(url);
    settle(browser);
  }

  static void settle(Chromium browser) {
    new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(browser.js(
        "if (document.readyState !== 'complete') return false;"
        + "var s = document.getElementById('status');"
        + "if (!s) return true;"
        + "if (/JavaScript/.test(s.textContent)) return false;"
        + "var n = /^(\\d+) results?/.exec(s.textContent);"
        + "return !n || document.querySelectorAll('#results ol > li').length === Math.min(+n[1], 20);")));
  }

  /** Waits for the search page to show {@code n} results, and returns their headlines. */
  static List<String> results(Chromium browser, int n) {
    try {
      new WebDriverWait(browser.driver, Duration.ofSeconds(15))
          .until(d -> d.findElements(By.cssSelector("#results ol > li > :is(h2, h3) > a")).size() == n
              && d.findElement(By.id("status")).getText().startsWith(n + (n == 1 ? " result" : " results")));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("expected " + n + " results at " + browser.driver.getCurrentUrl() + ", the page says \""
          + browser.driver.findElement(By.id("status")).getText() + "\" and lists "
          + headlines(browser.driver.findElements(By.cssSelector("#results ol > li > :is(h2, h3) > a"))), e);
    }
    return headlines(browser.driver.findElements(By.cssSelector("#results ol > li > :is(h2, h3) > a")));
  }

  static List<String> headlines(List<WebElement> links) {
    var out = new ArrayList<String>();
    links.forEach(a -> out.add(a.getText()));
    return out;
  }

  /** Headline by article, and the article's places, from the demo's data/records.json. */
  static Map<String, List<String>> placesByHeadline(DemoSite site) {
    try {
      JsonNode json = new ObjectMapper().readTree(site.root.resolve("data/records.json").toFile());
      JsonNode records = json.isArray() ? json : json.get("records");
      var out = new TreeMap<String, List<String>>();
      for (JsonNode r : records) {
        var places = new ArrayList<String>();
        r.get("places").forEach(p -> places.add(p.get("id").asText().replaceFirst("^place/", "")));
        out.put(r.get("title").asText(), places);
      }
      assertTrue(out.size() >= 2, "the demo should have two articles");
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
