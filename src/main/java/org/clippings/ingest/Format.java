package org.clippings.ingest;

/** The two input formats, chosen by file extension. */
public enum Format {
  TEXT,
  MARKDOWN;

  public static java.util.Optional<Format> forFileName(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    if (n.endsWith(".txt") || n.endsWith(".text")) return java.util.Optional.of(TEXT);
    if (n.endsWith(".md") || n.endsWith(".markdown")) return java.util.Optional.of(MARKDOWN);
    return java.util.Optional.empty();
  }
}
