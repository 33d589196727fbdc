package org.clippings.ingest;

import static org.clippings.ingest.Articles.MARCH_11;
import static org.clippings.ingest.Articles.article;
import static org.clippings.ingest.Articles.assertDate;
import static org.clippings.ingest.Articles.kinds;
import static org.clippings.ingest.Articles.problem;
import static org.clippings.ingest.Articles.read;
import static org.clippings.ingest.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clippings.diag.Problem;
import org.junit.jupiter.api.Test;

/** Markdown articles: front matter (and everything wrong with it), headings, and HTML that must not get through. */
class MarkdownReaderTest {

  @Test
  void readsEveryFrontMatterField() {
    var o = read("a.md", """
        ---
        title: Harbour budget approved
        date: 2024-03-11
        summary: The board approved next year's budget.
        people: [Jane Smith, Tom Hughes]
        places:
          - Harbourtown
        organizations: [Harbour Board]
        topics:
          - budget
          - ports
        draft: false
        ---

        The harbour board met on Tuesday.
        """);
    Article a = article(o);

    assertEquals("Harbour budget approved", a.title());
    assertEquals(TitleSource.FRONT_MATTER, a.titleSource());
    assertDate(a, MARCH_11, DateSource.FRONT_MATTER);
    Metadata m = a.metadata();
    assertEquals("The board approved next year's budget.", m.summary());
    assertEquals(List.of("Jane Smith", "Tom Hughes"), m.people());
    assertEquals(List.of("Harbourtown"), m.places());
    assertEquals(List.of("Harbour Board"), m.organizations());
    assertEquals(List.of("budget", "ports"), m.topics());
    assertFalse(m.draft());
    assertEquals(Format.MARKDOWN, a.format());
    assertEquals(List.of("The harbour board met on Tuesday."), texts(a));
    assertEquals(15, a.blocks().get(0).line(), "body lines count the front matter");
    assertEquals(List.of(), o.problems());
  }

  @Test
  void readsDraftFlag() {
    assertTrue(article("a.md", "---\ntitle: Work in progress\ndraft: true\n---\n\nNot ready yet.\n").metadata().draft());
  }

  @Test
  void takesLeadingLevelOneHeadingAsHeadlineWithoutFrontMatter() {
    var o = read("a.md", "# Harbour budget approved\n\nThe board voted on Tuesday.\n\n## Reaction\n\nTraders were pleased.\n");
    Article a = article(o);

    assertEquals("Harbour budget approved", a.title());
    assertEquals(TitleSource.HEADLINE, a.titleSource());
    assertEquals(List.of("The board voted on Tuesday.", "Reaction", "Traders were pleased."), texts(a));
    Block h = a.blocks().get(1);
    assertEquals(BlockKind.HEADING, h.kind());
    assertEquals(2, h.level());
    assertEquals("reaction", h.anchor());
    assertEquals(List.of(), o.problems());
  }

  @Test
  void shiftsHeadingsSoTheHighestIsLevelTwo() {
    Article a = article("a.md", "Lead text.\n\n### First\n\nText.\n\n#### Second\n\nMore.\n");

    assertEquals(List.of(2, 3), a.blocks().stream().filter(Block::isHeading).map(Block::level).toList());
  }

  @Test
  void leavesTitleEmptyWhenMarkdownHasNone() {
    Article a = article("a.md", "The board voted on Tuesday.\n");

    assertEquals("", a.title());
    assertEquals(TitleSource.NONE, a.titleSource());
  }

  @Test
  void warnsAboutUnknownFrontMatterKeyNamingItsLineAndTheNearestKey() {
    var o = read("a.md", "---\ntitle: Harbour budget\nauthor: Jane Smith\ntitel: Typo\n---\n\nThe board voted.\n");
    Article a = article(o);

    List<Problem> fm = o.problems().stream().filter(p -> p.kind().equals("front-matter")).toList();
    assertEquals(2, fm.size(), fm.toString());
    Problem author = fm.get(0);
    assertEquals(3, author.at().line());
    assertTrue(author.message().contains("'author'"), author.message());
    assertTrue(author.fix().contains("title, date, summary"), "lists the valid keys: " + author.fix());
    Problem typo = fm.get(1);
    assertEquals(4, typo.at().line());
    assertTrue(typo.message().contains("'titel'"), typo.message());
    assertTrue(typo.fix().contains("'title'"), "suggests the nearest key: " + typo.fix());
    assertEquals("Harbour budget", a.title(), "the valid keys are still used");
  }

