package org.clippings.ingest;

import static org.clippings.ingest.Articles.article;
import static org.clippings.ingest.Articles.kinds;
import static org.clippings.ingest.Articles.problem;
import static org.clippings.ingest.Articles.read;
import static org.clippings.ingest.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Plain-text bodies: junk lines, section headings against paragraphs, wrapped lines, headlines. */
class PlainTextReaderTest {

  private static final String FIRST = "The harbour board met on Tuesday to discuss next year's budget.";
  private static final String SECOND = "Members voted seven to two in favour of the plan.";

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"Advertisement", "Advertisment", "ADVERTISEMENT", "advertisement", "  Advertisment  ",
      "Advertisement - Scroll to continue", "ADVERTISEMENT - SCROLL TO CONTINUE", "Advertisement \u2014 Scroll to continue",
      "Story continues below advertisement", "Skip Advertisement", "Advertisements"})
  void dropsAdvertisementLinesInEveryCommonSpelling(String junk) {
    Article a = article("a.txt", "date 2024-03-11\n\n" + FIRST + "\n\n" + junk + "\n\n" + SECOND + "\n");

    assertEquals(List.of(FIRST, SECOND), texts(a));
    assertEquals(1, a.boilerplateRemoved());
  }

  @Test
  void dropsAdvertisementLineInsideAParagraphRun() {
    Article a = article("a.txt", "date 2024-03-11\n\n" + FIRST + "\nAdvertisment\n" + SECOND + "\n");

    assertFalse(texts(a).stream().anyMatch(t -> t.contains("Advertisment")), texts(a).toString());
    assertEquals(1, a.boilerplateRemoved());
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"The paper's advertisement revenue fell by a third last year.",
      "Advertisement sales at the paper fell by a third.",
      "Advertisement is how the paper pays its reporters.",
      "The board banned advertisement hoardings near the harbour."})
  void keepsSentencesThatMentionAdvertisement(String sentence) {
    // "Advertisement" alone is junk; in a sentence it is content
    Article a = article("a.txt", "date 2024-03-11\n\n" + FIRST + "\n\n" + sentence + " It was the end.\n");

    assertEquals(List.of(FIRST, sentence + " It was the end."), texts(a));
    assertEquals(0, a.boilerplateRemoved());
  }

  @Test
  void readsShortLineBetweenBlankLinesAsSectionHeading() {
    Article a = article("a.txt", "date 2024-03-11\n\n" + FIRST + "\n\nBudget Details Emerge\n\n" + SECOND + "\n");

    Block h = a.blocks().get(1);
    assertEquals(BlockKind.HEADING, h.kind());
    assertEquals(2, h.level());
    assertEquals("Budget Details Emerge", h.text());
    assertEquals("budget-details-emerge", h.anchor());
    assertEquals(5, h.line());
    assertEquals(BlockKind.PARAGRAPH, a.blocks().get(2).kind());
  }

  @Test
  void readsHeadingFollowedByJunkLineAsHeading() {
    // the seed's "Strategic Implications and Regional Dynamics" is followed by "Advertisment"
    Article a = article("a.txt", "date 2024-03-11\n\n" + FIRST + "\n\nStrategic Implications\n\nAdvertisment\n\n"
        + SECOND + "\n");

    assertEquals(List.of(BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH),
        a.blocks().stream().map(Block::kind).toList());
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"The vote was close.", "Was it worth it?", "the vote went ahead", "By Jane Smith",
      "\"We will build it\"", "This line has far too many words to be a section heading of any article at all"})
  void readsShortLinesThatAreNotHeadingsAsParagraphs(String line) {
    Article a = article("a.txt", "date 2024-03-11\n\n" + FIRST + "\n\n" + line + "\n\n" + SECOND + "\n");

    assertEquals(BlockKind.PARAGRAPH, a.blocks().get(1).kind(), line);
    assertEquals(line, a.blocks().get(1).text());
  }

  @Test
  void readsShortLastLineAsParagraphBecauseItIntroducesNothing() {
    Article a = article("a.txt", "date 2024-03-11\n\n" + FIRST + "\n\nReporting by Jane Smith\n");

    assertEquals(List.of(BlockKind.PARAGRAPH, BlockKind.PARAGRAPH), a.blocks().stream().map(Block::kind).toList());
  }

  @Test
  void givesRepeatedHeadingsDistinctAnchors() {
    Article a = article("a.txt", "date 2024-03-11\n\n" + FIRST + "\n\nReaction\n\n" + SECOND + "\n\nReaction\n\n"
        + FIRST + "\n");

    assertEquals(List.of("reaction", "reaction-1"),
        a.blocks().stream().filter(Block::isHeading).map(Block::anchor).toList());
  }

  @Test
  void joinsHardWrappedLinesIntoOneParagraph() {
    Article a = article("a.txt", "date 2024-03-11\n\nThe harbour board met on Tuesday\nto discuss the budget\n"
        + "for next year.\n\n" + SECOND + "\n");

    assertEquals(List.of("The harbour board met on Tuesday to discuss the budget for next year.", SECOND), texts(a));
    assertEquals(3, a.blocks().get(0).line());
  }

  @Test
  void keepsLongLinesWithoutBlankLinesBetweenThemAsSeparateParagraphs() {
    String one = "The harbour board met on Tuesday to discuss next year's budget, which has grown by a third since 2020.";
    String two = "Members voted seven to two in favour of the plan after a debate that lasted for most of the afternoon.";
    assertTrue(one.length() > 100 && two.length() > 100);

    Article a = article("a.txt", "date 2024-03-11\n\n" + one + "\n" + two + "\n");

    assertEquals(List.of(one, two), texts(a));
  }

  @Test
  void normalisesTabsAndTrailingSpaces() {
    Article a = article("a.txt", "date 2024-03-11   \n\nThe\tharbour board met   \t\non Tuesday.\u00A0 \n");

    assertEquals(List.of("The harbour board met on Tuesday."), texts(a));
  }

  @Test
  void takesShortFirstLineStandingAloneAsHeadline() {
    Article a = article("a.txt", "Harbour Budget Approved After Long Debate\n\n" + FIRST + "\n");

    assertEquals("Harbour Budget Approved After Long Debate", a.title());
    assertEquals(TitleSource.HEADLINE, a.titleSource());
    assertEquals(List.of(FIRST), texts(a), "the headline is not repeated in the body");
  }

  @Test
  void doesNotTakeFirstParagraphAsHeadline() {
    Article a = article("a.txt", FIRST + "\n\n" + SECOND + "\n");

    assertEquals("", a.title());
    assertEquals(TitleSource.NONE, a.titleSource());
    assertEquals(List.of(FIRST, SECOND), texts(a));
  }

  @Test
  void keepsHeadlineOnlyFileAndWarnsThatItHasNoText() {
    var o = read("a.txt", "date 2024-03-11 Council approves harbour budget\n");

    assertEquals("Council approves harbour budget", article(o).title());
    assertEquals(List.of("no-body"), kinds(o));
  }

  @Test
  void skipsFileHoldingOnlyBoilerplate() {
    var o = read("a.txt", "Advertisement\n\nAdvertisment\n");

    assertTrue(o.article().isEmpty());
    assertTrue(problem(o, "empty").message().contains("boilerplate"));
  }

  @Test
  void givesArticleAnIdFromItsPathSoEditsKeepIt() {
    Article before = article("2024/harbour.txt", FIRST);
    Article after = article("2024/harbour.txt", SECOND);
    Article other = article("2024/other.txt", FIRST);

    assertEquals(before.id(), after.id());
    assertFalse(before.id().equals(other.id()));
    assertFalse(before.contentHash().equals(after.contentHash()));
  }
}
