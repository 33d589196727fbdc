package org.clippings.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits prose into sentences at {@code . ! ?} (and closing quotes after them) followed by a space
 * and a capital, digit or quote, without splitting after common abbreviations, honorifics or
 * initials ("Mr. Gombosuren", "U.S. officials", "J. Smith").
 */
public final class Sentences {

  private static final Set<String> ABBREVIATIONS =
      Set.of("mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "gen", "lt", "col", "capt", "sgt", "rep",
          "sen", "gov", "pres", "rev", "hon", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb",
          "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "fig", "approx", "est", "dept",
          "univ", "ave", "blvd", "rd", "mssrs", "messrs", "mme", "mlle", "e.g", "i.e", "u.s", "u.k", "u.n");

  private Sentences() {}

  public static List<String> split(String text) {
    var out = new ArrayList<String>();
    int[] starts = starts(text);
    for (int i = 0; i < starts.length; i++) {
      int end = i + 1 < starts.length ? starts[i + 1] : text.length();
      String s = text.substring(starts[i], end).strip();
      if (!s.isEmpty()) out.add(s);
    }
    return out;
  }

  /** The sentence of {@code text} that contains offset {@code at}, stripped. */
  public static String around(String text, int at) {
    int[] starts = starts(text);
    int i = 0;
    while (i + 1 < starts.length && starts[i + 1] <= at) i++;
    int end = i + 1 < starts.length ? starts[i + 1] : text.length();
    return text.substring(starts[i], end).strip();
  }

  /** Offsets where sentences start; the first is always 0. */
  public static int[] starts(String text) {
    var out = new ArrayList<Integer>();
    out.add(0);
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '!' && c != '?') continue;
      int end = i + 1;
      while (end < n && "\"'\u201D\u2019)".indexOf(text.charAt(end)) >= 0) end++;
      if (end >= n) break;
      if (text.charAt(end) != ' ') continue;
      int next = end;
      while (next < n && text.charAt(next) == ' ') next++;
      if (next >= n) break;
      char nc = text.charAt(next);
      if (!(Character.isUpperCase(nc) || Character.isDigit(nc) || "\"'\u201C\u2018(".indexOf(nc) >= 0)) continue;
      if (c == '.' && isAbbreviation(text, i)) continue;
      out.add(next);
      i = next - 1;
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The word ending at the full stop at {@code dot} is an abbreviation or an initial. */
  private static boolean isAbbreviation(String text, int dot) {
    int s = dot;
    while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) s--;
    String word = text.substring(s, dot);
    if (word.isEmpty()) return false;
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return true; // an initial
    if (word.indexOf('.') >= 0 && word.length() <= 6) return true; // U.S, e.g
    return ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
  }
}
