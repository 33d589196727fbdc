package org.clippings.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.clippings.cli.Main;
import org.clippings.publish.BuildCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue #6: an incremental build must give exactly what a clean build gives. A seeded random
 * sequence of additions, edits, deletions, renames and touches is applied to a small archive; after
 * each step the incremental build (reusing the cache and the previous site) is compared, file by
 * file and byte by byte, with a clean build of the same articles.
 */
class IncrementalBuildTest {

  private static final String[] PEOPLE = {"Ana Ruiz", "Kwame Mensah", "Li Wei", "Olga Petrova", "Tomás Silva"};
  private static final String[] PLACES = {"Lisbon", "Accra", "Chengdu", "Kazan", "Porto"};
  private static final String[] SUBJECTS = {
    "the harbour budget", "a new rail line", "flood defences", "the school reform", "a trade agreement"};

  @TempDir Path dir;
  private final Random random = new Random(20261123);
  private int serial;

  @Test
  void incrementalBuildsAfterRandomEditsEqualCleanBuilds() throws IOException {
    Site site = site("site:\n  base_url: https://example.org/news/\nbuild:\n  page_size: 3\n", 8);
    Path articles = site.articles();
    Path config = site.config();
    build(config, articles, dir.resolve("site/public"), true);

    var steps = new ArrayList<String>();
    for (int step = 0; step < 8; step++) {
      steps.add(mutate(articles));
      build(config, articles, dir.resolve("site/public"), true);
      Path clean = dir.resolve("clean-" + step + "/public");
      build(config, articles, clean, false);
      assertSameTree(clean, dir.resolve("site/public"), "after " + steps);
    }
  }

  /**
   * {@code serve} builds again and again in one process, keeping its last taxonomies and per-record
   * outputs in a {@link BuildMemory} and the cache files it read and wrote in memory: after each random change its
   * site must still equal a clean build's.
   */
  @Test
  void buildsInOneProcessKeepingRenderMemoryEqualCleanBuilds() throws IOException {
    Site site = site("site:\n  base_url: https://example.org/news/\nbuild:\n  page_size: 3\n", 8);
    asServeDoes(memory -> {
      inProcess(site, site.out(), true, memory);
      randomChangesInOneProcess(site, memory, 10, "clean-");
    });
  }

  /**
   * In one process, pages are kept from what they were made from: a page whose own article did not
   * change must still change when another article gives it new related coverage, or renames an
   * entity it lists (the name most articles use), whether it is an article's page or a term's.
   */
  @Test
  void inOneProcessAPageChangesWithWhatOtherArticlesChangeInIt() throws IOException {
    Site site = site("site:\n  base_url: https://example.org/\n", 0);
    String story = "Kwame Mensah opened the new harbour crane in Porto on Monday. The crane lifts forty containers"
        + " an hour, the port authority said, and cost eleven million euros.\n\nDock workers in Porto welcomed the"
        + " crane but asked for training. The authority promised courses from March.\n";
    article(site, "a.md", "Crane opens in Porto harbour", "2024-02-01", "[Kwame Mensah, Ana Ruiz]", "Porto", story);
    article(site, "b.md", "Ana Ruiz visits Lisbon", "2024-01-10", "[Ana Ruiz]", "Lisbon",
        "Ana Ruiz toured the Lisbon tram depot and spoke about fares.\n");
    asServeDoes(memory -> {
      inProcess(site, site.out(), true, memory);
      // the same story again: a.md's page must now list it, though a.md did not change
      article(site, "c.md", "Porto harbour crane starts work", "2024-02-02", "[Kwame Mensah]", "Porto",
          story.replace("on Monday", "on Tuesday"));
      inProcess(site, site.out(), true, memory);
      inProcess(site, dir.resolve("clean-related/public"), false, BuildMemory.NONE);
      assertSameTree(dir.resolve("clean-related/public"), site.out(), "after a same-story article was added");
      String page = Files.readString(site.out().resolve("articles/2024/02/01/crane-opens-in-porto-harbour/index.html"));
      assertTrue(page.contains("Porto harbour crane starts work"), "the new coverage is listed:\n" + page);

      // two more articles spell her name in capitals: most articles now use that spelling
      article(site, "d.md", "Fares rise", "2024-03-01", "[ANA RUIZ]", "Kazan", "She announced new fares.\n");
      article(site, "e.md", "Fares fall", "2024-03-02", "[ANA RUIZ]", "Kazan", "Tickets will cost less.\n");
      inProcess(site, site.out(), true, memory);
      inProcess(site, dir.resolve("clean-name/public"), false, BuildMemory.NONE);
      assertSameTree(dir.resolve("clean-name/public"), site.out(), "after another spelling became the usual one");
      assertTrue(Files.readString(site.out().resolve("people/kwame-mensah/index.html")).contains("ANA RUIZ"),
          "the term seen with Kwame Mensah is listed under its new name");
    });
  }

