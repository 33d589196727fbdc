package org.clippings.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.clippings.TestSite;
import org.clippings.config.Ingest;
import org.clippings.ingest.ArticleReader;
import org.clippings.ingest.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole {@code src/test/resources/bad-input/} folder, plus the cases that cannot be committed
 * (huge files, links, permissions), built as one site through the command line: the build
 * completes, every readable article is published, and every problem is reported exactly once with
 * its file, its line where it has one, and a fix. The folder's README.md describes each case.
 */
class BadInputFolderTest {

  static final Path CORPUS = TestSite.repoRoot().resolve("src/test/resources/bad-input");

  /** {@code file[:line[:col]]: warning [kind] message; fix: what to do}, as the build prints problems. */
  private static final Pattern PROBLEM =
      Pattern.compile("(.+?)(?::(\\d+))?(?::(\\d+))?: (warning|error) \\[([a-z-]+)\\] (.+?)(?:; fix: (.+))?");

  /** Kinds found at a place in the file: they must name the line. */
  private static final Set<String> AT_A_LINE =
      Set.of("bad-date", "duplicate-date", "front-matter", "unsafe-link", "control-chars", "truncated");

  /** Problems the build adds to what the reader finds (expected.tsv lists the reader's). */
  private static final Set<String> BUILD_KINDS = Set.of("undated", "slug-collision");

  private static final String WORDS = "The harbour board met on Tuesday and approved a budget for dredging while "
      + "traders in the old town said Maria Costa of the Harbour Authority in Lisbon was pleased with the plan. ";

  /** What one input must give: published or not, and the kinds of problem the reader reports for it. */
  record Expected(boolean found, boolean kept, List<String> kinds) {}

  record Reported(String file, int line, String severity, String kind, String message, String fix) {}

  @Test
  void buildsEveryReadableArticleAndReportsEveryProblemOnce(@TempDir Path dir) throws IOException {
    TestSite site = TestSite.in(dir, "-- site-config.yaml --\n");
    Path articles = dir.resolve("articles");
    var expected = new TreeMap<String, Expected>(committedCases(articles));
    expected.putAll(runtimeCases(articles));

    long start = System.nanoTime();
    TestSite.Result r = site.build("--verbose");
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println("bad-input folder (" + expected.size() + " inputs) built in " + millis + " ms:" + r.out());
    r.assertExit(0);

    List<Reported> reported = parse(r.err());
    assertEquals(reported.size(), new HashSet<>(reported).size(), "no problem is reported twice:\n" + r.err());
    Map<String, List<Reported>> byFile = new TreeMap<>();
    for (Reported p : reported) {
      assertTrue(expected.containsKey(p.file()), () -> "a problem names a file of the folder: " + p);
      assertFalse(p.fix().isBlank(), () -> "every problem says what to do: " + p);
      if (AT_A_LINE.contains(p.kind())) assertTrue(p.line() > 0, () -> "names its line: " + p);
      byFile.computeIfAbsent(p.file(), f -> new ArrayList<>()).add(p);
    }

    JsonNode records = new ObjectMapper().readTree(r.read("public/data/records.json")).path("records");
    Map<String, JsonNode> recordBySource = new HashMap<>();
    for (JsonNode rec : records) recordBySource.put(rec.path("source").asText(), rec);

    for (var e : expected.entrySet()) {
      String file = e.getKey();
      List<Reported> problems = byFile.getOrDefault(file, List.of());
      List<String> readerKinds = problems.stream().map(Reported::kind).filter(k -> !BUILD_KINDS.contains(k)).sorted()
          .toList();
      assertEquals(e.getValue().kinds(), readerKinds, () -> file + ": problems reported\n" + problems);
      JsonNode rec = recordBySource.get(file);
      assertEquals(e.getValue().kept(), rec != null, () -> file + ": published exactly when readable; " + problems);
      if (rec == null) continue;
      r.assertExists("public/" + rec.path("url").asText() + "index.html");
      assertEquals(rec.path("date").isNull() ? 1 : 0, count(problems, "undated"), () -> file + ": undated once iff undated");
      for (Reported p : problems) {
        if (p.kind().equals("slug-collision")) assertCollisionIsTrue(p, rec, recordBySource);
      }
    }
    assertEquals(1, count(byFile.get("same-slug-b.txt"), "slug-collision"), "the second of two same-slug files");
    assertEquals(expected.values().stream().filter(Expected::kept).count(), records.size(), "records published");

    assertSummaryMatches(r.out(), reported, expected);

    site.build("--strict").assertExit(3);
  }

  @Test
  void readsAFiftyMegabyteLineQuickly(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("huge-single-line.txt");
    writeHugeLine(file, 50L << 20);
    var reader = new ArticleReader(Ingest.DEFAULT, LocalDate.of(2025, 1, 1));

    var o = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> reader.read(new SourceFile(file, "huge.txt")));

