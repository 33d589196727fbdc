package org.clippings.extract;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Lead sentences put together from the shapes news leads take (framing clause, subject with an
 * appositive or relative clause, verb, a tail of any length): every derived headline follows the rules.
 */
class HeadlinesPropertiesTest {

  @Property(tries = 2000)
  void everyDerivedHeadlineFollowsTheRules(@ForAll("leads") String lead) {
    HeadlineRules.assertHeadline(lead, Headlines.derive(lead));
  }

  @Provide
  Arbitrary<String> leads() {
    Arbitrary<String> framing = Arbitraries.of("", "In a move that surprised analysts, ", "On Tuesday, ",
        "According to police, ", "While the rain has stopped, ", "In Ulaanbaatar, the capital of Mongolia, ",
        "Yesterday, in a statement, ", "After months of delays, ");
    Arbitrary<String> subject = Arbitraries.of("the harbour board", "Hans Berger", "Mr. Tanaka", "U.S. officials",
        "the minister, Hans Berger,", "the company, which employs 4,000 people,", "Maria Lopez, the mayor of Lima,",
        "Pak Myong Ho, North Korea's Vice-Minister of Foreign Affairs,", "twelve people", "Ana Costa (pictured)");
    Arbitrary<String> verb = Arbitraries.of("approved", "said it would", "resigned over", "signed", "met",
        "warned that", "embarked on");
    Arbitrary<String> word = Arbitraries.of("a", "the", "of", "to", "and", "with", "in", "on", "for", "budget",
        "harbour", "plan", "port", "contract", "dredging", "Harbourtown", "next", "year,", "which", "would,",
        "if", "necessary,", "talks", "Mongolia", "by", "its", "rates", "percent", "vote", "officials", "said");
    Arbitrary<String> tail = word.list().ofMaxSize(45).map(ws -> String.join(" ", ws));
    Arbitrary<String> end = Arbitraries.of(".", "?", "", ".\" ", ". More text follows here.");
    return Combinators.combine(framing, subject, verb, tail, end).as((f, s, v, t, e) -> {
      String lead = f + s + " " + v + " " + t;
      lead = lead.strip().replaceAll(",$", "") + " harbour" + e;
      return Character.toUpperCase(lead.charAt(0)) + lead.substring(1);
    });
  }
}
