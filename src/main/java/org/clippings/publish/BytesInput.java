package org.clippings.publish;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An input stream over a byte array that takes no lock: {@code DataInputStream} reads an int as
 * four one-byte reads, and {@code ByteArrayInputStream} and {@code BufferedInputStream} lock for
 * each, which showed as a tenth of decoding the records cache.
 */
final class BytesInput extends InputStream {

  private final byte[] bytes;
  private int pos;

  private BytesInput(byte[] bytes) {
    this.bytes = bytes;
  }

  static DataInputStream of(byte[] bytes) {
    return new DataInputStream(new BytesInput(bytes));
  }

  /** The whole file, read at once: the cache files are a few MB. */
  static DataInputStream of(Path file) throws IOException {
    return of(Files.readAllBytes(file));
  }

  @Override
  public int read() {
    return pos < bytes.length ? bytes[pos++] & 0xFF : -1;
  }

  @Override
  public int read(byte[] to, int off, int len) {
    if (len == 0) return 0;
    if (pos >= bytes.length) return -1;
    int n = Math.min(len, bytes.length - pos);
    System.arraycopy(bytes, pos, to, off, n);
    pos += n;
    return n;
  }

  @Override
  public long skip(long n) {
    long k = Math.max(0, Math.min(n, bytes.length - pos));
    pos += (int) k;
    return k;
  }

  @Override
  public int available() {
    return bytes.length - pos;
  }
}
