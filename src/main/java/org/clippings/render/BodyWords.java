package org.clippings.render;

import java.util.Arrays;
import java.util.function.Consumer;
import org.clippings.extract.Stems;

/**
 * The words of a text exactly as {@link Stems#words} reads them, for the search index, without a
 * string per word: each distinct lower-cased word is found by its characters in a table that the
 * thread keeps, which holds the word once with its stem (and whether the index skips it). Reading
 * every body of a 10,000-article archive is seven million words and a few hundred thousand
 * distinct ones; a string, a lower-casing copy and two hash look-ups per word were most of the
 * search index's cost in a clean build.
 */
final class BodyWords {

  /** A distinct word: its text, and its stem, or null when the index skips it (stopwords, one letter). */
  record Word(String text, String stem) {}

  private static final ThreadLocal<BodyWords> PER_THREAD = ThreadLocal.withInitial(BodyWords::new);
  /** A table grown past this is emptied: one odd archive should not pin its vocabulary per thread. */
  private static final int MAX_WORDS = 1 << 20;

  private char[] word = new char[64];
  private int length;
  private Word[] table = new Word[1 << 14];
  private int[] hashes = new int[1 << 14];
  private int size;

  BodyWords() {}

  static BodyWords get() {
    return PER_THREAD.get();
  }

  /** Each word of {@code text}, in order, as {@link Stems#words} splits and lower-cases it. */
  void forEach(String text, Consumer<Word> action) {
    length = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        append(Character.toLowerCase(c));
      } else if ((c == '\'' || c == '\u2019' || c == '-') && length > 0 && i + 1 < n
          && Character.isLetterOrDigit(text.charAt(i + 1))) {
        if (c == '-') continue; // "covid-19" -> "covid19"
        // a possessive or contraction ends the word
        while (i + 1 < n && Character.isLetter(text.charAt(i + 1))) i++;
        action.accept(current());
      } else if (length > 0) {
        action.accept(current());
      }
    }
    if (length > 0) action.accept(current());
  }

  private void append(char c) {
    if (length == word.length) word = Arrays.copyOf(word, length * 2);
    word[length++] = c;
  }

  /** The word just read, from the table or added to it; the next word starts empty. */
  private Word current() {
    int h = 0;
    for (int i = 0; i < length; i++) h = 31 * h + word[i];
    int mask = table.length - 1;
    for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
      Word w = table[slot];
      if (w == null) break;
      if (hashes[slot] == h && same(w.text())) {
        length = 0;
        return w;
      }
    }
    String text = new String(word, 0, length);
    length = 0;
    Word w = new Word(text, text.length() < 2 || Stems.isStopword(text) ? null : Stems.stem(text));
    if (size >= MAX_WORDS) clear();
    if (2 * (size + 1) > table.length) grow();
    put(w, h);
    return w;
  }

  private boolean same(String text) {
    if (text.length() != length) return false;
    for (int i = 0; i < length; i++) if (text.charAt(i) != word[i]) return false;
    return true;
  }

  private void put(Word w, int h) {
    int mask = table.length - 1;
    int slot = mix(h) & mask;
    while (table[slot] != null) slot = (slot + 1) & mask;
    table[slot] = w;
    hashes[slot] = h;
    size++;
  }

  private void grow() {
    Word[] oldTable = table;
    int[] oldHashes = hashes;
    table = new Word[oldTable.length * 2];
    hashes = new int[oldTable.length * 2];
    size = 0;
    for (int i = 0; i < oldTable.length; i++) if (oldTable[i] != null) put(oldTable[i], oldHashes[i]);
  }

  private void clear() {
    table = new Word[1 << 14];
    hashes = new int[1 << 14];
    size = 0;
  }

  private static int mix(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
