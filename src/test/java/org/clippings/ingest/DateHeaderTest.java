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

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.clippings.config.Ingest;
import org.clippings.diag.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Date headers and datelines in plain-text articles: every form scrapers write, and what goes wrong with them. */
class DateHeaderTest {

  private static final String LEAD = "The harbour board met on Tuesday to discuss next year's budget for the port.";

  /** Each header form, alone on its line, with no indent and with the indents scraped text has. */
  static Stream<Arguments> headersAlone() {
    var headers = List.of("date 2024-03-11", "Date: 2024-03-11", "Published: March 11, 2024", "11 March 2024",
        "2024-03-11T10:15:00Z", "Monday, March 11, 2024", "Posted on 11th March 2024");
    var indents = List.of("", "   ", "\t", " \t  ");
    return headers.stream().flatMap(h -> indents.stream().map(i -> Arguments.of(h, i)));
  }

  @ParameterizedTest(name = "[{1}]{0}")
  @MethodSource("headersAlone")
  void readsDateHeaderAloneOnFirstLineWithOrWithoutLeadingSpaces(String header, String indent) {
    var o = read("a.txt", indent + header + "\n\n" + LEAD + "\n");
    Article a = article(o);

    assertDate(a, MARCH_11, DateSource.HEADER);
    assertEquals(List.of(LEAD), texts(a), "the header is not part of the body");
    assertEquals(3, a.blocks().get(0).line());
    assertEquals(TitleSource.NONE, a.titleSource());
    assertEquals(List.of(), o.problems());
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"", " ", "    ", "\t"})
  void readsInlineDateHeaderFollowedByFirstParagraph(String indent) {
    String lead = "In a surprise vote, the harbour board approved a new budget for the port on Monday.";
    Article a = article("a.txt", indent + "date 2024-03-11 " + lead + "\n\nThe vote was seven to two.\n");

    assertDate(a, MARCH_11, DateSource.HEADER);
    assertEquals(List.of(lead, "The vote was seven to two."), texts(a));
    assertEquals(1, a.blocks().get(0).line());
    assertFalse(texts(a).stream().anyMatch(t -> t.contains("2024")), "no header text left in the body");
  }

  @Test
  void readsIsoDateTimeAsTheDayWrittenNotConvertedToUtc() {
    Article a = article("a.txt", "2024-03-11T23:30:00+02:00\n\n" + LEAD);

    assertDate(a, MARCH_11, DateSource.HEADER);
  }

  @Test
  void takesHeadlineOnSameLineAsDateHeader() {
    var o = read("a.txt", "date 2016-04-28 Council approves harbour budget\n\n"
        + "The council voted seven to two on Thursday to approve the harbour budget.\n");
    Article a = article(o);

    assertEquals("Council approves harbour budget", a.title());
    assertEquals(TitleSource.HEADLINE, a.titleSource());
    assertDate(a, LocalDate.of(2016, 4, 28), DateSource.HEADER);
    assertEquals(List.of("The council voted seven to two on Thursday to approve the harbour budget."), texts(a));
    assertEquals(List.of(), o.problems());
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"\n", "\n\n", "\n  "})
  void takesHeadlineThenDatelineOnTheNextLine(String between) {
    Article a = article("a.txt", "Council approves harbour budget" + between + "Friday, August 21, 2015\n\n"
        + "The council voted on Thursday to approve the budget.\n");

    assertEquals("Council approves harbour budget", a.title());
    assertDate(a, LocalDate.of(2015, 8, 21), DateSource.HEADER);
    assertEquals(List.of("The council voted on Thursday to approve the budget."), texts(a));
  }

  @Test
  void treatsImpossibleDateAsUndatedAndWarnsWithLineNumber() {
    var o = read("a.txt", "\n\ndate 2024-02-30 The council met on Monday.\n\nIt approved the budget.\n");
    Article a = article(o);

    assertFalse(a.date().isKnown());
    assertEquals(DateSource.NONE, a.date().source(), "an impossible header must not fall back to another date");
    Problem p = problem(o, "bad-date");
    assertEquals("a.txt", p.at().file());
    assertEquals(3, p.at().line());
    assertTrue(p.message().contains("2024-02-30"), p.message());
    assertEquals(List.of("The council met on Monday.", "It approved the budget."), texts(a), "the text is kept");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"date 2023-02-29", "Date: 2024-13-01", "Published: February 30, 2024", "31 April 2024"})
  void warnsAboutEveryKindOfImpossibleDate(String header) {
    var o = read("a.txt", header + "\n\n" + LEAD);

    assertFalse(article(o).date().isKnown());
    assertEquals(1, problem(o, "bad-date").at().line());
  }

  static Stream<Arguments> secondHeaders() {
    return Stream.of(
        Arguments.of("date 2024-03-11\ndate 2024-03-12\n\n", 2),
        Arguments.of("Date: 2024-03-11\nDate: 2024-03-12\n\n", 2),
        Arguments.of("date 2024-03-11\n\nPublished: March 12, 2024\n\n", 3),
        Arguments.of("date 2024-03-11 Council approves harbour budget\n\nDate: 2024-03-12\n\n", 3));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("secondHeaders")
  void warnsAboutSecondDateHeaderAndKeepsTheFirst(String headers, int secondLine) {
    var o = read("a.txt", headers + LEAD + "\n");
    Article a = article(o);

    assertDate(a, MARCH_11, DateSource.HEADER);
    assertEquals(secondLine, problem(o, "duplicate-date").at().line());
    assertEquals(List.of(LEAD), texts(a), "neither header is body text");
    assertFalse(a.title().contains("2024"), "a date header is never a headline: " + a.title());
  }

  @Test
  void takesDateFromLeadParagraphWhenThereIsNoHeader() {
    String lead = "The harbour board met on 11 March 2024 to approve the budget for the port.";
    var o = read("a.txt", lead + "\n\nThe vote was close.\n");
    Article a = article(o);

    assertDate(a, MARCH_11, DateSource.TEXT);
    assertEquals(lead, texts(a).get(0), "the date stays in the text");
    assertEquals(List.of(), kinds(o));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"11 March 2024 was the day the harbour board finally approved the budget.",
      "March 11, 2024 marked the end of a long fight over the harbour budget."})
  void readsSentenceStartingWithDateAsProseNotHeader(String lead) {
    Article a = article("a.txt", lead + "\n\nThe vote was close.\n");

    assertEquals(lead, texts(a).get(0), "the sentence keeps its subject");
    assertDate(a, MARCH_11, DateSource.TEXT);
  }

  @Test
  void looksForTextDatesOnlyInTheLeadParagraph() {
    Article a = article("a.txt", "The harbour board met to approve the budget.\n\nIt last met on 11 March 2024.\n");

    assertFalse(a.date().isKnown());
  }

  @Test
  void leavesArticleWithNoStatedDateUndated() {
    var o = read("a.txt", "The harbour board met to approve the budget.\n\nThe vote was close.\n");

    assertEquals(ArticleDate.NONE, article(o).date());
    assertEquals(List.of(), kinds(o), "undated is reported by the index, once, not by the reader");
  }

  @Test
  void keepsFutureDateButWarnsAboutIt() {
    var o = read("a.txt", "date 2030-06-01\n\n" + LEAD);

    assertDate(article(o), LocalDate.of(2030, 6, 1), DateSource.HEADER);
    Problem p = problem(o, "future-date");
    assertTrue(p.message().contains("2030-06-01"), p.message());
  }

  @Test
  void configOverrideWinsOverTheHeader() {
    var ingest = new Ingest(null, null, Map.of("a.txt", new Ingest.Override("Harbour budget", "2020-05-01")));
    var o = new ArticleReader(ingest, Articles.TODAY).read("a.txt",
        ("date 2024-03-11\n\n" + LEAD).getBytes(StandardCharsets.UTF_8));
    Article a = article(o);

    assertDate(a, LocalDate.of(2020, 5, 1), DateSource.CONFIG);
    assertEquals("Harbour budget", a.title());
    assertEquals(TitleSource.CONFIG, a.titleSource());
  }
}
