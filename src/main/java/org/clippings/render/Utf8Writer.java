package org.clippings.render;

import java.io.Writer;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * A writer that encodes to UTF-8 into one growing byte array: no locking, no encoder object, and
 * ASCII (most of a page) costs one store per character. The bytes are exactly those of
 * {@code String.getBytes(UTF_8)} on everything written: a surrogate pair split over two writes is
 * joined, and an unpaired surrogate becomes {@code '?'}.
 */
final class Utf8Writer extends Writer {

  private static final int START = 32 * 1024;
  /** Beyond this a buffer is not kept for the next page: one huge page should not pin its size per thread. */
  private static final int KEEP = 1 << 20;

  private byte[] buf = new byte[START];
  private final char[] chars = new char[4096];
  private int size;
  /** A high surrogate that ended the last write, waiting for its low half. */
  private char pendingHigh;

  @Override
  public void write(String str, int off, int len) {
    ensure(len);
    // copying out the characters (vectorised by the JDK) and scanning the copy beats charAt per character
    for (int from = off, end = off + len; from < end; from += chars.length) {
      int to = Math.min(end, from + chars.length);
      str.getChars(from, to, chars, 0);
      encode(chars, 0, to - from);
    }
  }

  /** As {@link Writer#write(String)}, without its checked exception: nothing here does I/O. */
  @Override
  public void write(String str) {
    write(str, 0, str.length());
  }

  @Override
  public void write(char[] cbuf, int off, int len) {
    ensure(len);
    encode(cbuf, off, len);
  }

  /**
   * Writes {@code str} escaped for HTML text and attributes as FreeMarker's HTML output format
   * does ({@code < > & " '} as {@code &lt; &gt; &amp; &quot; &#39;}), in the pass that encodes it.
   */
  void writeEscaped(String str) {
    int len = str.length();
    ensure(2 * len); // six bytes for an escaped character, where ensure counts three
    for (int from = 0; from < len; from += chars.length) {
      int to = Math.min(len, from + chars.length);
      str.getChars(from, to, chars, 0);
      encodeEscaped(chars, to - from);
    }
  }

  private void encodeEscaped(char[] cs, int len) {
    byte[] b = buf;
    int n = size;
    for (int i = 0; i < len; i++) {
      char c = cs[i];
      if (c >= 0x80) {
        size = n;
        put(c);
        n = size;
        continue;
      }
      if (pendingHigh != 0) { // unpaired, as put would write it
        pendingHigh = 0;
        b[n++] = '?';
      }
      switch (c) {
        case '<' -> n = escape(b, n, LT);
        case '>' -> n = escape(b, n, GT);
        case '&' -> n = escape(b, n, AMP);
        case '"' -> n = escape(b, n, QUOT);
        case '\'' -> n = escape(b, n, APOS);
        default -> b[n++] = (byte) c;
      }
    }
    size = n;
  }

  private static final byte[] LT = {'&', 'l', 't', ';'};
  private static final byte[] GT = {'&', 'g', 't', ';'};
  private static final byte[] AMP = {'&', 'a', 'm', 'p', ';'};
  private static final byte[] QUOT = {'&', 'q', 'u', 'o', 't', ';'};
  private static final byte[] APOS = {'&', '#', '3', '9', ';'};

  private static int escape(byte[] b, int n, byte[] entity) {
    System.arraycopy(entity, 0, b, n, entity.length);
    return n + entity.length;
  }

  /** Encodes characters; room for them was ensured. ASCII stays in the tight loop. */
  private void encode(char[] cs, int off, int len) {
    byte[] b = buf;
    int n = size;
    char high = pendingHigh;
    for (int i = off, end = off + len; i < end; i++) {
      char c = cs[i];
      if (c < 0x80 && high == 0) {
        b[n++] = (byte) c;
      } else {
        size = n;
        put(c);
        n = size;
        high = pendingHigh;
      }
    }
    size = n;
  }

  @Override
  public void write(int c) {
    ensure(1);
    put((char) c);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  /** What was written, encoded; a high surrogate still waiting for its pair counts as unpaired. */
  byte[] bytes() {
    finish();
    return Arrays.copyOf(buf, size);
  }

  /** Feeds what was written, encoded, to {@code digest}, without copying it out. */
  void digestInto(MessageDigest digest) {
    finish();
    digest.update(buf, 0, size);
  }

  /** Empties the writer for the next use, keeping its buffer unless one use made it huge. */
  Utf8Writer reset() {
    size = 0;
    pendingHigh = 0;
    if (buf.length > KEEP) buf = new byte[START];
    return this;
  }

  private void finish() {
    if (pendingHigh != 0) {
      pendingHigh = 0;
      buf[size++] = '?';
    }
  }

  /** Room for {@code chars} more characters at 3 bytes each (a pair takes 4 for 2), plus a pending '?'. */
  private void ensure(int chars) {
    long need = size + 3L * chars + 1;
    if (need > buf.length) {
      if (need > Integer.MAX_VALUE - 8) throw new OutOfMemoryError("page larger than 2 GB");
      buf = Arrays.copyOf(buf, (int) Math.max(need, Math.min(Integer.MAX_VALUE - 8L, 2L * buf.length)));
    }
  }

  private void put(char c) {
    byte[] b = buf;
    if (pendingHigh != 0) {
      char high = pendingHigh;
      pendingHigh = 0;
      if (Character.isLowSurrogate(c)) {
        int cp = Character.toCodePoint(high, c);
        b[size++] = (byte) (0xF0 | (cp >> 18));
        b[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        b[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        b[size++] = (byte) (0x80 | (cp & 0x3F));
        return;
      }
      b[size++] = '?';
    }
    if (c < 0x80) {
      b[size++] = (byte) c;
    } else if (c < 0x800) {
      b[size++] = (byte) (0xC0 | (c >> 6));
      b[size++] = (byte) (0x80 | (c & 0x3F));
    } else if (Character.isHighSurrogate(c)) {
      pendingHigh = c;
    } else if (Character.isLowSurrogate(c)) {
      b[size++] = '?';
    } else {
      b[size++] = (byte) (0xE0 | (c >> 12));
      b[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
      b[size++] = (byte) (0x80 | (c & 0x3F));
    }
  }
}
