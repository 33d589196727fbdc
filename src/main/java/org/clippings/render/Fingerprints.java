package org.clippings.render;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A short, collision-resistant digest of a page's inputs, for incremental builds. */
public final class Fingerprints {

  private Fingerprints() {}

  /** SHA-256 and a UTF-8 buffer per thread: a digest object and a copy of the text per page added up at 20,000 pages. */
  private static final ThreadLocal<Hasher> HASHERS =
      ThreadLocal.withInitial(() -> new Hasher(sha256(), new Utf8Writer()));

  private record Hasher(MessageDigest sha256, Utf8Writer utf8) {}

  /** The fingerprint of the parts' UTF-8 text joined by newlines, without joining them. */
  public static String of(String... parts) {
    Hasher h = HASHERS.get();
    Utf8Writer w = h.utf8().reset();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) w.write('\n');
      w.write(parts[i]);
    }
    return digest(h);
  }

  /**
   * The fingerprint of the parts and then the view's text ({@link ViewText}), joined by newlines:
   * with the text written straight into the digest's buffer, never held as a string.
   */
  static String ofView(Object view, String... parts) {
    Hasher h = HASHERS.get();
    Utf8Writer w = h.utf8().reset();
    for (String part : parts) {
      w.write(part);
      w.write('\n');
    }
    ViewText.append(w, view);
    return digest(h);
  }

  /** The digest of what was written into the hasher's buffer. */
  private static String digest(Hasher h) {
    h.utf8().digestInto(h.sha256());
    return hex(h.sha256().digest());
  }

  public static String of(byte[] inputs) {
    return hex(sha256().digest(inputs));
  }

  private static String hex(byte[] digest) {
    return HexFormat.of().formatHex(digest, 0, 16);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
