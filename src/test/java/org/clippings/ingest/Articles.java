package org.clippings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.clippings.config.Ingest;
import org.clippings.diag.Problem;

/** Reads articles from strings and bytes the way a build does, for the ingest tests. */
final class Articles {

  /** "Today" for every ingest test, so no date in a fixture is ever in the future by accident. */
  static final LocalDate TODAY = LocalDate.of(2025, 1, 1);

  static final LocalDate MARCH_11 = LocalDate.of(2024, 3, 11);

  private static final ArticleReader READER = new ArticleReader(Ingest.DEFAULT, TODAY);

  private Articles() {}

  static ArticleReader.Outcome read(String name, String text) {
    return READER.read(name, text.getBytes(StandardCharsets.UTF_8));
  }

  static ArticleReader.Outcome read(String name, byte[] bytes) {
    return READER.read(name, bytes);
  }

  /** The article, which must have been read. */
  static Article article(String name, String text) {
    return article(read(name, text));
  }

  static Article article(ArticleReader.Outcome o) {
    assertTrue(o.article().isPresent(), () -> "expected an article; problems: " + o.problems());
    return o.article().get();
  }

  static List<String> texts(Article a) {
    return a.blocks().stream().map(Block::text).toList();
  }

  static List<String> kinds(ArticleReader.Outcome o) {
    return o.problems().stream().map(Problem::kind).toList();
  }

  /** The one problem of {@code kind}. */
  static Problem problem(ArticleReader.Outcome o, String kind) {
    List<Problem> found = o.problems().stream().filter(p -> p.kind().equals(kind)).toList();
    assertEquals(1, found.size(), () -> "expected one '" + kind + "' problem, got " + o.problems());
    return found.get(0);
  }

  static void assertDate(Article a, LocalDate day, DateSource source) {
    assertEquals(day, a.date().day().orElse(null), () -> "date of " + a.source());
    assertEquals(source, a.date().source(), () -> "date source of " + a.source());
  }
}
