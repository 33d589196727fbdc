package org.clippings.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Turns a file's bytes into text. Honours a UTF-8 or UTF-16 byte-order mark; otherwise reads
 * strict UTF-8 and, when that fails, Windows-1252 (what most legacy newsroom exports are), which
 * the caller reports. Files that are not text at all (image and archive signatures, dense control
 * bytes) are recognised so they can be reported instead of rendered as garbage.
 */
final class TextDecoder {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** The decoded text and the charset used; {@code fellBack} when UTF-8 failed. */
  record Decoded(String text, Charset charset, boolean fellBack) {}

  private TextDecoder() {}

  /** Empty when the bytes are not text. */
  static Optional<Decoded> decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return Optional.of(utf8OrFallback(bytes, 3));
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return Optional.of(new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE),
          StandardCharsets.UTF_16LE, false));
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return Optional.of(new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE),
          StandardCharsets.UTF_16BE, false));
    }
    if (looksBinary(bytes)) {
      return Optional.empty();
    }
    return Optional.of(utf8OrFallback(bytes, 0));
  }

  /**
   * The first bytes of a longer file, without the UTF-8 sequence the cut may have split (which would
   * make valid UTF-8 look invalid). Harmless for other encodings: their text is cut shorter still.
   */
  static byte[] withoutPartialCharacter(byte[] b) {
    int i = b.length - 1;
    while (i >= 0 && b.length - i < 4 && (b[i] & 0xC0) == 0x80) i--;
    if (i < 0) return b;
    int lead = b[i] & 0xFF;
    int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    return b.length - i < length ? Arrays.copyOf(b, i) : b;
  }

  private static Decoded utf8OrFallback(byte[] bytes, int offset) {
    try {
      String s = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
      return new Decoded(s, StandardCharsets.UTF_8, false);
    } catch (CharacterCodingException e) {
      return new Decoded(new String(bytes, offset, bytes.length - offset, WINDOWS_1252), WINDOWS_1252, true);
    }
  }

  /**
   * The signature of a common binary format, or control bytes (NUL and the like; not tabs, line or
   * page breaks) making up more than 1 in 16 of the first 8 KiB. A few stray control bytes (even
   * NULs) are what damaged or scraped text carries: that file is text, and the reader removes and
   * reports them, so the article is kept. Images, archives and the like are dense with them.
   */
  static boolean looksBinary(byte[] b) {
    if (startsWith(b, 0x89, 'P', 'N', 'G') || startsWith(b, 'P', 'K', 3, 4) || startsWith(b, '%', 'P', 'D', 'F')
        || startsWith(b, 0xFF, 0xD8, 0xFF) || startsWith(b, 'G', 'I', 'F', '8') || startsWith(b, 0x1F, 0x8B)
        || startsWith(b, 0x7F, 'E', 'L', 'F')) {
      return true;
    }
    int n = Math.min(b.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != 0x0B && c != 0x0C) || c == 0x7F) control++;
    }
    return control * 16 > n;
  }

  private static boolean startsWith(byte[] b, int... sig) {
    if (b.length < sig.length) return false;
    for (int i = 0; i < sig.length; i++) {
      if ((b[i] & 0xFF) != sig[i]) return false;
    }
    return true;
  }
}
