package org.clippings.extract;

import java.text.Normalizer;
import java.util.Locale;

/**
 * URL slugs: lower-case ASCII letters, digits and single hyphens, never empty, never a dot path,
 * at most {@link #MAX} characters cut on a word. Accents are folded ("São Paulo" → "sao-paulo");
 * text with no Latin letters at all gets the fallback the caller gives.
 */
public final class Slugs {

  public static final int MAX = 60;

  private Slugs() {}

  /** Latin letters that Unicode does not decompose into a base letter and a mark. */
  private static String fold(String s) {
    var sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\u00F8', '\u00D8' -> sb.append('o');
        case '\u00E6', '\u00C6' -> sb.append("ae");
        case '\u0153', '\u0152' -> sb.append("oe");
        case '\u00DF' -> sb.append("ss");
        case '\u00F0', '\u00D0', '\u0111', '\u0110' -> sb.append('d');
        case '\u00FE', '\u00DE' -> sb.append("th");
        case '\u0142', '\u0141' -> sb.append('l');
        case '\u0131' -> sb.append('i');
        case '\u0127', '\u0126' -> sb.append('h');
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  public static String of(String text, String fallback) {
    String folded = Normalizer.normalize(fold(text), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    folded = folded.replace("'", "").replace("\u2019", "").replace("&", " and ");
    var sb = new StringBuilder();
    boolean hyphen = false;
    for (int i = 0; i < folded.length() && sb.length() < MAX + 20; i++) {
      char c = Character.toLowerCase(folded.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (hyphen && sb.length() > 0) sb.append('-');
        sb.append(c);
        hyphen = false;
      } else {
        hyphen = true;
      }
    }
    String s = sb.toString();
    if (s.length() > MAX) {
      int cut = s.lastIndexOf('-', MAX);
      s = cut > 10 ? s.substring(0, cut) : s.substring(0, MAX);
    }
    return s.isEmpty() ? fallback.toLowerCase(Locale.ROOT) : s;
  }
}
