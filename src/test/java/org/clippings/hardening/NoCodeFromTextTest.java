package org.clippings.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clippings.TestSite;
import org.clippings.publish.SiteChecker;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Article text is data, never code: a site built from articles full of markup, script, event
 * handlers, {@code javascript:} and {@code data:} URLs, HTML comments and FreeMarker syntax is parsed
 * page by page with jsoup, and none of that text has become an element, an attribute, a script, a
 * comment or a link that runs something. It all shows, literally, as text.
 */
class NoCodeFromTextTest {

  private static final String SITE = """
      -- articles/plain.txt --
      date 2024-03-15 Hostile "quotes" & <b>bold</b> <x-hostile>tags</x-hostile> in O'Brien's headline

      <script>alert('plain')</script> opened the meeting <img src=x onerror=alert(1)> on Tuesday.

      Harbour <b>Works</b> <iframe src=javascript:alert(2)> Update

      Then </textarea><textarea>and <!-- hostile comment --> and <style>body{}</style> followed.

      Visit javascript:alert(document.cookie) or data:text/html;base64,PHNjcmlwdD4= or vbscript:msgbox(1).

      Templates say ${7*7} and <#assign x=1>${x} and [#assign y=2] and #{7*7} and [=7*7].

      <a href="javascript:alert(3)" onclick="alert(4)" onmouseover='alert(5)'>a raw link</a> and <svg onload=alert(6)>.
      -- articles/undated-lead.txt --
      "<script>alert('lead')</script>," said Jane O'Brien, whose <b>quote</b> opens an article with no headline.

      The council met on ${7*7} occasions, the minutes say.
      -- articles/front.md --
      ---
      title: "Markdown \\"quotes\\" & O'Brien's <script>alert('title')</script> ${7*7}"
      date: 2024-03-14
      summary: "A summary with <b>bold</b>, \\"quotes\\" and <#assign z=3>"
      people: ["Jane \\"<b>O'Brien</b>\\"", "<script>alert('person')</script> Smith", "${7*7} Jones"]
      places: ["<img src=x onerror=alert('place')>"]
      organizations: ["<#assign x=1> Ltd", "Harbour & Sons \\"Ltd\\""]
      topics: ["<svg onload=alert('topic')>"]
      ---

      ## <script>alert('heading')</script> Section with "quotes"

      A [plain link](javascript:alert(1)), a [data link](data:text/html;base64,PHNjcmlwdD4=), a
      [vbscript one](vbscript:msgbox(1)) and an image ![x](javascript:alert(2)) and ![y](data:image/svg+xml,<svg/onload=alert(3)>).

      An autolink <javascript:alert(4)>, a [reference][r] and a [safe link](https://example.org/a "t\\" onmouseover=\\"alert(5)").

      ![a safe image](https://example.org/harbour.png)

      <script>alert(6)</script> <!-- hostile comment --> <a href="javascript:alert(7)" onclick="alert(8)">raw</a>

      </textarea> `${7*7}` <#assign x=1> `[=7*7]` (Markdown would read the stars of 7*7 as emphasis)

      [r]: javascript:alert(9)
      """;

