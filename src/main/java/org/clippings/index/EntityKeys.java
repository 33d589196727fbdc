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

  /** Names repeat across pages and articles; folding and normalising them is not free. */
  private static final java.util.Map<String, String> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

  private EntityKeys() {}

  public static String slug(String name) {
    String cached = CACHE.get(name);
    if (cached != null) return cached;
    String slug = compute(name);
    if (CACHE.size() < 1_000_000) CACHE.put(name, slug);
    return slug;
  }

  private static String compute(String name) {
    String s = Slugs.of(name, "");
    if (!s.isEmpty()) return s;
    long h = 1125899906842597L;
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) h = 31 * h + b;
    return "x-" + HexFormat.of().toHexDigits(h).substring(0, 10);
  }
}
