package org.clippings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.clippings.cli.Main;
import picocli.CommandLine;

/**
 * A whole site written inline as txtar and built through the real command line, in the spirit of
 * Hugo's integration test builder ({@code hugolib/integrationtest_builder.go}):
 *
 * <pre>{@code
 * TestSite.of("""
 *     -- site-config.yaml --
 *     site:
 *       title: Harbour News
 *     -- articles/a.txt --
 *     date 2024-03-11
 *
 *     The council met.
 *     """).build().assertFile("public/index.html", "Harbour News", "! Advertisement");
 * }</pre>
 *
 * <p>Each {@code -- path --} line starts a file; its content runs to the next such line. Files are
 * written into a fresh temporary folder (or one the test gives, e.g. a JUnit {@code @TempDir}).
 * {@link #build(String...)} runs {@code build --config <dir>/site-config.yaml --articles
 * <dir>/articles --out <dir>/public} through {@link Main#commandLine()} with captured streams. A site
 * without {@code site-config.yaml} gets an empty one (all defaults), so a test never picks up the
 * {@code site-config.yaml} of the working directory, which is the repo's demo configuration.
 */
public final class TestSite {

  /** The file names txtar gives, in order, and their text. */
  private final Map<String, String> files;
  private final Path dir;

  private TestSite(Path dir, Map<String, String> files) {
    this.dir = dir;
    this.files = files;
  }

  /** Writes the txtar files into a new temporary folder (removed when the JVM exits). */
  public static TestSite of(String txtar) {
    return in(TempDirs.create("clippings-site-"), txtar);
  }

  /** Writes the txtar files into {@code dir}. */
  public static TestSite in(Path dir, String txtar) {
    var site = new TestSite(dir, parse(txtar));
    site.write();
    return site;
  }

  /**
   * Parses txtar: {@code -- name --} lines start files; text before the first is a comment. A file's
   * content keeps its line ends; the newline before the next marker belongs to the file.
   */
  static Map<String, String> parse(String txtar) {
    var out = new LinkedHashMap<String, String>();
    String name = null;
    var content = new StringBuilder();
    for (String line : txtar.split("(?<=\n)", -1)) {
      String bare = line.strip();
      if (bare.startsWith("-- ") && bare.endsWith(" --") && bare.length() > 6) {
        if (name != null) out.put(name, content.toString());
        name = bare.substring(3, bare.length() - 3).strip();
        content.setLength(0);
      } else if (name != null) {
        content.append(line);
      }
    }
    if (name != null) out.put(name, content.toString());
    if (out.isEmpty()) throw new IllegalArgumentException("txtar has no '-- name --' file markers");
    return out;
  }

