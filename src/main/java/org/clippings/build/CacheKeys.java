package org.clippings.build;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.clippings.config.SiteConfig;
import org.clippings.render.Fingerprints;

/**
 * The keys that decide whether the build cache still holds: anything that could change what
 * extraction or rendering produces is in them, so a cache hit is always safe.
 */
final class CacheKeys {

  private static final String JVM = java.util.UUID.randomUUID().toString();

  private CacheKeys() {}

  /** Extraction depends on the code that reads and extracts and on the ingest, entity and topic settings. */
  static String records(SiteConfig c, String generator) {
    return digest(List.of(generator, extractionCode(), String.valueOf(c.ingest()), String.valueOf(c.entities()),
        String.valueOf(c.topics())));
  }

  /**
   * Code and data that cannot change a record: indexing (it runs after records are cached),
   * rendering, templates, the command line and their libraries. A new jar that changes only these keeps the records, so upgrading Clippings does
   * not mean extracting 100,000 articles again; any other change in the jar (the model, the
   * gazetteer, ingest, extract, the cache's own format) does.
   */
  private static final List<String> NOT_EXTRACTION = List.of("org/clippings/index/", "org/clippings/render/",
      "org/clippings/cli/", "org/clippings/templates/", "org/clippings/publish/Site", "org/clippings/publish/Preview",
      "org/clippings/build/SiteWatcher", "freemarker/", "picocli/", "META-INF/");

  /** The jar's entries that can change a record, by name, CRC and size (read from its directory, not hashed). */
  private static String extractionCode() {
    Optional<Path> jar = codeSource().filter(Files::isRegularFile);
    if (jar.isEmpty()) return tool();
    try {
      return extractionCode(jar.get());
    } catch (IOException e) {
      return tool();
    }
  }

  static String extractionCode(Path p) throws IOException {
    try (var jar = new java.util.jar.JarFile(p.toFile())) {
      var sb = new StringBuilder(1 << 16);
      jar.stream().filter(e -> !e.isDirectory() && NOT_EXTRACTION.stream().noneMatch(e.getName()::startsWith))
          .sorted(java.util.Comparator.comparing(java.util.zip.ZipEntry::getName))
          .forEach(e -> sb.append(e.getName()).append(' ').append(e.getCrc()).append(' ').append(e.getSize())
              .append('\n'));
      return Fingerprints.of(sb.toString());
    }
  }

  /**
   * Related coverage depends on the records alone (each article's source and content, and the
   * extraction that made its record) and on the code that compares them.
   */
  static String related(String recordsKey, String recordsDigest) {
    return digest(List.of(tool(), recordsKey, recordsDigest));
  }

  /**
   * Rendering depends on the tool and the configuration but for its paths (where articles and
   * output live does not change a page), and on the user's templates: those are in each templated
   * page's own fingerprint instead, so a template change keeps the outputs no template makes (the
   * search index, the data exports).
   */
  static String pages(SiteConfig c, String generator) {
    return digest(List.of(generator, tool(), String.valueOf(c.withPaths(org.clippings.config.Paths.DEFAULT))));
  }

  /** The running code itself: a rebuilt jar (or classes folder) is another tool, whatever its version says. */
  private static String tool() {
    Optional<Path> p = codeSource();
    try {
      if (p.isPresent() && Files.isRegularFile(p.get())) {
        return Files.size(p.get()) + ":" + Files.getLastModifiedTime(p.get()).toMillis();
      }
    } catch (IOException e) {
      return "unknown:" + System.nanoTime();
    }
    // a classes folder (tests, IDE) may change between runs: trust a cache within one JVM only
    return p.isPresent() ? "classes:" + JVM : "unknown:" + System.nanoTime();
  }

  /** The jar (or classes folder) this class was loaded from. */
  private static Optional<Path> codeSource() {
    try {
      return Optional.of(Path.of(CacheKeys.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    } catch (URISyntaxException | SecurityException | NullPointerException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String digest(List<String> parts) {
    return Fingerprints.of(String.join("\u0000", parts));
  }
}
