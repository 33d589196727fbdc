package org.clippings.ingest;

import java.util.Objects;

/**
 * One block of an article body. {@code text} is the plain text (for extraction, search and
 * summaries). {@code html} is set only for Markdown blocks other than headings: commonmark's
 * output with raw HTML escaped and URLs sanitised, so the renderer may trust it; plain-text blocks
 * leave it empty and are escaped by the templates. {@code anchor} is the id of a heading, the same
 * for both readers. {@code line} is where the block starts in the source file.
 */
public record Block(BlockKind kind, int level, String text, String html, String anchor, int line) implements java.io.Serializable {

  public Block {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(anchor, "anchor");
  }

  public static Block heading(int level, String text, String anchor, int line) {
    return new Block(BlockKind.HEADING, level, text, "", anchor, line);
  }

  public static Block paragraph(String text, int line) {
    return new Block(BlockKind.PARAGRAPH, 0, text, "", "", line);
  }

  public boolean isHeading() {
    return kind == BlockKind.HEADING;
  }
}