    assertTrue(o.article().isPresent(), () -> o.problems().toString());
    assertEquals(List.of("truncated"), o.problems().stream().map(p -> p.kind()).toList());
  }

  // ---------------------------------------------------------------------------------------------

  /** Copies the committed inputs and reads what each must give from expected.tsv. */
  private static Map<String, Expected> committedCases(Path articles) throws IOException {
    var out = new HashMap<String, Expected>();
    for (String line : Files.readAllLines(CORPUS.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] c = line.split("\t", -1);
      List<String> kinds = c[5].equals("-") ? List.of() : Stream.of(c[5].split(",")).sorted().toList();
      out.put(c[0], new Expected(true, c[1].equals("kept"), kinds));
    }
    String readme = Files.readString(CORPUS.resolve("README.md"), StandardCharsets.UTF_8);
    try (Stream<Path> s = Files.list(CORPUS)) {
      for (Path p : s.toList()) {
        String name = p.getFileName().toString();
        assertTrue(readme.contains("`" + name + "`"), () -> "README.md explains " + name);
        if (name.equals("README.md") || name.equals("expected.tsv")) continue;
        assertTrue(out.containsKey(name), () -> "expected.tsv has a row for " + name);
        Files.copy(p, articles.resolve(name));
      }
    }
    assertTrue(out.size() >= 25, "at least 25 committed cases");
    return out;
  }

  /** The cases made here, as README.md lists them. */
  private static Map<String, Expected> runtimeCases(Path articles) throws IOException {
    var out = new HashMap<String, Expected>();
    writeHugeLine(articles.resolve("huge-single-line.txt"), 50L << 20);
    out.put("huge-single-line.txt", new Expected(true, true, List.of("truncated")));

    try (BufferedWriter w = Files.newBufferedWriter(articles.resolve("long-line.txt"), StandardCharsets.UTF_8)) {
      w.write("date 2024-03-16 Harbour minutes published\n\nThe minutes of the meeting were published on Saturday.\n\n");
      for (int n = 0; n < (1 << 20); n += WORDS.length()) w.write(WORDS);
      w.write("\n\nThe board meets again next month.\n");
    }
    out.put("long-line.txt", new Expected(true, true, List.of("truncated")));

    Files.write(articles.resolve("nul-byte.txt"), ("date 2024-03-16 Harbour pumps repaired\n\n"
        + "The harbour pumps were\0 repaired on Saturday after a week.\n").getBytes(StandardCharsets.UTF_8));
    out.put("nul-byte.txt", new Expected(true, true, List.of("control-chars")));

    try {
      Files.createSymbolicLink(articles.resolve("loop"), articles);
      out.put("loop", new Expected(false, false, List.of("symlink-loop")));
      Files.createSymbolicLink(articles.resolve("dangling.txt"), articles.resolve("no-such-file.txt"));
      out.put("dangling.txt", new Expected(false, false, List.of("unreadable")));
    } catch (UnsupportedOperationException | FileSystemException e) {
      System.out.println("skipped the symbolic-link cases: " + e);
    }

    Path unreadable = articles.resolve("unreadable.txt");
    Files.writeString(unreadable, "date 2024-03-16\n\nNo one may read this article.\n", StandardCharsets.UTF_8);
    try {
      Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("---------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the check below skips the case
    }
    if (Files.isReadable(unreadable)) {
      System.out.println("skipped the unreadable-file case: chmod 000 does not stop this user (root?) reading");
      Files.delete(unreadable);
    } else {
      out.put("unreadable.txt", new Expected(true, false, List.of("unreadable")));
    }

    // sparse where the file system allows (no disk used); elsewhere it may take the space, so ask for room
    if (Files.getFileStore(articles).getUsableSpace() > (8L << 30)) {
      try (var f = new RandomAccessFile(articles.resolve("sparse-3gb.txt").toFile(), "rw")) {
        f.setLength(3L << 30);
      }
      out.put("sparse-3gb.txt", new Expected(true, false, List.of("binary")));
    } else {
      System.out.println("skipped the 3 GB case: less than 8 GB free in " + articles);
    }
    return out;
  }

  private static void writeHugeLine(Path file, long bytes) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("date 2024-03-16 ");
      for (long n = 0; n < bytes; n += WORDS.length()) w.write(WORDS);
    }
  }

  private static List<Reported> parse(String stderr) {
    var out = new ArrayList<Reported>();
    for (String line : stderr.lines().toList()) {
      if (line.isBlank()) continue;
      Matcher m = PROBLEM.matcher(line);
      if (!m.matches()) fail("not a problem line: " + line);
      out.add(new Reported(m.group(1), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)), m.group(4), m.group(5),
          m.group(6), m.group(7) == null ? "" : m.group(7)));
    }
    return out;
  }

  /** The message names the article that has the URL, and this one is published at the suffixed URL it names. */
  private static void assertCollisionIsTrue(Reported p, JsonNode rec, Map<String, JsonNode> bySource) {
    Matcher m = Pattern.compile("its URL (\\S+) is already used by (.+); published at (\\S+) instead").matcher(p.message());
    assertTrue(m.matches(), p::toString);
    assertEquals(m.group(1), bySource.get(m.group(2)).path("url").asText(), p::toString);
    assertEquals(m.group(3), rec.path("url").asText(), p::toString);
  }

  private static void assertSummaryMatches(String stdout, List<Reported> reported, Map<String, Expected> expected) {
    var byKind = new TreeMap<String, Integer>();
    for (Reported p : reported) byKind.merge(p.kind(), 1, Integer::sum);
    long warnings = reported.stream().filter(p -> p.severity().equals("warning")).count();
    var kinds = new StringBuilder();
    byKind.forEach((k, n) -> kinds.append(kinds.length() == 0 ? "" : ", ").append(k).append(' ').append(n));
    assertTrue(stdout.matches("(?s).*\\n  warnings +" + warnings + "  \\(" + Pattern.quote(kinds.toString()) + "\\)\\n.*"),
        () -> "summary counts " + warnings + " warnings (" + kinds + "):\n" + stdout);
    assertTrue(stdout.matches("(?s).*\\n  errors +0\\n.*"), stdout);
    long found = expected.values().stream().filter(Expected::found).count();
    assertTrue(stdout.matches("(?s).*\\n  files found +" + found + "\\n.*"), () -> found + " files found:\n" + stdout);
    long kept = expected.values().stream().filter(Expected::kept).count();
    assertTrue(stdout.contains("Built " + kept + " article(s)"), stdout);
  }

  private static long count(List<Reported> problems, String kind) {
    return problems == null ? 0 : problems.stream().filter(p -> p.kind().equals(kind)).count();
  }
}
