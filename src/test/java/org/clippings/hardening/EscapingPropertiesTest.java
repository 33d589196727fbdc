package org.clippings.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.clippings.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.w3c.dom.NodeList;

/**
 * Rendering escapes everything: random headlines and paragraphs made of {@code < > & " '}, tags,
 * comments, CDATA and FreeMarker syntax, built into a small site, read back as exactly that text
 * from the article page, the home page and the Atom feed. Had any '<' from the input become markup
 * (or any {@code ${...}} been evaluated), the text read back would differ.
 */
class EscapingPropertiesTest {

  @Property(tries = 15)
  void everyPageShowsTheTextItWasGiven(@ForAll("headlines") String headline,
      @ForAll("paragraphs") List<String> paragraphs) throws Exception {
    var txtar = new StringBuilder("-- articles/a.txt --\ndate 2024-03-11\n\n").append(headline).append("\n\n");
    for (String p : paragraphs) txtar.append(p).append("\n\n");

    var r = TestSite.of(txtar.toString()).build().assertExit(0);

    JsonNode rec = new ObjectMapper().readTree(r.read("public/data/records.json")).path("records").get(0);
    Document page = Jsoup.parse(r.read("public/" + rec.path("url").asText() + "index.html"));
    assertEquals(List.of(headline), page.select("h1").eachText(), "the article's headline");
    assertEquals(paragraphs, page.select("div.body > p").eachText(), "the article's paragraphs");
    assertTrue(page.title().startsWith(headline + " \u00B7 "), page.title());
    assertTrue(page.select("script").stream().allMatch(s -> s.attr("type").equals("application/ld+json")),
        "no script but the JSON-LD");
    assertEquals(headline, new ObjectMapper().readTree(page.selectFirst("script").data()).path("headline").asText());

    Document home = Jsoup.parse(r.read("public/index.html"));
    assertTrue(home.select("a").eachText().contains(headline), () -> "home links the headline: " + home.select("a"));

    var xml = DocumentBuilderFactory.newInstance();
    xml.setNamespaceAware(true);
    NodeList titles = xml.newDocumentBuilder().parse(r.path("public/feed.xml").toFile())
        .getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title");
    assertEquals(headline, titles.item(titles.getLength() - 1).getTextContent(), "the feed entry's title");
    assertTrue(Files.size(r.path("public/feed.xml")) > 0);
  }

  /** Words and the pieces of markup and template syntax a scraped text can hold, in any order. */
  private static Arbitrary<String> tokens(int max) {
    Arbitrary<String> token = Arbitraries.oneOf(
        Arbitraries.of("<", ">", "&", "\"", "'", "<b>", "</b>", "<script>", "</script>", "</h1>", "</p>", "<p",
            "<!--", "-->", "<![CDATA[", "]]>", "&amp;", "&lt;", "&#60;", "${7*7}", "${x}", "<#assign", "x=1>",
            "<#--", "[=7*7]", "#{7*7}", "<img", "src=x", "onerror=alert(1)>", "javascript:alert(1)", "\\", "</textarea>"),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8));
    return token.list().ofMinSize(1).ofMaxSize(max).map(ts -> String.join(" ", ts));
  }

  @Provide
  Arbitrary<String> headlines() {
    // "Headline ... end": starts and ends as a headline does, so the reader takes the line as one
    return tokens(9).map(t -> "Headline " + t + " end");
  }

  @Provide
  Arbitrary<List<String>> paragraphs() {
    return tokens(25).map(t -> "Text " + t + " end.").list().ofMinSize(1).ofMaxSize(3);
  }
}
