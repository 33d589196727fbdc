package org.clippings.render;

import static org.clippings.render.Xml.children;
import static org.clippings.render.Xml.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.clippings.TestSite;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Every feed.xml a build writes is Atom 1.0 (RFC 4287), and says nothing the records do not. */
class AtomFeedTest {

  static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final Pattern RFC3339 =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

  @Test
  void everyFeedOfTheDemoIsAtom() throws IOException {
    TestSite.Result demo = TestSite.demo();

    List<String> feeds = feeds(demo);
    assertTrue(feeds.contains("feed.xml"), feeds.toString());
    for (String feed : feeds) assertAtom(demo, feed, "https://example.org/clippings/");
  }

  @Test
  void mainFeedHoldsTheDatedSeedAndNeverAnUndatedArticleWithAMadeUpDate() throws IOException {
    TestSite.Result demo = TestSite.demo();
    Element feed = Xml.parse(demo.site().resolve("feed.xml")).getDocumentElement();

    Map<String, String> entryDayByUrl = new HashMap<>();
    for (Element e : children(feed, ATOM, "entry")) {
      entryDayByUrl.put(alternate(e), only(e, ATOM, "updated").substring(0, 10));
    }
    assertEquals("2024-03-11", entryDayByUrl.get("https://example.org/clippings/articles/2024/03/11/"
        + record(demo, "000_99b8831b88121862.txt").get("slug").asText() + "/"));
    assertEquals("2024-03-11T00:00:00Z", only(feed, ATOM, "updated"), "the feed is as new as its newest entry");
    JsonNode records = new ObjectMapper().readTree(demo.site().resolve("data/records.json").toFile()).get("records");
    for (JsonNode rec : records) {
      String url = "https://example.org/clippings/" + rec.get("url").asText();
      if (rec.get("date").isNull()) {
        assertFalse(entryDayByUrl.containsKey(url), rec.get("source") + " has no date, so no feed time");
      } else if (entryDayByUrl.containsKey(url)) {
        assertEquals(rec.get("date").asText(), entryDayByUrl.get(url), "the entry's time is the article's day");
      }
    }
  }

  @Test
  void escapesMarkupInTitlesAndSummaries() throws IOException {
    var r = TestSite.of("""
        -- site-config.yaml --
        site:
          title: Fish & Ships <Weekly>
        -- articles/a.md --
        ---
        title: "Fish & chips <b>shop</b> \\"reopens\\""
        date: 2024-03-11
        summary: Prices < 5 & queues > 50 ]]> done
        ---

        Text.
        """).build().assertExit(0);

    assertAtom(r, "feed.xml", "https://example.org/");
    Element feed = Xml.parse(r.site().resolve("feed.xml")).getDocumentElement();
    assertEquals("Fish & Ships <Weekly>", only(feed, ATOM, "title"));
    Element entry = children(feed, ATOM, "entry").get(0);
    assertEquals("Fish & chips <b>shop</b> \"reopens\"", only(entry, ATOM, "title"));
    assertEquals("Prices < 5 & queues > 50 ]]> done", only(entry, ATOM, "summary"));
  }

  @Test
  void feedOfAnArchiveWithNoDatedArticleIsStillValidAtom() throws IOException {
    var r = TestSite.of("""
        -- articles/a.txt --
        The harbour master retired.
        """).build().assertExit(0);

    assertAtom(r, "feed.xml", "https://example.org/");
  }

  /** RFC 4287: the elements a feed and each entry must have, with absolute IRIs and RFC 3339 times. */
  static void assertAtom(TestSite.Result r, String path, String baseUrl) throws IOException {
    Element feed = Xml.parse(r.site().resolve(path)).getDocumentElement();
    String where = path + ": ";
    assertEquals(ATOM, feed.getNamespaceURI(), where + "namespace");
    assertEquals("feed", feed.getLocalName(), where + "root element");
    assertAbsolute(only(feed, ATOM, "id"), where + "feed id");
    assertFalse(only(feed, ATOM, "title").isEmpty(), where + "feed title");
    String updated = assertTime(only(feed, ATOM, "updated"), where + "feed updated");
    assertEquals(baseUrl + path, link(feed, "self"), where + "rel=self names the feed's own URL");

    boolean feedAuthor = !children(feed, ATOM, "author").isEmpty();
    if (feedAuthor) assertFalse(only(children(feed, ATOM, "author").get(0), ATOM, "name").isEmpty());
    var ids = new HashSet<String>();
    for (Element e : children(feed, ATOM, "entry")) {
      String id = only(e, ATOM, "id");
      assertAbsolute(id, where + "entry id");
      assertTrue(ids.add(id), where + "entry ids are unique: " + id);
      assertFalse(only(e, ATOM, "title").isEmpty(), where + "entry title");
      String entryUpdated = assertTime(only(e, ATOM, "updated"), where + "entry updated");
      assertFalse(OffsetDateTime.parse(entryUpdated).isAfter(OffsetDateTime.parse(updated)),
          where + "no entry is newer than the feed");
      String url = alternate(e);
      assertTrue(url.startsWith(baseUrl), where + url);
      String file = url.substring(baseUrl.length()) + (url.endsWith("/") ? "index.html" : "");
      assertTrue(Files.isRegularFile(r.site().resolve(file)), where + "entry links to a page that exists: " + url);
      assertTrue(feedAuthor || !children(e, ATOM, "author").isEmpty(), where + "every entry has an author");
    }
  }

  static List<String> feeds(TestSite.Result r) {
    return r.siteFiles().stream().filter(f -> f.equals("feed.xml") || f.endsWith("/feed.xml")).toList();
  }

  private static String link(Element parent, String rel) {
    return children(parent, ATOM, "link").stream().filter(l -> l.getAttribute("rel").equals(rel)).findFirst()
        .map(l -> l.getAttribute("href")).orElseThrow(() -> new AssertionError("no link rel=" + rel));
  }

  private static String alternate(Element entry) {
    // an entry's link without rel is rel="alternate" (RFC 4287 4.2.7.2)
    return children(entry, ATOM, "link").stream()
        .filter(l -> l.getAttribute("rel").isEmpty() || l.getAttribute("rel").equals("alternate"))
        .findFirst().map(l -> l.getAttribute("href")).orElseThrow(() -> new AssertionError("entry without link"));
  }

  private static void assertAbsolute(String iri, String what) {
    assertTrue(URI.create(iri).isAbsolute(), what + " is an absolute IRI: " + iri);
  }

  private static String assertTime(String t, String what) {
    assertTrue(RFC3339.matcher(t).matches(), what + " is RFC 3339: " + t);
    DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(t);
    return t;
  }

  private static JsonNode record(TestSite.Result r, String source) throws IOException {
    JsonNode root = new ObjectMapper().readTree(r.site().resolve("data/records.json").toFile());
    for (JsonNode rec : root.get("records")) {
      if (rec.get("source").asText().equals(source)) return rec;
    }
    throw new AssertionError("no record for " + source);
  }
}
