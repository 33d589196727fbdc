package org.clippings.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.clippings.config.Ingest;
import org.clippings.ingest.ArticleReader;
import org.clippings.ingest.Block;
import org.clippings.ingest.Boilerplate;

/**
 * The plain-text reader loses no text: for random paragraphs (hard-wrapped or not, any line ends,
 * tabs and no-break spaces, markup and template syntax as words, boilerplate lines between them),
 * the words of the article (headline and blocks) are the words of the file, in order, less the
 * boilerplate lines and the date header.
 */
class TextPreservationPropertiesTest {

  private static final ArticleReader READER = new ArticleReader(Ingest.DEFAULT, LocalDate.of(2025, 1, 1));
  private static final Boilerplate JUNK = Boilerplate.withExtra(List.of());

  @Property(tries = 500)
  void keepsEveryWordOfEveryParagraphInOrder(@ForAll("paragraphs") List<List<String>> paragraphs,
      @ForAll("lineEnds") String eol) {
    var text = new StringBuilder("date 2024-03-11").append(eol).append(eol);
    var expected = new ArrayList<String>();
    for (List<String> paragraph : paragraphs) {
      for (String line : paragraph) {
        text.append(line).append(eol);
        if (!JUNK.isJunk(line.replace('\t', ' ').replace('\u00A0', ' '))) expected.addAll(words(line));
      }
      text.append(eol);
    }

    var o = READER.read("a.txt", text.toString().getBytes(StandardCharsets.UTF_8));

    var actual = new ArrayList<String>();
    o.article().ifPresent(a -> {
      actual.addAll(words(a.title()));
      for (Block b : a.blocks()) actual.addAll(words(b.text()));
    });
    assertEquals(expected, actual, () -> "problems: " + o.problems() + "\ntext:\n" + text);
    assertTrue(o.article().isPresent() || expected.isEmpty(), "an article whenever there are words");
  }

  private static List<String> words(String s) {
    return List.of(s.strip().split("[\\s\\u00A0]+")).stream().filter(w -> !w.isEmpty()).toList();
  }

  @Provide
  Arbitrary<List<List<String>>> paragraphs() {
    Arbitrary<String> word = Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(12),
        Arbitraries.strings().withChars("àéîõüßøçÆŒДЖ東京").ofMinLength(1).ofMaxLength(6),
        Arbitraries.of("<script>alert(1)</script>", "</p>", "&amp;", "&", "\"quoted,\"", "O'Brien", "${7*7}",
            "<#assign", "x=1>", "\u2014", "\u2026", ",", ".", "!", "?", "(aside)", "[link](javascript:x)", "--",
            "said.", "Mr.", "U.S."));
    Arbitrary<String> space = Arbitraries.of(" ", " ", " ", "  ", "\t", "\u00A0");
    Arbitrary<String> line = Arbitraries.oneOf(
        word.list().ofMinSize(1).ofMaxSize(30).flatMap(ws -> space.list().ofSize(ws.size()).map(sp -> {
          var sb = new StringBuilder();
          for (int i = 0; i < ws.size(); i++) sb.append(i == 0 ? "" : sp.get(i)).append(ws.get(i));
          return sb + sp.get(0).repeat(sp.size() % 2); // some lines keep trailing space
        })),
        Arbitraries.of("Advertisement", "ADVERTISEMENT", "Read more", "Sponsored content", "Share this article",
            "Story continues below advertisement"));
    return line.list().ofMinSize(1).ofMaxSize(4).list().ofMinSize(1).ofMaxSize(8);
  }

  @Provide
  Arbitrary<String> lineEnds() {
    return Arbitraries.of("\n", "\r\n", "\r");
  }
}
