package org.clippings.ingest;

/** The kinds of body block. Plain text has only headings and paragraphs; Markdown has the rest too. */
public enum BlockKind {
  HEADING,
  PARAGRAPH,
  LIST,
  QUOTE,
  CODE,
  TABLE;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
