package org.clippings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The reader takes any bytes a folder can hold: it never throws, and what it keeps is clean text. */
class ArticleReaderPropertiesTest {

  @Property(tries = 300)
  void neverThrowsOnArbitraryBytes(@ForAll byte[] bytes, @ForAll("names") String name) {
    var o = Articles.read(name, bytes);

    o.article().ifPresent(ArticleReaderPropertiesTest::assertClean);
  }

  @Property(tries = 500)
  void keepsOnlyCleanBlocksOfArbitraryText(@ForAll("scraped") String text, @ForAll("names") String name) {
    var o = Articles.read(name, text.getBytes(StandardCharsets.UTF_8));

    o.article().ifPresent(ArticleReaderPropertiesTest::assertClean);
    assertEquals(o.article().isEmpty(), o.problems().stream().anyMatch(p -> p.kind().equals("empty")
        || p.kind().equals("binary")), "an article is skipped exactly when a problem says so: " + o.problems());
  }

  private static void assertClean(Article a) {
    for (Block b : a.blocks()) {
      assertFalse(b.text().isBlank(), "no blank blocks");
      assertEquals(b.text().strip(), b.text(), "no surrounding spaces");
      assertFalse(b.text().chars().anyMatch(c -> c < 0x20 || (c >= 0x7F && c < 0xA0)), "no control characters");
      assertFalse(b.text().contains("\uFEFF"), "no byte-order marks");
    }
    assertEquals(a.title().strip(), a.title());
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.of("a.txt", "a.md");
  }

  /** Text shaped like scraped articles: headers, headings, junk lines, front matter fences, odd spacing. */
  @Provide
  Arbitrary<String> scraped() {
    Arbitrary<String> line = Arbitraries.oneOf(
        Arbitraries.of("date 2024-03-11", " date 2024-02-30 The board met.", "Date: 2024-03-11", "Published: March 11, 2024",
            "11 March 2024", "2024-03-11T10:15:00Z", "Friday, August 21, 2015", "Advertisment", "ADVERTISEMENT",
            "Budget Details", "---", "title: x", "draft: true", "# Heading", "<script>x</script>", "", "", "",
            "\t", "  ", "By Jane Smith", "\"Quote,\" she said.", "The harbour board met on 11 March 2024."),
        Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(120),
        Arbitraries.strings().all().ofMaxLength(40));
    Arbitrary<String> end = Arbitraries.of("\n", "\r\n", "\r");
    return line.list().ofMaxSize(25).flatMap(ls -> end.map(e -> String.join(e, ls)));
  }
}
