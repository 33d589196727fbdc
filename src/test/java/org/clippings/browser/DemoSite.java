package org.clippings.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.clippings.cli.Main;

/**
 * The repo's demo (articles/ and site-config.yaml at the repo root) built through the CLI into a
 * folder, and one page of every kind in it.
 */
final class DemoSite {

  /** The repo root: Maven runs tests in the project's base directory. */
  static final Path REPO = Path.of(System.getProperty("basedir", "")).toAbsolutePath();

  final Path root;

  private DemoSite(Path root) {
    this.root = root;
  }

  /** Builds the demo into {@code dir/site} with {@code clippings build --config … --out …}. */
  static DemoSite build(Path dir) {
    Path out = dir.resolve("site");
    var stdout = new StringWriter();
    var stderr = new StringWriter();
    int code = Main.commandLine().setOut(new PrintWriter(stdout)).setErr(new PrintWriter(stderr))
        .execute("build", "--config", REPO.resolve("site-config.yaml").toString(), "--out", out.toString(), "--quiet");
    assertEquals(0, code, () -> "clippings build failed:\n" + stdout + stderr);
    assertTrue(Files.isRegularFile(out.resolve("index.html")), "the demo build wrote no index.html");
    return new DemoSite(out);
  }

  /**
   * One page of every kind the demo has, by name, as paths relative to the site root. The demo has
   * no organizations, so there is no organization page; its A-Z list is still checked (empty).
   */
  Map<String, String> pageKinds() {
    var kinds = new LinkedHashMap<String, String>();
    kinds.put("home", "index.html");
    kinds.put("article", first("articles"));
    kinds.put("archive", "archive/index.html");
    kinds.put("archive year", "archive/2024/index.html");
    kinds.put("archive month", "archive/2024/03/index.html");
    kinds.put("people", "people/index.html");
    kinds.put("places", "places/index.html");
    kinds.put("organizations", "organizations/index.html");
    kinds.put("topics", "topics/index.html");
    kinds.put("person", "people/amartuvshin-gombosuren/index.html");
    kinds.put("place", "places/mongolia/index.html");
    kinds.put("topic", "topics/diplomacy/index.html");
    kinds.put("search", "search/index.html?q=Gombosuren");
    kinds.put("not found", "404.html");
    kinds.values().forEach(p -> assertTrue(Files.isRegularFile(root.resolve(p.replaceFirst("\\?.*", ""))),
        () -> "the demo build has no " + p));
    return kinds;
  }

  /**
   * The path the site is published under (of {@code site.base_url}), as the 404 page's absolute links
   * use it: {@code /clippings/} for the demo.
   */
  String basePath() {
    try {
      String root = org.jsoup.Jsoup.parse(this.root.resolve("404.html").toFile(), "UTF-8")
          .select("meta[name=clippings-root]").attr("content");
      assertTrue(root.startsWith("/") && root.endsWith("/"), () -> "404.html's root should be a path, not " + root);
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The path of the first article page (in path order) under a folder, relative to the root. */
  String first(String folder) {
    try (Stream<Path> files = Files.walk(root.resolve(folder))) {
      return files.filter(p -> p.getFileName().toString().equals("index.html")).sorted().findFirst()
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .orElseThrow(() -> new AssertionError("no page under " + folder));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
