package org.clippings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The inline-site helper itself: a helper whose assertions cannot fail would make every site test pass. */
class TestSiteTest {

  @Test
  void parsesTxtarIntoFilesKeepingIndentAndIgnoringTheComment() {
    Map<String, String> files = TestSite.parse("""
        A comment before the first file.
        -- site-config.yaml --
        site:
          title: Harbour News
        -- articles/a.txt --
         date 2024-03-11 The board met.
        """);

    assertEquals(List.of("site-config.yaml", "articles/a.txt"), List.copyOf(files.keySet()));
    assertEquals("site:\n  title: Harbour News\n", files.get("site-config.yaml"));
    assertEquals(" date 2024-03-11 The board met.\n", files.get("articles/a.txt"));
  }

  @Test
  void refusesTxtarWithoutFiles() {
    assertThrows(IllegalArgumentException.class, () -> TestSite.parse("just text\n"));
  }

  @Test
  void buildsSiteWithDefaultsNotTheConfigOfTheWorkingFolder() {
    TestSite.of("""
        -- articles/a.txt --
        date 2024-03-11

        The harbour board met on Tuesday.
        """).build()
        .assertExit(0)
        .assertExists("public/index.html")
        .assertFile("public/index.html", "<title>News archive</title>", "! Clippings demo archive");
  }

  @Test
  void assertFileFailsWhenAWantedLineIsMissingOrAnUnwantedOneIsPresent() {
    TestSite.Result r = TestSite.of("""
        -- site-config.yaml --
        site:
          title: Harbour News
        -- articles/a.txt --
        date 2024-03-11

        The harbour board met on Tuesday.
        """).build().assertExit(0);

    r.assertFile("public/index.html", "Harbour News", "! Storm News");
    assertThrows(AssertionFailedError.class, () -> r.assertFile("public/index.html", "Storm News"));
    assertThrows(AssertionFailedError.class, () -> r.assertFile("public/index.html", "! Harbour News"));
    assertThrows(AssertionFailedError.class, () -> r.assertFile("public/no-such-page.html", "x"));
    assertThrows(AssertionFailedError.class, () -> r.assertExists("public/no-such-page.html"));
  }
}