  @Test
  void warnsAboutValuesOfTheWrongTypeAndKeepsTheOtherKeys() {
    var o = read("a.md", "---\ntitle: [Harbour, budget]\ndate: 2024-03-11\ndraft: yes please\npeople: 5\n---\n\nText.\n");
    Article a = article(o);

    List<Problem> fm = o.problems().stream().filter(p -> p.kind().equals("front-matter")).toList();
    assertEquals(List.of(2, 4, 5), fm.stream().map(p -> p.at().line()).toList());
    assertTrue(fm.get(0).message().contains("'title'"));
    assertTrue(fm.get(1).message().contains("'draft'"));
    assertTrue(fm.get(2).message().contains("'people'"));
    assertEquals("", a.title());
    assertDate(a, MARCH_11, DateSource.FRONT_MATTER);
    assertFalse(a.metadata().draft(), "an unreadable draft flag does not hide the article");
  }

  @Test
  void warnsAboutUnclosedFrontMatterAndKeepsTheArticle() {
    var o = read("a.md", "---\ntitle: Harbour budget\n\nThe board voted on Tuesday.\n");
    Article a = article(o);

    Problem p = problem(o, "front-matter");
    assertEquals(1, p.at().line());
    assertTrue(p.message().contains("never closed"), p.message());
    assertTrue(texts(a).contains("The board voted on Tuesday."), texts(a).toString());
  }

  @Test
  void warnsAboutFrontMatterThatIsNotYaml() {
    var o = read("a.md", "---\ntitle: [unclosed\n---\n\nThe board voted on Tuesday.\n");

    assertTrue(problem(o, "front-matter").message().contains("not valid YAML"));
    assertEquals(List.of("The board voted on Tuesday."), texts(article(o)));
  }

  @Test
  void warnsAboutImpossibleFrontMatterDateAtItsLine() {
    var o = read("a.md", "---\ntitle: Harbour budget\ndate: 2024-02-30\n---\n\nText.\n");

    assertFalse(article(o).date().isKnown());
    assertEquals(3, problem(o, "bad-date").at().line());
  }

  @Test
  void escapesRawHtmlInTheBody() {
    Article a = article("a.md", "---\ntitle: T\n---\n\nHello <script>alert(1)</script> there.\n\n"
        + "<div onclick=\"steal()\">raw block</div>\n\n<img src=x onerror=alert(2)>\n");

    for (Block b : a.blocks()) {
      assertFalse(b.html().contains("<script") || b.html().contains("<div") || b.html().contains("<img"),
          "raw HTML must be escaped: " + b.html());
    }
    assertTrue(a.blocks().get(0).html().contains("&lt;script&gt;"), a.blocks().get(0).html());
  }

  @Test
  void sanitisesJavascriptLinksAndKeepsOrdinaryOnes() {
    Article a = article("a.md", "---\ntitle: T\n---\n\n[click](javascript:alert(1)) and [harbour](https://example.org/harbour)"
        + " and [also](JavaScript:alert(3)) and ![x](javascript:alert(2))\n");

    String html = a.blocks().get(0).html();
    assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("javascript:"), html);
    assertTrue(html.contains("href=\"https://example.org/harbour\""), html);
  }

  @Test
  void dropsBoilerplateParagraphsInMarkdownToo() {
    Article a = article("a.md", "The board voted.\n\nAdvertisement\n\nTraders were pleased.\n");

    assertEquals(List.of("The board voted.", "Traders were pleased."), texts(a));
    assertEquals(1, a.boilerplateRemoved());
  }

  @Test
  void readsMarkdownWithWindowsLineEnds() {
    var o = read("a.md", "---\r\ntitle: Harbour budget\r\ndate: 2024-03-11\r\n---\r\n\r\nThe board voted.\r\n");

    assertEquals("Harbour budget", article(o).title());
    assertDate(article(o), MARCH_11, DateSource.FRONT_MATTER);
    assertEquals(List.of(), kinds(o));
  }
}
