package org.clippings.ingest;

/**
 * Decides whether a line standing alone is a section heading: short, with a letter, starting like
 * a title, and without the final punctuation of a sentence.
 */
final class Headings {

  private Headings() {}

  static boolean looksLikeHeading(String line, int maxWords) {
    String t = line.strip();
    if (t.isEmpty() || t.length() > 120) return false;
    int first = t.codePointAt(0);
    if (!(Character.isUpperCase(first) || Character.isDigit(first) || Character.isTitleCase(first))) {
      return false;
    }
    if (!t.codePoints().anyMatch(Character::isLetter)) return false;
    char last = t.charAt(t.length() - 1);
    if (".,;:!?\u2026\"\u201D\u2019')]-\u2013\u2014".indexOf(last) >= 0) return false;
    if (t.startsWith("By ") || t.startsWith("BY ")) return false; // a byline, not a section
    return words(t) <= maxWords;
  }

  static int words(String t) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < t.length(); i++) {
      boolean space = t.charAt(i) == ' ';
      if (!space && !in) n++;
      in = !space;
    }
    return n;
  }
}
