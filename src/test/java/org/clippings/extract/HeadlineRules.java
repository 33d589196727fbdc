package org.clippings.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What makes a derived headline a real headline (seeds/REFERENCE.md): short, capitalised, ending on a
 * whole word of the source that is not a dangling function word, and without trailing punctuation.
 */
public final class HeadlineRules {

  /** Words a headline must not end on: it would read as a sentence cut off. */
  static final Set<String> DANGLING = Set.of("a", "an", "the", "of", "to", "and", "or", "but", "with", "in", "on",
      "at", "for", "by", "from", "as", "that", "which", "who", "is", "was", "are", "were", "would", "will", "its",
      "their", "his", "her", "into", "than", "amid", "after", "before", "about", "has", "had", "have");

  private HeadlineRules() {}

  /** Fails unless {@code headline}, derived from {@code source}, follows every rule. */
  public static void assertHeadline(String source, String headline) {
    String why = "headline [" + headline + "] from [" + source + "]";
    assertFalse(headline.isBlank(), why + ": empty");
    assertTrue(headline.length() <= Headlines.MAX, why + ": longer than " + Headlines.MAX);
    assertTrue(headline.equals(headline.strip()), why + ": surrounding spaces");
    assertFalse(Character.isLowerCase(headline.codePointAt(0)), why + ": not capitalised");
    char last = headline.charAt(headline.length() - 1);
    assertTrue(",;:.-\u2013\u2014".indexOf(last) < 0, why + ": ends on '" + last + "'");
    String[] words = headline.split("\\s+");
    String lastWord = bare(words[words.length - 1]);
    assertFalse(lastWord.isEmpty(), why + ": ends on punctuation");
    assertFalse(DANGLING.contains(lastWord.toLowerCase(Locale.ROOT)), why + ": ends on dangling '" + lastWord + "'");
    Set<String> sourceWords = Arrays.stream(source.split("\\s+")).map(HeadlineRules::bare).collect(Collectors.toSet());
    assertTrue(sourceWords.contains(lastWord), why + ": last word '" + lastWord + "' is not a whole word of the source");
    assertFalse(headline.contains("  "), why + ": double space");
  }

  /** A word without the punctuation around it. */
  static String bare(String w) {
    return w.replaceAll("^[\"'\u201C\u2018(\\[]+|[\"'\u201D\u2019)\\],;:.!?]+$", "");
  }
}
