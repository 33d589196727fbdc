package org.clippings.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clippings.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every link of a built site works from file:// and from any sub-path: a crawl of every HTML page. */
class LinkCrawlTest {

  private static final String DEMO_BASE = "https://example.org/clippings/";

  @Test
  void everyLinkOfTheDemoResolvesToAFile() {
    var crawl = new LinkCrawl(TestSite.demo().site(), DEMO_BASE);

    assertEquals(List.of(), crawl.broken());
    assertTrue(crawl.pages() >= 8, "crawled " + crawl.pages() + " pages");
  }

  @Test
  void everyLinkResolvesOnAPaginatedSiteWithEveryKindOfArticle() {
    var r = TestSite.of("""
        -- site-config.yaml --
        site:
          base_url: https://news.example.com/a/b
        build:
          page_size: 1
        -- articles/2024/one.txt --
        date 2024-03-11 Harbour board approves budget

        The harbour board voted on Tuesday.
        -- articles/2024/two.txt --
        date 2024-03-12 Dredging contract signed

        The board signed the contract.
        -- articles/2024/three.txt --
        date 2024-03-12 Dredging contract signed

        A second story with the same headline.
        -- articles/2023/old.txt --
        Date: 2023-12-01

        Ships waited outside the harbour for a week.

        Reaction

        Traders were angry.
        -- articles/undated-one.txt --
        The harbour master retired.
        -- articles/undated-two.txt --
        The harbour café reopened.
        -- articles/notes.md --
        ---
        title: Notes on the harbour
        date: 2024-02-01
        ---

        See [the reaction](#reaction) and [elsewhere](https://example.org/).

        ## Reaction

        | Ship | Days |
        | --- | --- |
        | Aurora | 7 |
        """).build().assertExit(0);

    var crawl = new LinkCrawl(r.site(), "https://news.example.com/a/b/");

    assertEquals(List.of(), crawl.broken());
    assertTrue(r.siteFiles().contains("archive/2024/03/page/3/index.html"), "pagination was exercised");
  }

  @Test
  void crawlReportsFolderLinksMissingFilesRootLinksAndMissingAnchors(@TempDir Path site) throws IOException {
    Files.createDirectories(site.resolve("archive"));
    Files.writeString(site.resolve("archive/index.html"), "<h1 id=top>Archive</h1>");
    Files.writeString(site.resolve("index.html"), """
        <a href="archive/index.html">ok</a>
        <a href="archive/index.html#top">ok anchor</a>
        <a href="archive/index.html?page=2">ok query</a>
        <a href="#here" id="here">ok self</a>
        <a href="https://example.org/">ok external</a>
        <a href="archive/">folder</a>
        <a href="archive">folder without slash</a>
        <a href="people/index.html">missing</a>
        <a href="/archive/index.html">root-absolute</a>
        <a href="archive/index.html#nope">missing anchor</a>
        <a href="#nowhere">missing self anchor</a>
        <a href="../outside.html">outside</a>
        <img src="logo.png">
        <a href="javascript:alert(1)">script</a>
        """);

    List<String> broken = new LinkCrawl(site, DEMO_BASE).broken();

    assertEquals(List.of("archive/", "archive", "people/index.html", "/archive/index.html", "archive/index.html#nope",
        "#nowhere", "../outside.html", "logo.png", "javascript:alert(1)"),
        broken.stream().map(b -> b.replaceAll("^index.html: (href|src)=\"([^\"]*)\".*$", "$2")).toList(), broken.toString());
  }
}
