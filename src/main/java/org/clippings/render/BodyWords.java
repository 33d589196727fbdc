package org.clippings.render;

import java.util.function.Consumer;
import org.clippings.extract.Stems;

/**
 * The words of a text exactly as {@link Stems#words} reads them ({@link Stems#forEachWord}), for
 * the search index, without a string per word: each distinct word is found by its characters in
 * a table that the thread keeps, which holds the word once with its stem (or none, when the index
 * skips it). Reading
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

  private Word[] table = new Word[1 << 14];
  private int[] hashes = new int[1 << 14];
  private int size;

  BodyWords() {}

  static BodyWords get() {
    return PER_THREAD.get();
  }

  /** Each word of {@code text}, in order, as {@link Stems#words} splits and lower-cases it. */
  void forEach(String text, Consumer<Word> action) {
    Stems.forEachWord(text, (chars, length) -> action.accept(find(chars, length)));
  }

  /** The word in {@code word[0..length)}, from the table or added to it. */
  private Word find(char[] word, int length) {
    int h = 0;
    for (int i = 0; i < length; i++) h = 31 * h + word[i];
    int mask = table.length - 1;
    for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
      Word w = table[slot];
      if (w == null) break;
      if (hashes[slot] == h && same(w.text(), word, length)) return w;
    }
    String text = new String(word, 0, length);
    Word w = new Word(text, text.length() < 2 || Stems.isStopword(text) ? null : Stems.stem(text));
    if (size >= MAX_WORDS) clear();
    if (2 * (size + 1) > table.length) grow();
    put(w, h);
    return w;
  }

  private static boolean same(String text, char[] word, int length) {
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
