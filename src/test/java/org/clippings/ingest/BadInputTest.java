package org.clippings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.clippings.TestSite;
import org.clippings.diag.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The regression corpus in {@code src/test/resources/bad-input/}: one real file per odd input or
 * bug, with what the reader must make of it in {@code expected.tsv} (as jsoup runs its fuzz files).
 * Kept as files, not strings, so the bytes (BOMs, CRLF, Windows-1252, UTF-16, PNG) are exactly what a
 * folder would hold.
 */
class BadInputTest {

  static final Path CORPUS = TestSite.repoRoot().resolve("src/test/resources/bad-input");

  /** One row of expected.tsv; "-" means none. */
  record Expected(String file, boolean kept, String title, String date, String dateSource, List<String> problems,
      String firstBlock) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Expected> expected() throws IOException {
    return rows().values().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expected")
  void readsEachFileOfTheCorpusAsExpected(Expected e) throws IOException {
    byte[] bytes = Files.readAllBytes(CORPUS.resolve(e.file()));

    var o = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Articles.read(e.file(), bytes));

    assertEquals(e.problems(), o.problems().stream().map(Problem::kind).sorted().toList(), "problems: " + o.problems());
    assertEquals(e.kept(), o.article().isPresent(), "kept");
    if (o.article().isEmpty()) return;
    Article a = o.article().get();
    assertEquals(e.title(), a.title().isEmpty() ? "-" : a.title(), "title");
    assertEquals(e.date(), a.date().day().map(Object::toString).orElse("-"), "date");
    assertEquals(e.dateSource(), a.date().source().label(), "date source");
    assertEquals(e.firstBlock(), a.blocks().isEmpty() ? "-" : a.blocks().get(0).text(), "first block");
    Boilerplate junk = Boilerplate.withExtra(List.of());
    for (Block b : a.blocks()) assertFalse(junk.isJunk(b.text()), "no junk line left: " + b.text());
  }

  @Test
  void everyFileOfTheCorpusHasAnExpectation() throws IOException {
    try (Stream<Path> s = Files.list(CORPUS)) {
      List<String> files = s.filter(BadInputTest::isInput).map(p -> p.getFileName().toString()).sorted().toList();
      assertEquals(files, rows().keySet().stream().sorted().toList());
    }
  }

  @Test
  void buildsTheWholeCorpusAsOneSite() throws IOException {
    TestSite site = TestSite.of("-- site-config.yaml --\n");
    try (Stream<Path> s = Files.list(CORPUS)) {
      for (Path p : s.filter(BadInputTest::isInput).toList()) {
        site.writeBytes("articles/" + p.getFileName(), Files.readAllBytes(p));
      }
    }

    var r = site.build().assertExit(0);

    long kept = rows().values().stream().filter(Expected::kept).count();
    assertTrue(r.out().contains("Built " + kept + " article(s)"), r.out());
    assertEquals(kept, r.siteFiles().stream().filter(f -> f.startsWith("articles/") && f.endsWith("/index.html")).count());
  }

  /** Every file of the corpus but its two descriptions, expected.tsv and README.md. */
  static boolean isInput(Path p) {
    String name = p.getFileName().toString();
    return !name.equals("expected.tsv") && !name.equals("README.md");
  }

  static Map<String, Expected> rows() throws IOException {
    var out = new LinkedHashMap<String, Expected>();
    for (String line : Files.readAllLines(CORPUS.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] c = line.split("\t", -1);
      if (c.length != 7) throw new IllegalStateException("expected.tsv: 7 columns needed: " + line);
      List<String> problems = c[5].equals("-") ? List.of() : List.of(c[5].split(","));
      out.put(c[0], new Expected(c[0], c[1].equals("kept"), c[2], c[3], c[4], problems.stream().sorted().toList(),
          c[6]));
    }
    return out;
  }
}
