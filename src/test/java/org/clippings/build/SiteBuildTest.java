package org.clippings.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Locale;
import org.clippings.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Small inline sites built through the command line: what an article file becomes on its page. */
class SiteBuildTest {

  @Test
  void publishesHeadlineFromTheHeaderLineAsTheTitleAndNotInTheBody() throws IOException {
    var r = TestSite.of("""
        -- articles/a.txt --
        date 2016-04-28 Council approves harbour budget

        The council voted seven to two on Thursday.

        Advertisement

        Budget Details

        The budget grows by a third.
        """).build().assertExit(0);

    Document page = page(r, "public/articles/2016/04/28/council-approves-harbour-budget/index.html");
    assertEquals("Council approves harbour budget", page.select("article h1").text());
    assertNotNull(page.selectFirst("article time[datetime=2016-04-28]"));
    assertEquals("Budget Details", page.select("article h2#budget-details").text());
    String body = page.select("article .body").text();
    assertFalse(body.contains("Council approves harbour budget"), body);
    assertFalse(body.contains("Advertisement"), body);
    assertFalse(body.contains("2016"), body);
  }

  @Test
  void escapesMarkupWrittenInPlainText() throws IOException {
    var r = TestSite.of("""
        -- articles/a.txt --
        date 2024-03-11 Fish & chips <b>shop</b> reopens

        The owner said <script>alert("hi")</script> was not on the menu.
        """).build().assertExit(0);

    Document page = page(r, "public/articles/2024/03/11/fish-and-chips-b-shop-b-reopens/index.html");
    assertEquals("Fish & chips <b>shop</b> reopens", page.select("article h1").text());
    assertTrue(page.select("article b").isEmpty());
    assertSafe(page);
  }

  @Test
  void rendersMarkdownWithoutRawHtmlOrScriptLinks() throws IOException {
    var r = TestSite.of("""
        -- articles/a.md --
        ---
        title: Harbour notes
        date: 2024-03-11
        ---

        Hello <script>alert(1)</script> and [click](javascript:alert(1)) and <b onclick="x()">bold</b>.

        <iframe src="https://evil.example/"></iframe>

        [the board](https://example.org/board) met.
        """).build().assertExit(0);

    Document page = page(r, "public/articles/2024/03/11/harbour-notes/index.html");
    assertSafe(page);
    assertTrue(page.select("article iframe").isEmpty());
    assertTrue(page.select("article .body").text().contains("<script>alert(1)</script>"), "shown as text");
    assertEquals("https://example.org/board", page.select("article a:contains(the board)").attr("href"));
  }

  @Test
  void decodesWindows1252ArticleIntoUtf8Page() throws IOException {
    TestSite site = TestSite.of("-- articles/placeholder.txt --\ndate 2024-03-10\n\nPlaceholder text.\n");
    site.writeBytes("articles/a.txt", ("date 2024-03-11 Caf\u00E9 reopens\n\n\u201CWe\u2019re back,\u201D the owner"
        + " said.\n").getBytes(Charset.forName("windows-1252")));

    var r = site.build().assertExit(0);

    assertTrue(r.err().contains("a.txt: warning [encoding]"), r.err());
    Document page = page(r, "public/articles/2024/03/11/cafe-reopens/index.html");
    assertEquals("Caf\u00E9 reopens", page.select("article h1").text());
    assertTrue(page.select("article .body").text().contains("\u201CWe\u2019re back,\u201D the owner said."));
  }

  @Test
  void skipsBinaryAndEmptyFilesAndBuildsTheRest() throws IOException {
    TestSite site = TestSite.of("""
        -- articles/a.txt --
        date 2024-03-11

        The harbour board met.
        -- articles/empty.txt --
        -- articles/notes.docx --
        not an article
        """);
    site.writeBytes("articles/photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0});

    var r = site.build().assertExit(0);

    assertTrue(r.err().contains("photo.txt: warning [binary]"), r.err());
    assertTrue(r.err().contains("empty.txt: warning [empty]"), r.err());
    assertTrue(r.err().contains("notes.docx: warning [not-an-article]"), r.err());
    assertTrue(r.out().contains("Built 1 article(s)"), r.out());
  }

  @Test
  void listsUndatedArticleUnderUndatedAndSaysSo() throws IOException {
    var r = TestSite.of("""
        -- articles/a.txt --
        Harbour master retires

        The harbour master retired after forty years.
        """).build().assertExit(0);

    assertTrue(r.err().contains("a.txt: warning [undated]"), r.err());
    Document page = page(r, "public/articles/undated/harbour-master-retires/index.html");
    assertTrue(page.select("article time").isEmpty());
    assertTrue(page.select("article header").text().contains("Undated"));
    r.assertFile("public/archive/undated/index.html", "articles/undated/harbour-master-retires/index.html");
  }

  @Test
  void reportsImpossibleDateWithFileAndLineAndPublishesUndated() {
    var r = TestSite.of("""
        -- articles/a.txt --


        date 2024-02-30 Harbour master retires

        The harbour master retired after forty years.
        """).build().assertExit(0);

    assertTrue(r.err().contains("a.txt:3: warning [bad-date]"), r.err());
    r.assertExists("public/articles/undated/harbour-master-retires/index.html");
  }

  @Test
  void givesSecondArticleWithTheSameHeadlineAndDayItsOwnUrl() {
    var r = TestSite.of("""
        -- articles/a.txt --
        date 2024-03-11 Harbour reopens

        First report.
        -- articles/b.txt --
        date 2024-03-11 Harbour reopens

        Second report.
        """).build().assertExit(0);

    r.assertFile("public/articles/2024/03/11/harbour-reopens/index.html", "First report.");
    r.assertFile("public/articles/2024/03/11/harbour-reopens-2/index.html", "Second report.");
    assertTrue(r.err().contains("b.txt: warning [slug-collision]"), r.err());
  }

  /** No script but our JSON-LD, no event handler attributes, no script URLs. */
  private static void assertSafe(Document page) {
    for (Element s : page.select("script")) assertEquals("application/ld+json", s.attr("type"), s.outerHtml());
    for (Element el : page.getAllElements()) {
      for (Attribute a : el.attributes()) {
        assertFalse(a.getKey().toLowerCase(Locale.ROOT).startsWith("on"), "event handler: " + el);
        assertFalse(a.getValue().strip().toLowerCase(Locale.ROOT).startsWith("javascript:"), "script URL: " + el);
      }
    }
  }

  private static Document page(TestSite.Result r, String path) throws IOException {
    r.assertExists(path);
    return Jsoup.parse(r.path(path).toFile(), "UTF-8");
  }
}
