package org.clippings.build;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher sees a saved article wherever a build would read it. */
class SiteWatcherTest {

  @TempDir Path dir;

  @Test
  void seesAnArticleSavedBelowAnArticlesFolderThatIsALink() throws Exception {
    Path archive = Files.createDirectories(dir.resolve("disk/archive/2024"));
    Path articles = Files.createSymbolicLink(dir.resolve("articles"), dir.resolve("disk/archive"));
    assertTrue(changeSeen(articles, () -> Files.writeString(archive.resolve("new.txt"), "date 2024-01-02\nText.\n")),
        "a file saved in a folder below the linked articles folder");
  }

  @Test
  void seesAnArticleSavedInAFolderLinkedIntoTheArticles() throws Exception {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere/2023"));
    Path articles = Files.createDirectories(dir.resolve("articles"));
    Files.createSymbolicLink(articles.resolve("2023"), elsewhere);
    assertTrue(changeSeen(articles, () -> Files.writeString(elsewhere.resolve("old.txt"), "date 2023-05-06\nText.\n")),
        "a file saved in a linked year folder");
  }

  @Test
  void ignoresTheOutputFolderInsideTheArticles() throws Exception {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    Path out = Files.createDirectories(articles.resolve("public"));
    try (var w = new SiteWatcher(List.of(articles), List.of(), out)) {
      Semaphore seen = watching(w);
      Files.writeString(out.resolve("index.html"), "<p>built</p>");
      assertTrue(!seen.tryAcquire(1, TimeUnit.SECONDS), "writing the site is not a change to the inputs");
      Files.writeString(articles.resolve("a.txt"), "Text.\n");
      assertTrue(seen.tryAcquire(10, TimeUnit.SECONDS), "an article is");
    }
  }

  private interface Change {
    void make() throws IOException;
  }

  private boolean changeSeen(Path articles, Change change) throws Exception {
    try (var w = new SiteWatcher(List.of(articles), List.of(), dir.resolve("out"))) {
      Semaphore seen = watching(w);
      change.make();
      return seen.tryAcquire(10, TimeUnit.SECONDS);
    }
  }

  /** Runs the watcher on a thread of its own; each burst of changes it reports releases a permit. */
  private static Semaphore watching(SiteWatcher w) {
    var seen = new Semaphore(0);
    var t = new Thread(() -> {
      try {
        w.run(seen::release);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    t.setDaemon(true);
    t.start();
    return seen;
  }
}
