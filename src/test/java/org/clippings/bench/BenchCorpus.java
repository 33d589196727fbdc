package org.clippings.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clippings.config.SiteConfig;
import org.clippings.extract.EntityRecognizer;
import org.clippings.extract.Gazetteer;
import org.clippings.extract.RecordExtractor;
import org.clippings.extract.TopicClassifier;
import org.clippings.extract.TopicTaxonomy;
import org.clippings.ingest.Article;
import org.clippings.ingest.ArticleFinder;
import org.clippings.ingest.ArticleReader;
import org.clippings.ingest.Block;
import org.clippings.ingest.SourceFile;

/**
 * The articles every microbenchmark works on, read once per fork: the two seed articles of the demo
 * ({@code articles/}) and 20 generated ones ({@code bench/GenerateCorpus.java --count 20 --seed 42}),
 * so the figures are for real article text, as a build reads it, and the same on every machine.
 * {@code bench/jmh.sh} generates the 20 once and passes their folder as {@value #PROPERTY}; without
 * it (a run from an IDE) they are generated here, into a temporary folder.
 */
public final class BenchCorpus {

  static final String PROPERTY = "clippings.bench.corpus";
  private static final int COUNT = 20;
  private static final long SEED = 42;

  private BenchCorpus() {}

  /** The corpus's articles, seed articles first, each list in path order. */
  public static List<Article> articles() {
    Path repo = repo();
    var out = new ArrayList<Article>();
    out.addAll(read(repo.resolve("articles")));
    String given = System.getProperty(PROPERTY);
    if (given != null) {
      out.addAll(read(Path.of(given)));
    } else {
      Path tmp = generate(repo);
      try {
        out.addAll(read(tmp));
      } finally {
        deleteTree(tmp);
      }
    }
    return out;
  }

  /** An article's text as the stems for related coverage see it: headline and blocks, one a line. */
  public static String text(Article a) {
    var sb = new StringBuilder(a.title());
    for (Block b : a.blocks()) sb.append('\n').append(b.text());
    return sb.toString();
  }

  /** The extractor a build with the default config uses, around {@code recognizer}. */
  public static RecordExtractor extractor(EntityRecognizer recognizer) {
    var topics = SiteConfig.DEFAULT.topics();
    return new RecordExtractor(recognizer, Gazetteer.load(SiteConfig.DEFAULT.entities()),
        new TopicClassifier(TopicTaxonomy.load(topics), topics.maxPerArticle(), topics.threshold()));
  }

  private static List<Article> read(Path folder) {
    // a fixed "today": it only decides which dates are in the future, and must not change with the clock
    var reader = new ArticleReader(SiteConfig.DEFAULT.ingest(), LocalDate.of(2100, 1, 1));
    var out = new ArrayList<Article>();
    try {
      for (SourceFile f : ArticleFinder.find(folder).files()) {
        out.add(reader.read(f).article().orElseThrow(() -> new IllegalStateException("not an article: " + f.path())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + folder, e);
    }
    if (out.isEmpty()) throw new IllegalStateException("no articles in " + folder);
    return out;
  }

  private static Path generate(Path repo) {
    try {
      Path dir = Files.createTempDirectory("clippings-jmh-");
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      var p = new ProcessBuilder(java, repo.resolve("bench/GenerateCorpus.java").toString(), "--count",
          String.valueOf(COUNT), "--seed", String.valueOf(SEED), "--out", dir.toString(), "--force")
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (p.waitFor() != 0) throw new IllegalStateException("bench/GenerateCorpus.java failed: exit " + p.exitValue());
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot generate the benchmark corpus", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while generating the benchmark corpus", e);
    }
  }

  private static void deleteTree(Path dir) {
    try (var s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }

  /** The checkout: the working directory (bench/jmh.sh runs there) or one of its parents. */
  private static Path repo() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("bench/GenerateCorpus.java")) && Files.isDirectory(p.resolve("articles"))) {
        return p;
      }
    }
    throw new IllegalStateException("run the benchmarks from the Clippings checkout (bench/jmh.sh does)");
  }
}
