package org.clippings.extract;

import static org.clippings.extract.HeadlineRules.assertHeadline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;
import org.clippings.TestSite;
import org.clippings.config.Ingest;
import org.clippings.ingest.Article;
import org.clippings.ingest.ArticleReader;
import org.clippings.ingest.Block;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Headlines derived from lead sentences: the rules every one must follow, and what a few must be exactly. */
class HeadlinesTest {

  /**
   * A lead sentence of one shape; {@code mustStart} is how the headline begins (case-insensitive,
   * empty when any start will do) and {@code mustLose} text that must not survive into it.
   */
  record Lead(String shape, String text, String mustStart, String mustLose) {
    @Override
    public String toString() {
      return shape;
    }
  }

  static Stream<Lead> leads() {
    return Stream.of(
        new Lead("framing clause",
            "In a move that surprised analysts, the central bank of Chile raised its benchmark interest rate by half a"
                + " percentage point on Wednesday.",
            "The central bank of Chile raised", "In a move"),
        new Lead("appositive role after a name",
            "Maria Lopez, the mayor of Valparaiso, announced a citywide water rationing plan after the reservoir fell to"
                + " its lowest level in decades.",
            "Maria Lopez announced", "mayor of Valparaiso"),
        new Lead("role before a name, with commas",
            "The country's top diplomat, Foreign Minister Hans Berger, resigned on Monday amid a widening corruption"
                + " inquiry.",
            "", "Berger,"),
        new Lead("quote with attribution",
            "\"We will not negotiate with people who threaten our workers,\" the company's chief executive said on"
                + " Friday.",
            "We will not negotiate", "said"),
        new Lead("question",
            "Will the new tram line finally ease congestion in the city centre?",
            "Will", ""),
        new Lead("very long sentence that needs a cut",
            "Officials from the regional transport authority, the national rail operator, three private bus companies"
                + " and a coalition of cycling groups met for eleven hours on Thursday to hammer out a joint timetable"
                + " that they hope will cut average commuting times across the metropolitan area by a quarter before"
                + " the end of the decade.",
            "Officials from", "end of the decade"),
        new Lead("short sentence", "Fire destroyed Harbourtown's fish market on Sunday.", "Fire destroyed", ""),
        new Lead("Mr. and U.S. abbreviations",
            "Mr. Tanaka told U.S. officials that Japan would increase its defence budget next year.",
            "Tanaka told U.S. officials", "Mr."),
        new Lead("date-led clause",
            "On Tuesday, Estonia's parliament voted to extend its state of emergency by three months.",
            "Estonia's parliament voted", "On Tuesday"),
        new Lead("starts with a name",
            "Angela Ruiz won Sunday's Seville marathon in two hours and nine minutes, breaking the course record by"
                + " almost a minute.",
            "Angela Ruiz won", ""),
        new Lead("attribution as framing",
            "According to police, two men were arrested at Heathrow airport on suspicion of smuggling rare tortoises.",
            "Two men were arrested", "According"),
        new Lead("relative clause after the subject",
            "The company, which employs 4,000 people in the region, said it would close two factories and move"
                + " production to Poland by the end of next year.",
            "The company said", "which employs"),
        new Lead("stacked framing clauses",
            "Yesterday, in a statement posted on its website, the ministry confirmed that the talks would resume next"
                + " month.",
            "The ministry confirmed", "statement"),
        new Lead("place then appositive",
            "In Ulaanbaatar, the capital of Mongolia, officials from both countries signed a cultural exchange"
                + " agreement on Monday.",
            "Officials from both countries signed", "capital of Mongolia"),
        new Lead("subject then relative clause",
            "This meeting, which took place amid North Korea's longstanding isolation from much of the international"
                + " community, signals a possible intent by Pyongyang to broaden its diplomatic engagements.",
            "This meeting signals", "isolation"),
        new Lead("while clause",
            "While the rain has stopped, thousands of residents remain without power in the flooded districts of Porto"
                + " Alegre.",
            "Thousands of residents remain", "rain"),
        new Lead("parenthetical aside",
            "Ana Costa (pictured) won the mayoral election in Lisbon with 54 percent of the vote.",
            "Ana Costa won", "pictured"),
        new Lead("clause cut before a dangling verb",
            "The regional ministry of health said on Friday it would, if necessary, extend the ban on fishing in the"
                + " bay.",
            "The regional ministry of health said", "if necessary"),
        new Lead("number first", "Twelve people died when a bus plunged into a ravine in the Andes on Saturday,"
            + " officials said.", "Twelve people died", "officials said"),
        new Lead("several sentences", "The harbour reopened on Monday. Ships had waited for a week. Traders cheered.",
            "The harbour reopened", "Ships"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("leads")
  void derivesRealHeadlineFromEveryShapeOfLead(Lead lead) {
    String h = Headlines.derive(lead.text());

    assertHeadline(lead.text(), h);
    assertTrue(h.toLowerCase(Locale.ROOT).startsWith(lead.mustStart().toLowerCase(Locale.ROOT)),
        "[" + h + "] should start with [" + lead.mustStart() + "]");
    if (!lead.mustLose().isEmpty()) {
      assertFalse(h.contains(lead.mustLose()), "[" + h + "] should not contain [" + lead.mustLose() + "]");
    }
  }

  @Test
  void keepsShortSentenceWholeWithoutItsFullStop() {
    assertEquals("Fire destroyed Harbourtown's fish market on Sunday",
        Headlines.derive("Fire destroyed Harbourtown's fish market on Sunday."));
  }

  @Test
  void dropsDateLedClauseAndKeepsTheRest() {
    assertEquals("Estonia's parliament voted to extend its state of emergency by three months",
        Headlines.derive("On Tuesday, Estonia's parliament voted to extend its state of emergency by three months."));
  }

  @Test
  void takesTheQuoteOfAQuotedLead() {
    assertEquals("We will not negotiate with people who threaten our workers",
        Headlines.derive("\"We will not negotiate with people who threaten our workers,\" the company's chief"
            + " executive said on Friday."));
    assertEquals("It's a disaster",
        Headlines.derive("\u201CIt's a disaster,\u201D said farmer Tom Hughes, whose fields flooded again."));
  }

  @Test
  void dropsHonorificButKeepsAbbreviationsWhole() {
    assertEquals("Tanaka told U.S. officials that Japan would increase its defence budget next year",
        Headlines.derive("Mr. Tanaka told U.S. officials that Japan would increase its defence budget next year."));
  }

  @Test
  void keepsQuestionMarkOfAQuestion() {
    assertTrue(Headlines.derive("Will the new tram line finally ease congestion in the city centre?").endsWith("centre?"));
  }

  @Test
  void cutsLongLeadShorterThanTheLimit() {
    String lead = leads().filter(l -> l.shape().startsWith("very long")).findFirst().orElseThrow().text();

    assertTrue(lead.length() > 2 * Headlines.MAX);
    assertTrue(Headlines.derive(lead).length() <= Headlines.MAX);
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"", "   ", "\n"})
  void derivesNothingFromNoText(String lead) {
    assertEquals("", Headlines.derive(lead));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"000_99b8831b88121862.txt", "001_76e8e36c0461269e.txt"})
  void derivesRealHeadlineForEachSeedArticle(String seed) throws IOException {
    Path file = TestSite.repoRoot().resolve("articles").resolve(seed);
    Article a = new ArticleReader(Ingest.DEFAULT, LocalDate.of(2100, 1, 1)).read(seed, Files.readAllBytes(file))
        .article().orElseThrow();
    String lead = a.blocks().stream().filter(b -> !b.isHeading()).map(Block::text).findFirst().orElseThrow();

    String h = Headlines.derive(lead);

    assertHeadline(lead, h);
    assertFalse(h.startsWith("In a notable development"), h);
    assertFalse(h.contains("underscores"), "the framing clause is gone: " + h);
    assertTrue(h.contains("Pak Myong Ho"), "the headline names who did it: " + h);
    assertTrue(h.contains("Pak Myong Ho embarked"), "it is the main clause, with its verb: " + h);
    assertFalse(h.contains("Pak Myong Ho,"), "no appositive commas around the name: " + h);
  }
}
