package org.clippings.build;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.clippings.config.SiteConfig;

/**
 * The keys that decide whether the build cache still holds: anything that could change what
 * extraction or rendering produces is in them, so a cache hit is always safe.
 */
final class CacheKeys {

  private static final String JVM = java.util.UUID.randomUUID().toString();

  private CacheKeys() {}

  /** Extraction depends on the tool and on the ingest, entity and topic settings. */
  static String records(SiteConfig c, String generator) {
    return digest(List.of(generator, tool(), String.valueOf(c.ingest()), String.valueOf(c.entities()),
        String.valueOf(c.topics())));
  }

  /** Rendering depends on the tool, the whole configuration and the user's templates. */
  static String pages(SiteConfig c, String generator, Path templates) {
    return digest(List.of(generator, tool(), String.valueOf(c), templatesDigest(templates)));
  }

  /** The running code itself: a rebuilt jar (or classes folder) is another tool, whatever its version says. */
  private static String tool() {
    try {
      Path p = Path.of(CacheKeys.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(p)) return Files.size(p) + ":" + Files.getLastModifiedTime(p).toMillis();
      return "classes:" + JVM; // a classes folder (tests, IDE) may change between runs: trust a cache within one JVM only
    } catch (IOException | URISyntaxException | SecurityException | NullPointerException e) {
      return "unknown:" + System.nanoTime();
    }
  }

  private static String templatesDigest(Path dir) {
    if (!Files.isDirectory(dir)) return "";
    try (Stream<Path> s = Files.walk(dir)) {
      var sb = new StringBuilder();
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        sb.append(dir.relativize(p)).append(':').append(digest(Files.readAllBytes(p))).append('\n');
      }
      return digest(sb.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      return "unreadable:" + System.nanoTime();
    }
  }

  private static String digest(List<String> parts) {
    return digest(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8));
  }

  private static String digest(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

}
