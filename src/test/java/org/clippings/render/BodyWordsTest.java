package org.clippings.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.clippings.extract.Stems;
import org.junit.jupiter.api.Test;

/** {@link BodyWords} reads the words {@link Stems#words} reads, with the stems the index gives them. */
class BodyWordsTest {

  /** Letters of several scripts and cases, digits, apostrophes, hyphens, a surrogate pair, spaces and marks. */
  private static final String ALPHABET = "aeiouAEIOUstrnlKZéÉßİıΣσς日本123 '\u2019--.,\n\ud83d\ude00";

  @Test
  void readsTheWordsStemsReadsWhateverTheText() {
    var random = new Random(20261208);
    var scanner = new BodyWords();
    for (int round = 0; round < 5_000; round++) {
      var text = new StringBuilder();
      int length = random.nextInt(200);
      for (int i = 0; i < length; i++) text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      // now and then a word longer than the scanner's first buffer
      if (random.nextInt(20) == 0) text.append(" ").append("x".repeat(100 + random.nextInt(50))).append(" ");
      String s = text.toString();
      assertSameWords(s, scanner);
    }
  }

  @Test
  void keepsReadingRightPastTableGrowth() {
    var scanner = new BodyWords();
    var text = new StringBuilder();
    // far more distinct words than the table's first size, some repeated
    for (int i = 0; i < 60_000; i++) {
      text.append("w").append(Integer.toString(i % 40_000, 36)).append("'s x-").append(i).append(' ');
    }
    assertSameWords(text.toString(), scanner);
    assertSameWords("Negotiations negotiated the NEGOTIATION of it, and said so.", scanner);
  }

  private static void assertSameWords(String text, BodyWords scanner) {
    var texts = new ArrayList<String>();
    var stems = new ArrayList<String>();
    scanner.forEach(text, w -> {
      texts.add(w.text());
      stems.add(w.stem());
    });
    List<String> expected = Stems.words(text);
    assertEquals(expected, texts, () -> "words of " + text);
    var expectedStems = new ArrayList<String>();
    for (String w : expected) expectedStems.add(w.length() < 2 || Stems.isStopword(w) ? null : Stems.stem(w));
    assertEquals(expectedStems, stems, () -> "stems of " + text);
  }
}
