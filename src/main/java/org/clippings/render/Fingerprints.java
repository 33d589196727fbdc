package org.clippings.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A short, collision-resistant digest of a page's inputs, for incremental builds. */
public final class Fingerprints {

  private Fingerprints() {}

  public static String of(String inputs) {
    return of(inputs.getBytes(StandardCharsets.UTF_8));
  }

  public static String of(byte[] inputs) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(inputs);
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
