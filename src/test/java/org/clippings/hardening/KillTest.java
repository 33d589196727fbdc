package org.clippings.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.clippings.TestSite;
import org.clippings.publish.BuildCache;
import org.clippings.publish.SitePublisher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} in the middle of a build never costs the published site. The demo is built into
 * {@code out/}; then, again and again, a child JVM starts building a larger corpus into the same
 * folder and is killed (SIGKILL, no shutdown hooks) after a random delay spread over a build's
 * length. After each of {@value #KILLS} kills that land before the new site is in place, {@code out/}
 * must be, byte for byte, the site it was (a kill in the instant between the two renames of the swap
 * leaves it beside {@code out/}, and the next build's first step puts it back). A kill after the swap,
 * or a build that finishes before its kill, must leave the whole new site; those are not counted.
 * Afterwards a normal build publishes the new site and leaves no staging or old folder behind.
 */
class KillTest {

  private static final int KILLS = 20;
  private static final int ARTICLES = 150;
  private static final long SEED = 20240311L;

  @Test
  void aKilledBuildNeverCostsThePublishedSite(@TempDir Path dir) throws Exception {
    long testStart = System.nanoTime();
    Path root = TestSite.repoRoot();
    Path out = dir.resolve("out");
    TestSite.execute(dir, cl -> {}, "build", "--config", root.resolve("site-config.yaml").toString(),
        "--out", out.toString(), "--quiet").assertExit(0);
    Map<String, String> previous = digest(out);
    Path pristine = dir.resolve("pristine");
    copyTree(out, pristine);

    Path corpus = writeCorpus(dir.resolve("corpus"));
    Path reference = dir.resolve("reference").resolve("out");
    long t0 = System.nanoTime();
    Process ref = child(corpus, reference);
    assertTrue(ref.waitFor(120, TimeUnit.SECONDS), "reference build finishes");
    assertEquals(0, ref.exitValue(), "reference build succeeds");
    long buildMillis = (System.nanoTime() - t0) / 1_000_000;
    Map<String, String> next = digest(reference);

    var random = new Random(SEED);
    int kills = 0;
    int duringStaging = 0;
    int inSwap = 0;
    int afterSwap = 0;
    int finished = 0;
    var delays = new ArrayList<Long>();
    for (int attempt = 0; kills < KILLS; attempt++) {
      assertTrue(attempt < 3 * KILLS, "too many builds published before their kill");
      long delay = (long) (random.nextDouble() * buildMillis);
      List<Path> stagingBefore = leftovers(dir, "staging");
      Process p = child(corpus, out);
      if (p.waitFor(delay, TimeUnit.MILLISECONDS)) {
        // finished before its kill was due: the new site, whole; then the demo again for the next round
        assertEquals(0, p.exitValue());
        assertEquals(next, digest(out), "a finished build publishes the whole new site");
        finished++;
        restore(pristine, out);
        continue;
      }
      p.destroyForcibly();
      assertTrue(p.waitFor(30, TimeUnit.SECONDS), "killed child exits");
      boolean staged = !stagingBefore.containsAll(leftovers(dir, "staging"));

      Map<String, String> now = Files.exists(out) ? digest(out) : null;
      if (now != null && now.equals(next)) {
        // killed once the new site was in place (deleting the old one, saving the cache): it was published
        afterSwap++;
        restore(pristine, out);
        continue;
      }
      kills++;
      delays.add(delay);
      if (staged) duringStaging++;
      if (now == null) {
        // killed between "out -> aside" and "staging -> out": the next build's first step puts it back
        inSwap++;
        new SitePublisher(out).begin().abort();
        assertEquals(previous, digest(out), "kill " + kills + " after " + delay + " ms: the old site is put back");
      } else {
        assertEquals(previous, now, "kill " + kills + " after " + delay + " ms: out/ is the previous site");
      }
    }

    TestSite.execute(dir, cl -> {}, "build", "--config", corpus.resolve("site-config.yaml").toString(),
        "--articles", corpus.resolve("articles").toString(), "--out", out.toString(), "--quiet").assertExit(0);
    assertEquals(next, digest(out), "a normal build after the kills publishes the whole new site");
    assertEquals(List.of(), leftovers(dir, "staging"), "no .out.staging-* left");
    assertEquals(List.of(), leftovers(dir, "old"), "no .out.old-* left");

    System.out.printf("KillTest: %d kills before the new site was in place, the previous site intact after each (%d while "
            + "staging the new site, %d in the swap); %d more landed after the swap and %d builds finished first, each "
            + "leaving the whole new site; a build takes %d ms; kill delays %s ms; %.1f s in all%n", kills,
        duringStaging, inSwap, afterSwap, finished, buildMillis, delays, (System.nanoTime() - testStart) / 1e9);
  }

  // ---------------------------------------------------------------------------------------------

  /** {@code clippings build} of the corpus into {@code out}, in a JVM of its own. */
  private static Process child(Path corpus, Path out) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    var cmd = List.of(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        "org.clippings.cli.Main", "build", "--config", corpus.resolve("site-config.yaml").toString(),
        "--articles", corpus.resolve("articles").toString(), "--out", out.toString(), "--quiet");
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }

  /**
   * Small Markdown articles that name their people, places and organizations in front matter, so the
   * build never loads the entity model: its time goes to reading, indexing, rendering and publishing.
   */
  private static Path writeCorpus(Path corpus) throws IOException {
    Files.createDirectories(corpus.resolve("articles"));
    Files.writeString(corpus.resolve("site-config.yaml"), "site:\n  title: Kill test\n", StandardCharsets.UTF_8);
    String[] words = ("harbour board budget ferry council dredging traders storm quay fishermen port timetable "
        + "minutes vote tender contract pier lighthouse tide cargo crane dock warehouse pilot").split(" ");
    String[] people = {"Maria Costa", "Jane Smith", "Ali Hassan", "Chen Wei", "Olga Petrova"};
    String[] places = {"Lisbon", "Porto", "Faro", "Setubal"};
    var random = new Random(SEED);
    for (int i = 0; i < ARTICLES; i++) {
      var sb = new StringBuilder("---\n");
      sb.append("title: \"").append(cap(words[random.nextInt(words.length)])).append(' ')
          .append(words[random.nextInt(words.length)]).append(" report ").append(i).append("\"\n");
      sb.append("date: ").append(LocalDate.of(2023, 1, 1).plusDays(random.nextInt(700))).append('\n');
      sb.append("people: [\"").append(people[random.nextInt(people.length)]).append("\"]\n");
      sb.append("places: [\"").append(places[random.nextInt(places.length)]).append("\"]\n");
      sb.append("organizations: []\n---\n\n");
      for (int para = 0; para < 4; para++) {
        for (int w = 0; w < 40; w++) {
          String word = words[random.nextInt(words.length)];
          sb.append(w == 0 ? cap(word) : word).append(w == 39 ? ".\n\n" : " ");
        }
      }
      Files.writeString(corpus.resolve("articles").resolve(String.format("%03d.md", i)), sb, StandardCharsets.UTF_8);
    }
    return corpus;
  }

  private static String cap(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  /** SHA-256 of every file below {@code root} (the marker file included), by relative path. */
  private static Map<String, String> digest(Path root) {
    var out = new TreeMap<String, String>();
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (var e : TestSite.files(root).entrySet()) {
        out.put(e.getKey(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(e.getValue()))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  /** The {@code .out.staging-*} or {@code .out.old-*} folders beside {@code out/}. */
  private static List<Path> leftovers(Path dir, String what) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().startsWith(".out." + what + "-")).sorted().toList();
    }
  }

  /**
   * Puts the demo site back (a finished build replaced it) for the next kill. The build cache goes
   * too: it describes the site it was saved with, and nothing but a build replaces a site behind it.
   */
  private static void restore(Path pristine, Path out) throws IOException {
    deleteTree(out);
    copyTree(pristine, out);
    Path cache = BuildCache.folderFor(out);
    if (Files.exists(cache)) deleteTree(cache);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    for (var e : TestSite.files(from).entrySet()) {
      Path target = to.resolve(e.getKey());
      Files.createDirectories(target.getParent());
      Files.copy(e.getValue(), target);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
