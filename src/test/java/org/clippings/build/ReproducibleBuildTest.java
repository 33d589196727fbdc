package org.clippings.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clippings.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input always gives the same bytes: no clock, no thread scheduling, no file times in the output. */
class ReproducibleBuildTest {

  @Test
  void twoBuildsOfTheDemoAreByteIdentical(@TempDir Path first, @TempDir Path second) throws IOException {
    var a = TestSite.buildDemo(first).assertExit(0);
    var b = TestSite.buildDemo(second).assertExit(0);

    assertSameFiles(contents(a.site()), contents(b.site()));
  }

  @Test
  void oneThreadAndManyThreadsWriteTheSameSite() throws IOException {
    TestSite site = TestSite.of(manyArticles(24) + "-- site-config.yaml --\nbuild:\n  threads: 1\n  page_size: 5\n");
    Map<String, byte[]> oneThread = contents(site.build().assertExit(0).site());

    site.writeFile("site-config.yaml", "build:\n  threads: 8\n  page_size: 5\n");
    Map<String, byte[]> manyThreads = contents(site.build().assertExit(0).site());

    assertTrue(oneThread.size() > 30, "a site with lists to paginate: " + oneThread.keySet());
    assertSameFiles(oneThread, manyThreads);
  }

  @Test
  void fileModificationTimesDoNotChangeTheSite() throws IOException {
    TestSite site = TestSite.of(manyArticles(3));
    Map<String, byte[]> before = contents(site.build().assertExit(0).site());

    try (var files = Files.list(site.dir().resolve("articles"))) {
      for (Path p : files.toList()) Files.setLastModifiedTime(p, FileTime.from(Instant.parse("2001-09-09T01:46:40Z")));
    }
    Map<String, byte[]> after = contents(site.build().assertExit(0).site());

    assertSameFiles(before, after);
    assertTrue(after.values().stream().noneMatch(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8)
        .contains("2001-09-09")), "no file time leaks into the output");
  }

  /** Articles over several days and months, some undated, with shared words so lists and links have content. */
  static String manyArticles(int n) {
    var sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append("-- articles/story-").append(String.format("%02d", i)).append(".txt --\n");
      if (i % 5 != 4) sb.append("date 2024-0").append(1 + i % 3).append('-').append(String.format("%02d", 1 + i % 27))
          .append('\n');
      sb.append("\nHarbour board meeting number ").append(i).append(" in Harbourtown\n\n")
          .append("The harbour board of Harbourtown met for the ").append(i).append(" time to discuss the budget with"
              + " Mayor Jane Smith.\n\nTraders said the port needed dredging.\n");
    }
    return sb.toString();
  }

  static Map<String, byte[]> contents(Path root) throws IOException {
    var out = new TreeMap<String, byte[]>();
    for (var e : TestSite.files(root).entrySet()) out.put(e.getKey(), Files.readAllBytes(e.getValue()));
    return out;
  }

  static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
    assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()), "the same files");
    var differ = new ArrayList<String>();
    for (String k : expected.keySet()) {
      if (!Arrays.equals(expected.get(k), actual.get(k))) differ.add(k);
    }
    assertEquals(List.of(), differ, "files whose bytes differ");
  }
}
