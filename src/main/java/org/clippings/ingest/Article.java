package org.clippings.ingest;

import java.util.List;
import java.util.Objects;
import org.clippings.diag.Problem;

/**
 * One article as read from its file: the title if the file (or config) gives one, the date and
 * where it came from, the body as blocks with boilerplate removed, stated metadata, and what was
 * odd about the file. {@code id} is stable across edits: it derives from {@code source}, the path
 * relative to the articles folder with '/' separators.
 */
public record Article(
    String id,
    String source,
    Format format,
    String title,
    TitleSource titleSource,
    ArticleDate date,
    List<Block> blocks,
    Metadata metadata,
    int boilerplateRemoved,
    String contentHash,
    List<Problem> problems) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(titleSource, "titleSource");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(contentHash, "contentHash");
    blocks = List.copyOf(blocks);
    problems = List.copyOf(problems);
  }

  public boolean hasTitle() {
    return !title.isEmpty();
  }
}