  /**
   * {@code serve} prepares after a first build that found nothing to do: it renders into
   * nothing, so the site and the cache stay as they were, and the builds after it still equal
   * clean builds.
   */
  @Test
  void preparingForRebuildsWritesNothingAndTheRebuildsStayExact() throws IOException {
    Site site = site("site:\n  base_url: https://example.org/news/\nbuild:\n  page_size: 3\n", 6);
    asServeDoes(memory -> {
      inProcess(site, site.out(), true, BuildMemory.NONE);
      Map<String, byte[]> before = files(site.out());
      Map<String, byte[]> cacheBefore = files(BuildCache.folderFor(site.out()));
      inProcess(site, site.out(), true, memory);
      assertTrue(memory.isEmpty(), "an up-to-date site is not rendered");
      Pipeline.configure(options(site, site.out(), true), "Clippings test").prepare(memory);
      assertTrue(!memory.isEmpty(), "prepared");
      assertSameFiles(before, files(site.out()), "the site is as it was");
      assertSameFiles(cacheBefore, files(BuildCache.folderFor(site.out())), "the cache is as it was");
      randomChangesInOneProcess(site, memory, 4, "clean-prepared-");
    });
  }

  private interface InOneProcess {
    void run(BuildMemory memory) throws IOException;
  }

  /** Runs {@code builds} as {@code serve} runs its builds: one memory, and the cache files kept in memory. */
  private static void asServeDoes(InOneProcess builds) throws IOException {
    BuildCache.keepInMemory(true);
    try {
      builds.run(BuildMemory.kept());
    } finally {
      BuildCache.keepInMemory(false);
    }
  }