  private void write() {
    try {
      for (Map.Entry<String, String> f : files.entrySet()) {
        writeFile(f.getKey(), f.getValue());
      }
      if (!files.containsKey("site-config.yaml")) writeFile("site-config.yaml", "");
      Files.createDirectories(dir.resolve("articles"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes (or replaces) one file of the site, e.g. to edit an article between two builds. */
  public TestSite writeFile(String relative, String text) throws IOException {
    return writeBytes(relative, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes raw bytes, for encodings other than UTF-8 and for binary files. */
  public TestSite writeBytes(String relative, byte[] bytes) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
    return this;
  }

  public Path dir() {
    return dir;
  }

  /** {@code clippings build} of this site into {@code <dir>/public}, plus any extra arguments. */
  public Result build(String... extraArgs) {
    var args = new ArrayList<>(List.of("build",
        "--config", dir.resolve("site-config.yaml").toString(),
        "--articles", dir.resolve("articles").toString(),
        "--out", dir.resolve("public").toString()));
    args.addAll(List.of(extraArgs));
    return run(args.toArray(String[]::new));
  }

  /** Any command, as given, with the working folder's defaults; output paths resolve against {@link #dir()}. */
  public Result run(String... args) {
    return run(cl -> {}, args);
  }

  /** Any command, letting the test reach the command objects first (e.g. to capture raw stdout). */
  public Result run(Consumer<CommandLine> setup, String... args) {
    return execute(dir, setup, args);
  }

  /** Runs the command line with captured streams; {@code dir} is where result paths resolve. */
  public static Result execute(Path dir, Consumer<CommandLine> setup, String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    setup.accept(cl);
    int code = cl.execute(args);
    return new Result(dir, code, out.toString(), err.toString());
  }

  // ---------------------------------------------------------------------------------------------
  // The repo's own demo: articles/ and site-config.yaml at the repo root.

  private static Result demo;

  /** The repo root: the folder holding pom.xml and the demo's site-config.yaml. */
  public static Path repoRoot() {
    Path p = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
    for (Path c = p; c != null; c = c.getParent()) {
      if (Files.isRegularFile(c.resolve("pom.xml")) && Files.isDirectory(c.resolve("articles"))) return c;
    }
    throw new IllegalStateException("cannot find the repo root (pom.xml + articles/) from " + p);
  }

  /** Builds the demo into {@code <dir>/public}; the repo's own public/ is never touched. */
  public static Result buildDemo(Path dir) {
    Path root = repoRoot();
    return execute(dir, cl -> {}, "build", "--config", root.resolve("site-config.yaml").toString(),
        "--out", dir.resolve("public").toString());
  }

  /**
   * The demo built once per test run and shared by the tests that only read it. The build must
   * succeed; tests must not change the files.
   */
  public static synchronized Result demo() {
    if (demo == null) {
      Result r = buildDemo(TempDirs.create("clippings-demo-"));
      assertEquals(0, r.exitCode(), () -> "the demo must build: " + r.err());
      demo = r;
    }
    return demo;
  }

  // ---------------------------------------------------------------------------------------------

  /** What a command did: exit code, captured output, and the files it left under the site folder. */
  public record Result(Path dir, int exitCode, String out, String err) {

    public Path path(String relative) {
      return dir.resolve(relative);
    }

    /** The published site folder ({@code public/}). */
    public Path site() {
      return dir.resolve("public");
    }

    public String read(String relative) {
      Path p = path(relative);
      assertTrue(Files.isRegularFile(p), () -> relative + " should exist; files: " + listing());
      try {
        return Files.readString(p, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * Each line must be contained in the file; a line starting with {@code !} must not be. Lines are
     * stripped, so text blocks can indent them.
     */
    public Result assertFile(String relative, String... lines) {
      String text = read(relative);
      for (String raw : lines) {
        String line = raw.strip();
        if (line.startsWith("!")) {
          String unwanted = line.substring(1).strip();
          if (text.contains(unwanted)) {
            fail(relative + " should not contain \"" + unwanted + "\" but does:\n" + excerpt(text, unwanted));
          }
        } else if (!text.contains(line)) {
          fail(relative + " should contain \"" + line + "\"; it is:\n" + text);
        }
      }
      return this;
    }

    public Result assertExists(String relative) {
      assertTrue(Files.exists(path(relative)), () -> relative + " should exist; files: " + listing());
      return this;
    }

    public Result assertNotExists(String relative) {
      assertTrue(!Files.exists(path(relative)), () -> relative + " should not exist");
      return this;
    }

    public Result assertExit(int expected) {
      assertEquals(expected, exitCode, () -> "exit code; stdout:\n" + out + "\nstderr:\n" + err);
      return this;
    }

    /** Every regular file below the site folder, as '/'-separated relative paths, sorted. */
    public List<String> siteFiles() {
      return files(site()).keySet().stream().toList();
    }

    private String listing() {
      return files(dir).keySet().toString();
    }

    private static String excerpt(String text, String found) {
      int at = text.indexOf(found);
      return "..." + text.substring(Math.max(0, at - 80), Math.min(text.length(), at + found.length() + 80)) + "...";
    }
  }

  /** Every regular file below {@code root}, '/'-separated relative path to path, sorted by path. */
  public static TreeMap<String, Path> files(Path root) {
    var out = new TreeMap<String, Path>();
    if (!Files.isDirectory(root)) return out;
    try (Stream<Path> s = Files.walk(root)) {
      s.filter(Files::isRegularFile).forEach(p -> {
        var parts = new ArrayList<String>();
        for (Path part : root.relativize(p)) parts.add(part.toString());
        out.put(String.join("/", parts), p);
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Temporary folders for sites not given a JUnit {@code @TempDir}; deleted when the JVM exits. */
  static final class TempDirs {
    private static final List<Path> CREATED = new ArrayList<>();

    static {
      Runtime.getRuntime().addShutdownHook(new Thread(TempDirs::deleteAll, "clippings-test-cleanup"));
    }

    private TempDirs() {}

    static synchronized Path create(String prefix) {
      try {
        Path p = Files.createTempDirectory(prefix);
        CREATED.add(p);
        return p;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static synchronized void deleteAll() {
      for (Path p : CREATED) {
        try {
          org.clippings.publish.SitePublisher.deleteTree(p);
        } catch (IOException e) {
          // best effort: the system's temp cleaner gets the rest
        }
      }
    }
  }
}
