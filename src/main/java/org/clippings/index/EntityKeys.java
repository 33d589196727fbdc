package org.clippings.index;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.clippings.extract.Slugs;

/**
 * The key of an entity across the archive, which is also its URL slug: names that slug the same
 * ("Pak Myong-ho", "Pak Myong Ho") are one entity. Names with no Latin letters get a key from a
 * hash of the name, so they never collide with each other.
 */
public final class EntityKeys {

  private EntityKeys() {}

  public static String slug(String name) {
    String s = Slugs.of(name, "");
    if (!s.isEmpty()) return s;
    long h = 1125899906842597L;
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) h = 31 * h + b;
    return "x-" + HexFormat.of().toHexDigits(h).substring(0, 10);
  }
}
