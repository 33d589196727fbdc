package org.clippings.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8WriterTest {

  /** Characters from every UTF-8 length, plus both surrogate halves alone and in pairs. */
  private static final String ALPHABET = "a<&\u00e9\u00b7\u2192\u201c\ud83d\ude00\ud83d\ude00xyz";

  @Test
  void encodesExactlyAsStringGetBytesWhateverTheSplit() {
    var random = new Random(42);
    for (int round = 0; round < 2_000; round++) {
      var text = new StringBuilder();
      int length = random.nextInt(80);
      for (int i = 0; i < length; i++) {
        // mostly ASCII runs, with lone surrogates now and then
        int pick = random.nextInt(ALPHABET.length() + 2);
        text.append(pick < ALPHABET.length() ? ALPHABET.charAt(pick) : pick == ALPHABET.length() ? '\ud800' : '\udc00');
      }
      String s = text.toString();
      var w = new Utf8Writer();
      int at = 0;
      while (at < s.length()) {
        int piece = 1 + random.nextInt(Math.min(12, s.length() - at));
        switch (random.nextInt(4)) {
          case 0 -> w.write(s.substring(at, at + piece));
          case 1 -> w.write(s, at, piece);
          case 2 -> w.write(s.toCharArray(), at, piece);
          default -> {
            for (int i = at; i < at + piece; i++) w.write(s.charAt(i));
          }
        }
        at += piece;
      }
      assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), w.bytes(), () -> "for " + s.chars()
          .mapToObj(c -> Integer.toHexString(c)).toList());
    }
  }

  /**
   * Text escaped by {@link Utf8HtmlFormat} (into the writer) reads exactly as FreeMarker's own HTML
   * escaping of it, encoded: in pieces, between plain writes, with surrogates split over pieces.
   */
  @Test
  void escapesExactlyAsFreeMarkersHtmlFormat() throws Exception {
    String alphabet = ALPHABET + "<>&\"'";
    var random = new Random(7);
    for (int round = 0; round < 2_000; round++) {
      var w = new Utf8Writer();
      var expected = new java.io.StringWriter();
      int pieces = random.nextInt(6);
      for (int p = 0; p < pieces; p++) {
        var text = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
          int pick = random.nextInt(alphabet.length() + 2);
          char lone = pick == alphabet.length() ? '\ud83d' : '\udc00';
          text.append(pick < alphabet.length() ? alphabet.charAt(pick) : lone);
        }
        String s = text.toString();
        if (random.nextBoolean()) {
          Utf8HtmlFormat.INSTANCE.output(s, w);
          freemarker.core.HTMLOutputFormat.INSTANCE.output(s, expected);
        } else {
          w.write(s);
          expected.write(s);
        }
      }
      String e = expected.toString();
      assertArrayEquals(e.getBytes(StandardCharsets.UTF_8), w.bytes(), () -> "for " + e);
    }
  }

  @Test
  void escapesALongTextPastItsFirstBuffer() throws Exception {
    String page = "<p title=\"caf\u00e9\">O'Neil & co \u2192 </p>".repeat(10_000);
    var w = new Utf8Writer();
    Utf8HtmlFormat.INSTANCE.output(page, w);
    var expected = new java.io.StringWriter();
    freemarker.core.HTMLOutputFormat.INSTANCE.output(page, expected);
    assertArrayEquals(expected.toString().getBytes(StandardCharsets.UTF_8), w.bytes());
  }

  @Test
  void growsPastItsFirstBuffer() {
    String page = "<p>caf\u00e9 \u2192 ".repeat(20_000);
    var w = new Utf8Writer();
    w.write(page);
    assertArrayEquals(page.getBytes(StandardCharsets.UTF_8), w.bytes());
  }
}