  /** Tags the articles write: none may become an element. (script, img and svg are checked on their own.) */
  private static final Set<String> INJECTED_TAGS = Set.of("b", "x-hostile", "iframe", "textarea", "style");
  private static final Set<String> URL_ATTRIBUTES =
      Set.of("href", "src", "action", "formaction", "srcset", "poster", "data", "cite", "background", "xlink:href");
  private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):");

  private static TestSite.Result built;

  @BeforeAll
  static void build() {
    built = TestSite.of(SITE).build().assertExit(0);
  }

  @Test
  void noArticleTextBecomesAnElementAttributeScriptOrUnsafeUrl() throws IOException {
    Map<String, Path> pages = pages();
    assertTrue(pages.size() > 10, pages.keySet()::toString);
    for (var e : pages.entrySet()) {
      String page = e.getKey();
      Document doc = Jsoup.parse(Files.readString(e.getValue(), StandardCharsets.UTF_8));
      for (Element el : doc.getAllElements()) {
        String where = page + ": <" + el.normalName() + "> " + el.attributes();
        assertFalse(INJECTED_TAGS.contains(el.normalName()), where);
        for (Attribute a : el.attributes()) {
          assertFalse(a.getKey().toLowerCase(Locale.ROOT).startsWith("on"), "event handler: " + where);
          if (URL_ATTRIBUTES.contains(a.getKey().toLowerCase(Locale.ROOT))) assertSafeUrl(el, a.getValue(), where);
        }
        if (el.normalName().equals("script")) assertOurScript(el, where);
        if (el.normalName().equals("img")) {
          assertEquals("https://example.org/harbour.png", el.attr("src"), "the only image is the safe one: " + where);
        }
      }
      NodeTraversor.traverse((node, depth) -> {
        if (node instanceof Comment c) assertFalse(c.getData().contains("hostile"), page + ": comment from text");
      }, doc);
    }
  }

  @Test
  void showsTheHostileTextLiterallyAndNeverEvaluatesTemplateSyntax() throws IOException {
    Document plain = article("plain.txt");
    String body = plain.select("div.body").text();
    for (String literal : List.of("<script>alert('plain')</script>", "<img src=x onerror=alert(1)>", "</textarea>",
        "<!-- hostile comment -->", "javascript:alert(document.cookie)", "${7*7}", "<#assign x=1>${x}", "[=7*7]",
        "onclick=\"alert(4)\"", "<svg onload=alert(6)>")) {
      assertTrue(body.contains(literal), () -> "shows " + literal + " as text: " + body);
    }
    assertEquals("Hostile \"quotes\" & <b>bold</b> <x-hostile>tags</x-hostile> in O'Brien's headline",
        plain.selectFirst("h1").text());
    assertTrue(plain.select("h2").eachText().contains("Harbour <b>Works</b> <iframe src=javascript:alert(2)> Update"),
        plain.select("h2").eachText()::toString);

    Document front = article("front.md");
    assertEquals("Markdown \"quotes\" & O'Brien's <script>alert('title')</script> ${7*7}", front.selectFirst("h1").text());
    String frontBody = front.select("div.body").text();
    assertTrue(frontBody.contains("<script>alert(6)</script> <!-- hostile comment -->"), frontBody);
    assertTrue(frontBody.contains("</textarea> ${7*7} <#assign x=1> [=7*7]"), frontBody);
    assertTrue(frontBody.contains("A plain link, a data link, a vbscript one and an image x and y."), frontBody);
    assertTrue(front.text().contains("${7*7} Jones"), "a person's name, as written");

    for (Document d : List.of(plain, front, article("undated-lead.txt"))) {
      String text = d.select("div.body").text() + " " + d.selectFirst("h1").text();
      assertFalse(text.contains("49"), () -> "${7*7} was evaluated: " + text);
    }
  }

  @Test
  void keepsEachArticleTextIntactInTheJsonLd() throws IOException {
    JsonNode ld = new ObjectMapper().readTree(article("front.md").selectFirst("script[type=application/ld+json]").data());
    assertEquals("Markdown \"quotes\" & O'Brien's <script>alert('title')</script> ${7*7}", ld.path("headline").asText());
  }

  @Test
  void reportsEveryRemovedLinkAndPassesTheSiteCheck() throws IOException {
    long removed = built.err().lines().filter(l -> l.startsWith("front.md:") && l.contains("[unsafe-link]")).count();
    assertEquals(7, removed, built.err());
    assertEquals(List.of(), SiteChecker.check(built.site()));
  }

  // ---------------------------------------------------------------------------------------------

  private static void assertSafeUrl(Element el, String url, String where) {
    Matcher m = SCHEME.matcher(url.strip());
    if (!m.lookingAt()) return;
    String scheme = m.group(1).toLowerCase(Locale.ROOT);
    if (scheme.equals("data")) {
      // the layout's own inline icon, the one data: URL a page may hold
      assertTrue(el.normalName().equals("link") && el.attr("rel").equals("icon") && url.startsWith("data:image/svg+xml,"),
          "data: URL: " + where);
      return;
    }
    assertTrue(Set.of("http", "https", "mailto").contains(scheme), "URL scheme " + scheme + ": " + where);
  }

  /** JSON-LD, whose text parses as JSON and cannot close its element; or our search script. */
  private static void assertOurScript(Element el, String where) {
    if (el.attr("type").equals("application/ld+json")) {
      assertFalse(el.data().contains("</"), where);
      try {
        new ObjectMapper().readTree(el.data());
      } catch (IOException e) {
        throw new AssertionError("JSON-LD that is not JSON: " + where, e);
      }
      return;
    }
    assertTrue(el.attr("src").endsWith("assets/search.js") && el.data().isEmpty(), "unknown script: " + where);
  }

  private static Map<String, Path> pages() {
    var out = new java.util.TreeMap<String, Path>();
    TestSite.files(built.site()).forEach((rel, p) -> {
      if (rel.endsWith(".html")) out.put(rel, p);
    });
    return out;
  }

  /** The page of the article read from {@code source}, found through data/records.json. */
  private static Document article(String source) throws IOException {
    JsonNode records = new ObjectMapper().readTree(built.read("public/data/records.json")).path("records");
    var urls = new ArrayList<String>();
    for (JsonNode r : records) {
      if (r.path("source").asText().equals(source)) urls.add(r.path("url").asText());
    }
    assertEquals(1, urls.size(), () -> source + " is published once");
    return Jsoup.parse(built.read("public/" + urls.get(0) + "index.html"));
  }
}
