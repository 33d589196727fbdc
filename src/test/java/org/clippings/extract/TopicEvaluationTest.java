package org.clippings.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clippings.config.Ingest;
import org.clippings.config.Topics;
import org.clippings.ingest.Article;
import org.clippings.ingest.ArticleReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the topic classifier on the hand-labelled set in {@code src/test/resources/topic-eval}
 * (issue #4) at the top level of the taxonomy. Labels name IPTC top-level subjects; they are
 * compared through IPTC codes, so taxonomy ids may differ from label ids. Precision: share of the
 * top-level subjects filed that the label allows (main or "also"); recall: share of articles filed
 * under their main subject.
 */
class TopicEvaluationTest {

  private static final Path SET = Path.of("src/test/resources/topic-eval");

  /** Label ids of the evaluation set, by IPTC Media Topics code. */
  private static final Map<String, String> IPTC = Map.ofEntries(
      Map.entry("arts-culture-entertainment-media", "medtop:01000000"),
      Map.entry("conflict-war-peace", "medtop:16000000"),
      Map.entry("crime-law-justice", "medtop:02000000"),
      Map.entry("disaster-accident-emergency", "medtop:03000000"),
      Map.entry("economy-business-finance", "medtop:04000000"),
      Map.entry("education", "medtop:05000000"),
      Map.entry("environment", "medtop:06000000"),
      Map.entry("health", "medtop:07000000"),
      Map.entry("human-interest", "medtop:08000000"),
      Map.entry("labour", "medtop:09000000"),
      Map.entry("lifestyle-leisure", "medtop:10000000"),
      Map.entry("politics", "medtop:11000000"),
      Map.entry("religion", "medtop:12000000"),
      Map.entry("science-technology", "medtop:13000000"),
      Map.entry("society", "medtop:14000000"),
      Map.entry("sport", "medtop:15000000"),
      Map.entry("weather", "medtop:17000000"));

  private static double precision;
  private static double recall;

  @BeforeAll
  static void score() throws IOException {
    var taxonomy = TopicTaxonomy.load(Topics.DEFAULT);
    var classifier = new TopicClassifier(taxonomy, Topics.DEFAULT.maxPerArticle(), Topics.DEFAULT.threshold());
    var reader = new ArticleReader(Ingest.DEFAULT, LocalDate.of(2100, 1, 1));
    List<String> lines = Files.readAllLines(SET.resolve("labels.tsv"));
    int filed = 0;
    int correctFiled = 0;
    int mainFound = 0;
    int articles = 0;
    var report = new StringBuilder();
    for (String line : lines.subList(1, lines.size())) {
      String[] cols = line.split("\t", -1);
      Path f = SET.resolve("articles").resolve(cols[0]);
      Article a = reader.read(cols[0], Files.readAllBytes(f)).article().orElseThrow();
      var predicted = new HashSet<String>();
      for (TopicScore t : classifier.classify(a.title(), a.blocks())) {
        predicted.add(taxonomy.root(t.id()).iptc());
      }
      String main = IPTC.get(cols[1]);
      Set<String> allowed = new HashSet<>(Set.of(main));
      if (cols.length > 2 && !cols[2].isBlank()) {
        for (String also : cols[2].split(",")) allowed.add(IPTC.get(also.strip()));
      }
      articles++;
      filed += predicted.size();
      for (String p : predicted) {
        if (allowed.contains(p)) correctFiled++;
      }
      if (predicted.contains(main)) mainFound++;
      if (!predicted.contains(main) || !allowed.containsAll(predicted)) {
        report.append(cols[0]).append(": expected ").append(cols[1]).append(", got ").append(predicted).append('\n');
      }
    }
    precision = filed == 0 ? 0 : correctFiled / (double) filed;
    recall = mainFound / (double) articles;
    System.out.print(report);
    System.out.printf(Locale.ROOT, "Topic eval: top-level precision %.3f recall %.3f over %d articles%n",
        precision, recall, articles);
  }

  @Test
  void topLevelPrecisionIsAtLeastEightyFivePercent() {
    assertTrue(precision >= 0.85, "precision " + precision);
  }

  @Test
  void topLevelRecallIsAtLeastEightyFivePercent() {
    assertTrue(recall >= 0.85, "recall " + recall);
  }
}
