package org.clippings.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Normalises decoded text into numbered lines: CRLF and CR become line ends, tabs and other
 * spacing become plain spaces, trailing spaces go, and control characters (which scraped text
 * sometimes carries and which are invalid in HTML and XML) are removed and counted.
 */
final class Lines {

  /** One source line, with its 1-based number in the file. */
  record Line(String text, int number) {
    boolean isBlank() {
      return text.isEmpty();
    }
  }

  /** {@code firstControlLine}: where the first removed control character was, 0 when none was. */
  record Split(List<Line> lines, int controlCharsRemoved, int firstControlLine) {}

  private Lines() {}

  static Split split(String text) {
    var lines = new ArrayList<Line>();
    var sb = new StringBuilder();
    int removed = 0;
    int firstRemoved = 0;
    int number = 1;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
        lines.add(new Line(stripTrailing(sb), number++));
        sb.setLength(0);
      } else if (c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u3000'
          || c == '\u000B' || c == '\u000C') {
        sb.append(' ');
      } else if (c == '\uFEFF' || c == '\u200B' || (c < 0x20) || (c >= 0x7F && c < 0xA0)
          || c == '\u2028' || c == '\u2029' || c == '\uFFFE' || c == '\uFFFF') {
        if (c != '\uFEFF' && c != '\u200B') {
          removed++;
          if (firstRemoved == 0) firstRemoved = number;
        }
      } else if (Character.isSurrogate(c) && !validSurrogate(text, i)) {
        removed++;
        if (firstRemoved == 0) firstRemoved = number;
      } else {
        sb.append(c);
      }
    }
    if (sb.length() > 0 || lines.isEmpty()) {
      lines.add(new Line(stripTrailing(sb), number));
    }
    return new Split(lines, removed, firstRemoved);
  }

  private static boolean validSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  private static String stripTrailing(StringBuilder sb) {
    int end = sb.length();
    while (end > 0 && sb.charAt(end - 1) == ' ') end--;
    return sb.substring(0, end);
  }
}
