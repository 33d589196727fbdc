package org.clippings.extract;

import java.util.List;
import org.clippings.ingest.Block;

/** The summary of an article: its first real paragraph, trimmed on a sentence or word boundary. */
public final class Summaries {

  public static final int MAX = 300;

  private Summaries() {}

  public static String of(List<Block> blocks) {
    return blocks.stream().filter(b -> !b.isHeading() && !b.text().isBlank()).findFirst()
        .map(b -> trim(b.text())).orElse("");
  }

  static String trim(String text) {
    String t = text.strip();
    if (t.length() <= MAX) return t;
    var sb = new StringBuilder();
    for (String s : Sentences.split(t)) {
      if (sb.length() + s.length() + 1 > MAX) break;
      if (sb.length() > 0) sb.append(' ');
      sb.append(s);
    }
    if (sb.length() > 0) return sb.toString();
    int end = t.lastIndexOf(' ', MAX - 1);
    String cut = t.substring(0, end > 0 ? end : MAX - 1).replaceAll("[\\s,;:.\u2013\u2014-]+$", "");
    return cut + "\u2026";
  }
}