  private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual, String context) {
    assertEquals(expected.keySet(), actual.keySet(), context);
    for (var e : expected.entrySet()) assertTrue(Arrays.equals(e.getValue(), actual.get(e.getKey())), e.getKey() + ": " + context);
  }

  private static void article(Site site, String name, String title, String date, String people, String place,
      String body) throws IOException {
    Files.writeString(site.articles().resolve(name), "---\ntitle: " + title + "\ndate: " + date + "\npeople: " + people
        + "\nplaces: [" + place + "]\norganizations: []\n---\n\n" + body, StandardCharsets.UTF_8);
  }

  /**
   * Pages depend only on the templates they read: after each template edit (the feed, the shared
   * layout, a partial that one page template starts to include, a dynamic include) the incremental
   * site equals a clean build, and an edit to the feed template keeps every HTML page.
   */
  @Test
  void afterEachTemplateEditTheSiteEqualsACleanBuild() throws IOException {
    Site site = site("site:\n  base_url: https://example.org/\nbuild:\n  page_size: 3\n", 6);
    Path templates = dir.resolve("site/templates");
    try (Stream<Path> s = Files.walk(Path.of("templates"))) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        Path to = templates.resolve(Path.of("templates").relativize(p).toString());
        Files.createDirectories(to.getParent());
        Files.copy(p, to);
      }
    }
    build(site, true);
    // file, text to replace (null: append), its replacement; each edit shows in the pages
    String[][] edits = {
      {"feed.ftlx", null, "<!-- edited feed -->"},
      {"lib/layout.ftlh", "</footer>", "<p>edited layout</p></footer>"},
      {"term.ftlh", null, "<#include \"lib/note.ftlh\">"},
      {"lib/note.ftlh", null, "<p>a note</p>"},
      {"article.ftlh", null, "<#include \"lib/${'note'}.ftlh\">"},
      {"lib/note.ftlh", null, "<p>another note</p>"},
    };
    Files.writeString(templates.resolve("lib/note.ftlh"), "");
    for (int i = 0; i < edits.length; i++) {
      Path file = templates.resolve(edits[i][0]);
      String text = Files.readString(file);
      Files.writeString(file, edits[i][1] == null ? text + edits[i][2] + "\n" : text.replace(edits[i][1], edits[i][2]));
      String out = build(site, true);
      assertSameAsCleanBuild(site, "clean-template-" + i, "after editing " + edits[i][0] + ":\n" + out);
      if (i == 0) {
        int files = number(out, "files written\\s+(\\d+)");
        int kept = number(out, "(\\d+) unchanged pages kept");
        long feeds;
        try (Stream<Path> s = Files.walk(site.out())) {
          feeds = s.filter(p -> p.getFileName().toString().equals("feed.xml")).count();
        }
        assertEquals(feeds, files - kept, "an edited feed template re-renders the feeds and nothing else:\n" + out);
      }
    }
  }

  /** {@code count} random changes, each built in this process with {@code memory} and compared with a clean build. */
  private void randomChangesInOneProcess(Site site, BuildMemory memory, int count, String cleanPrefix)
      throws IOException {
    var steps = new ArrayList<String>();
    for (int step = 0; step < count; step++) {
      steps.add(mutate(site.articles()));
      inProcess(site, site.out(), true, memory);
      Path clean = dir.resolve(cleanPrefix + step + "/public");
      inProcess(site, clean, false, BuildMemory.NONE);
      assertSameTree(clean, site.out(), "after " + steps);
    }
  }

  private static BuildOptions options(Site site, Path out, boolean useCache) {
    return new BuildOptions(java.util.Optional.of(site.config()), java.util.Optional.of(site.articles()),
        java.util.Optional.of(out), java.time.LocalDate.of(2026, 1, 1), useCache);
  }

  private static void inProcess(Site site, Path out, boolean useCache, BuildMemory memory) {
    BuildResult r = Pipeline.configure(options(site, out, useCache), "Clippings test").build(msg -> {}, memory);
    assertEquals(0, r.problems().snapshot().errors(), r.problems().toString());
  }

  @Test
  void aRebuildWithNothingChangedReusesEveryPage() throws IOException {
    Site site = site("", 4);
    Path articles = site.articles();
    Path config = site.config();
    build(config, articles, dir.resolve("site/public"), true);
    String second = build(config, articles, dir.resolve("site/public"), true);
    assertTrue(second.contains("4 unchanged, from the build cache"), second);
    var m = java.util.regex.Pattern.compile("files written\\s+(\\d+)\\s+\\(\\S+ MB rendered, (\\d+) unchanged pages kept\\)")
        .matcher(second);
    assertTrue(m.find(), second);
    int files = Integer.parseInt(m.group(1));
    int reused = Integer.parseInt(m.group(2));
    assertEquals(files, reused, "every file reused:\n" + second);
  }

  @Test
  void anUpToDateSiteIsLeftInPlaceWithItsWarningsAndAnyChangeRebuildsIt() throws IOException {
    Site site = site("", 4);
    Path articles = site.articles();
    Path config = site.config();
    Path out = site.out();
    Files.writeString(articles.resolve("undated.txt"), "A paragraph with no date at all, about Lisbon.\n");
    String first = build(config, articles, out, true);
    Object folder = Files.getAttribute(out, "unix:ino");

    String second = build(config, articles, out, true);
    assertEquals(folder, Files.getAttribute(out, "unix:ino"), "an up-to-date site is not swapped:\n" + second);
    assertEquals(warnings(first), warnings(second), "same warnings reported:\n" + first + "\n" + second);
    assertTrue(warnings(first).contains("undated"), first);

    Files.setLastModifiedTime(articles.resolve("a0.md"), FileTime.fromMillis(1_000_000_000L));
    String touched = build(config, articles, out, true);
    assertEquals(folder, Files.getAttribute(out, "unix:ino"), "a touched file with the same content changes nothing");
    assertTrue(touched.contains("5 unchanged, from the build cache"), "a touched file is not extracted again:\n" + touched);
    String after = build(config, articles, out, true);
    assertTrue(after.contains("5 unchanged, from the build cache"), after);

    Files.writeString(articles.resolve("a0.md"), Files.readString(articles.resolve("a0.md")) + "\nOne more line.\n");
    build(config, articles, out, true);
    Object edited = Files.getAttribute(out, "unix:ino");
    assertTrue(!folder.equals(edited), "an edited article rebuilds the site");

    Path templates = Files.createDirectories(dir.resolve("site/templates"));
    Files.writeString(templates.resolve("404.ftlh"), "<!DOCTYPE html><title>gone</title><p>Not here.</p>\n");
    build(config, articles, out, true);
    assertTrue(!edited.equals(Files.getAttribute(out, "unix:ino")), "a changed template rebuilds the site");
    assertEquals("<!DOCTYPE html><title>gone</title><p>Not here.</p>\n", Files.readString(out.resolve("404.html")));
  }

  @Test
  void anUnchangedArchiveIsKnownFromItsFileListWithoutReadingARecord() throws IOException {
    Site site = site("", 4);
    Files.writeString(site.articles().resolve("undated.txt"), "A paragraph with no date at all, about Lisbon.\n");
    String first = build(site, true);
    Object folder = Files.getAttribute(site.out(), "unix:ino");
    // records that cannot be read would mean extracting every article again
    Files.writeString(BuildCache.folderFor(site.out()).resolve("records.bin"), "unreadable");
    String second = build(site, true);
    assertTrue(second.contains("5 unchanged, from the build cache"), second);
    assertEquals(warnings(first), warnings(second), "the same warnings reported:\n" + first + "\n" + second);
    assertEquals(folder, Files.getAttribute(site.out(), "unix:ino"), "the site is left in place");

    // a file that is not an article changes no record, but the build must say so
    Files.writeString(site.articles().resolve("notes.docx"), "not an article");
    String withNotes = build(site, true);
    assertTrue(withNotes.contains("not-an-article"), "reported:\n" + withNotes);
    assertTrue(!withNotes.contains("unchanged, from the build cache"), "the unreadable records are read as no cache:\n" + withNotes);
    String again = build(site, true);
    assertTrue(again.contains("not-an-article") && again.contains("5 unchanged, from the build cache"), again);

    addArticle(site);
    String third = build(site, true);
    assertTrue(third.contains("5 unchanged, from the build cache"), third);
    assertSameAsCleanBuild(site, "clean", "after the records file was lost");
  }

  @Test
  void aTemplateChangeRendersThePagesAgainAndKeepsWhatNoTemplateMakes() throws IOException {
    Site site = site("", 6);
    Path out = site.out();
    Path templates = Files.createDirectories(dir.resolve("site/templates"));
    Files.writeString(templates.resolve("404.ftlh"), "<!DOCTYPE html><title>gone</title><p>Not here.</p>\n");
    build(site, true);

    Path related = out.resolveSibling(".clippings-cache").resolve("related.bin");
    assertTrue(Files.isRegularFile(related), "related coverage saved for the next build");
    Object relatedSaved = Files.readAttributes(related, java.nio.file.attribute.BasicFileAttributes.class).fileKey();

    Files.writeString(templates.resolve("404.ftlh"), "<!DOCTYPE html><title>gone</title><p>Moved.</p>\n");
    String second = build(site, true);
    assertEquals(relatedSaved, Files.readAttributes(related, java.nio.file.attribute.BasicFileAttributes.class).fileKey(),
        "the records did not change: related coverage read, not computed and saved again");
    assertEquals("<!DOCTYPE html><title>gone</title><p>Moved.</p>\n", Files.readString(out.resolve("404.html")));
    int written = number(second, "files written\\s+(\\d+)");
    int kept = number(second, "(\\d+) unchanged pages kept");
    long searchFiles;
    try (Stream<Path> s = Files.walk(out.resolve("search"))) {
      searchFiles = s.filter(Files::isRegularFile).count();
    }
    // the search index, records.json, entities.json, the assets and robots.txt are made by no template
    assertTrue(kept >= searchFiles + 4, "kept " + kept + " of " + written + ", " + searchFiles + " in search/:\n" + second);
    assertTrue(kept < written / 2 + searchFiles, "the pages are rendered again:\n" + second);
    assertSameAsCleanBuild(site, "clean", "after a template change:\n" + second);
  }

  @Test
  void theSiteBeforeTheCurrentOneIsKeptBesideItAndWrittenOverInPlace() throws Exception {
    Site site = site("", 3);
    Path out = site.out();
    build(site, true);
    Object home = Files.getAttribute(out.resolve("index.html"), "unix:ino");
    for (int step = 0; step < 2; step++) {
      addArticle(site);
      build(site, true);
      try (Stream<Path> s = Files.list(out.getParent())) {
        assertEquals(List.of(".public.previous"), s.map(p -> p.getFileName().toString())
            .filter(n -> n.startsWith(".public.")).toList(), "only the previous site is kept beside the output");
      }
    }
    // the first site became the previous one, and the third build wrote over its files
    assertEquals(home, Files.getAttribute(out.resolve("index.html"), "unix:ino"), "the home page written in place");
    assertSameAsCleanBuild(site, "clean", "after writing over the previous site");
    // a build without the cache writes over the previous site too, and leaves no page list behind
    addArticle(site);
    build(site, false);
    assertTrue(!Files.exists(BuildCache.folderFor(out).resolve("pages.bin")), "no page list vouches for the sites");
    String next = build(site, true);
    assertSameAsCleanBuild(site, "clean2", "after a build without the cache:\n" + next);
  }

  @Test
  void aFolderBesideTheOutputThatClippingsDidNotMakeIsLeftAlone() throws IOException {
    Site site = site("", 3);
    Path mine = Files.createDirectories(site.out().resolveSibling(".public.previous")).resolve("notes.txt");
    Files.writeString(mine, "not a site");
    for (int step = 0; step < 3; step++) {
      addArticle(site);
      build(site, true);
    }
    assertEquals("not a site", Files.readString(mine), "a folder without the marker is never written over or deleted");
    assertSameAsCleanBuild(site, "clean", "beside a folder of the user's");
  }

  private static int number(String output, String regex) {
    var m = java.util.regex.Pattern.compile(regex).matcher(output);
    assertTrue(m.find(), regex + " in:\n" + output);
    return Integer.parseInt(m.group(1));
  }

  /** The folders of a test site and its config file, with {@code n} articles written. */
  private record Site(Path articles, Path config, Path out) {}

  private Site site(String config, int n) throws IOException {
    var site = new Site(Files.createDirectories(dir.resolve("site/articles")), dir.resolve("site/site-config.yaml"),
        dir.resolve("site/public"));
    Files.writeString(site.config(), config);
    for (int i = 0; i < n; i++) addArticle(site);
    return site;
  }

  private void addArticle(Site site) throws IOException {
    write(site.articles().resolve("a" + (serial++) + ".md"));
  }

  private String build(Site site, boolean useCache) {
    return build(site.config(), site.articles(), site.out(), useCache);
  }

  /** The site's output equals, file by file, a clean build of the same articles into {@code name/public}. */
  private void assertSameAsCleanBuild(Site site, String name, String context) throws IOException {
    Path clean = dir.resolve(name + "/public");
    build(site.config(), site.articles(), clean, false);
    assertSameTree(clean, site.out(), context);
  }

  private static String warnings(String output) {
    var m = java.util.regex.Pattern.compile("warnings +\\d+[^\n]*").matcher(output);
    return m.find() ? m.group() : "no warnings line in:\n" + output;
  }

  private String mutate(Path articles) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(articles)) {
      files = s.sorted().toList();
    }
    Path victim = files.get(random.nextInt(files.size()));
    switch (random.nextInt(5)) {
      case 0 -> {
        Path p = articles.resolve("a" + (serial++) + ".md");
        write(p);
        return "add " + p.getFileName();
      }
      case 1 -> {
        write(victim);
        return "edit " + victim.getFileName();
      }
      case 2 -> {
        if (files.size() <= 2) return mutate(articles);
        Files.delete(victim);
        return "delete " + victim.getFileName();
      }
      case 3 -> {
        Path to = articles.resolve("r" + (serial++) + ".md");
        Files.move(victim, to);
        return "rename " + victim.getFileName() + " to " + to.getFileName();
      }
      default -> {
        Files.setLastModifiedTime(victim, FileTime.fromMillis(Files.getLastModifiedTime(victim).toMillis() + 5000));
        return "touch " + victim.getFileName();
      }
    }
  }

  /** A Markdown article naming its people and places, so no model is needed and builds stay fast. */
  private void write(Path p) throws IOException {
    String person = PEOPLE[random.nextInt(PEOPLE.length)];
    String place = PLACES[random.nextInt(PLACES.length)];
    String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
    String date = random.nextInt(6) == 0 ? "" : String.format("date: 2024-%02d-%02d%n", 1 + random.nextInt(3),
        1 + random.nextInt(28));
    String text = "---\ntitle: " + person + " backs " + subject + " in " + place + "\n" + date + "people: [" + person
        + "]\nplaces: [" + place + "]\norganizations: []\n---\n\n" + person + " said on Monday that " + subject
        + " would go ahead in " + place + " after a vote of " + random.nextInt(100) + " to " + random.nextInt(100)
        + ".\n\n## Reaction\n\nCritics in " + place + " said " + subject + " was rushed.\n";
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  private String build(Path config, Path articles, Path out, boolean useCache) {
    var outText = new StringWriter();
    var err = new StringWriter();
    var args = new ArrayList<>(List.of("build", "--config", config.toString(), "--articles", articles.toString(),
        "--out", out.toString()));
    if (!useCache) args.add("--no-cache");
    CommandLine cli = Main.commandLine().setOut(new PrintWriter(outText)).setErr(new PrintWriter(err));
    int code = cli.execute(args.toArray(String[]::new));
    assertEquals(0, code, err.toString());
    return outText.toString();
  }

  private static void assertSameTree(Path expected, Path actual, String context) throws IOException {
    Map<String, byte[]> a = files(expected);
    Map<String, byte[]> b = files(actual);
    assertEquals(a.keySet(), b.keySet(), "file list differs " + context);
    for (var e : a.entrySet()) {
      assertTrue(Arrays.equals(e.getValue(), b.get(e.getKey())), e.getKey() + " differs " + context);
    }
  }

  private static Map<String, byte[]> files(Path root) throws IOException {
    var m = new TreeMap<String, byte[]>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(p -> !p.equals(root)).toList()) {
        // folders too: a folder the site no longer needs must not be left behind, empty
        if (Files.isDirectory(p)) m.put(root.relativize(p) + "/", new byte[0]);
        else m.put(root.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return m;
  }
}
