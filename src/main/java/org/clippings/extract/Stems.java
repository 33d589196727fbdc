package org.clippings.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Words to stems with the Porter algorithm, so "negotiations" and "negotiated" match. Used by the
 * topic classifier, related coverage and the search index alike, so they agree on what a word is.
 * Tokens are runs of letters and digits (inner apostrophes and hyphens dropped, "COVID-19" →
 * "covid19"), lower-cased.
 */
public final class Stems {

  /** Common English words that say nothing about a text's subject. */
  public static final Set<String> STOPWORDS = Set.copyOf(List.of(("a about above after again against all also am an "
      + "and any are as at be because been before being below between both but by can could did do does doing down "
      + "during each few for from further had has have having he her here hers herself him himself his how i if in "
      + "into is it its itself just me more most my myself no nor not now of off on once only or other our ours "
      + "ourselves out over own same she should so some such than that the their theirs them themselves then there "
      + "these they this those through to too under until up very was we were what when where which while who whom "
      + "why will with would you your yours yourself yourselves said says say told one two three new also year years "
      + "would could may might must shall last first many much per since still well yet mr mrs ms dr").split(" ")));

  private static final ThreadLocal<PorterStemmer> STEMMER = ThreadLocal.withInitial(PorterStemmer::new);

  private Stems() {}

  /** The lower-case word tokens of {@code text}, in order. */
  public static List<String> words(String text) {
    var out = new ArrayList<String>();
    forEachWord(text, (chars, length) -> out.add(new String(chars, 0, length)));
    return out;
  }

  /** Receives a word as lower-case characters, {@code chars[0..length)}, valid only during the call. */
  public interface WordSink {
    void word(char[] chars, int length);
  }

  /**
   * Each word of {@code text}, in order, as {@link #words} splits and lower-cases it, without a
   * string per word: the search index reads every body of the archive this way.
   */
  public static void forEachWord(String text, WordSink sink) {
    char[] word = new char[32];
    int length = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (length == word.length) word = java.util.Arrays.copyOf(word, length * 2);
        word[length++] = Character.toLowerCase(c);
      } else if ((c == '\'' || c == '\u2019' || c == '-') && length > 0 && i + 1 < n
          && Character.isLetterOrDigit(text.charAt(i + 1))) {
        if (c == '-') continue; // "covid-19" -> "covid19", "e-mail" -> "email"
        // "North Korea's" -> "north korea": a possessive or contraction ends the word
        while (i + 1 < n && Character.isLetter(text.charAt(i + 1))) i++;
        sink.word(word, length);
        length = 0;
      } else if (length > 0) {
        sink.word(word, length);
        length = 0;
      }
    }
    if (length > 0) sink.word(word, length);
  }

  /** The stem of one lower-case word. */
  public static String stem(String word) {
    if (word.length() < 3 || !isAsciiLetters(word)) return word;
    return STEMMER.get().stem(word);
  }

  /** Stems of every word of {@code text}, stopwords kept (phrases need them). */
  public static List<String> stems(String text) {
    var ws = words(text);
    var out = new ArrayList<String>(ws.size());
    for (String w : ws) out.add(stem(w));
    return out;
  }

  public static boolean isStopword(String word) {
    return STOPWORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static boolean isAsciiLetters(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c < 'a' || c > 'z') return false;
    }
    return true;
  }
}
