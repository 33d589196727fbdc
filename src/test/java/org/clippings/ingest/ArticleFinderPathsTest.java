package org.clippings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Article files are named by their path below the articles folder, with "/" between names. */
class ArticleFinderPathsTest {

  @Test
  void aFileIsNamedByItsPathBelowTheFolder() {
    assertEquals("2024/05/story.txt", ArticleFinder.relative(Path.of("/data/articles"), Path.of("/data/articles/2024/05/story.txt")));
    assertEquals("story.md", ArticleFinder.relative(Path.of("articles"), Path.of("articles/story.md")));
    assertEquals("a.txt", ArticleFinder.relative(Path.of("/"), Path.of("/a.txt")));
    // a folder whose name only starts like the root's is not below it
    assertEquals("../articles-old/x.txt", ArticleFinder.relative(Path.of("/data/articles"), Path.of("/data/articles-old/x.txt")));
  }
}
