package org.clippings.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.clippings.config.Entities;
import org.clippings.config.Ingest;
import org.clippings.config.Topics;
import org.clippings.ingest.ArticleReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores entity extraction on the hand-written evaluation set in {@code src/test/resources/ner-eval}
 * (issue #3): document-level entity sets, typed, where an expected entity may be matched by any of
 * its '|'-separated names. Prints precision, recall and F1 per kind and overall.
 */
class EntityEvaluationTest {

  private static final Path SET = Path.of("src/test/resources/ner-eval");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<EntityKind, int[]> COUNTS = new EnumMap<>(EntityKind.class); // tp, fp, fn
  private static int[] TOTAL;

  @BeforeAll
  static void score() throws IOException {
    var reader = new ArticleReader(Ingest.DEFAULT, LocalDate.of(2100, 1, 1));
    var extractor = new RecordExtractor(new CrfEntityRecognizer(), Gazetteer.load(Entities.DEFAULT),
        new TopicClassifier(TopicTaxonomy.load(Topics.DEFAULT), 3, Topics.DEFAULT.threshold()));
    for (EntityKind k : EntityKind.values()) COUNTS.put(k, new int[3]);
    List<Path> files;
    try (Stream<Path> s = Files.list(SET.resolve("articles"))) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    var report = new StringBuilder();
    for (Path f : files) {
      String name = f.getFileName().toString();
      Record r = extractor.extract(reader.read(name, Files.readAllBytes(f)).article().orElseThrow());
      JsonNode expected = JSON.readTree(SET.resolve("expected").resolve(name.replace(".txt", ".json")).toFile());
      for (EntityKind k : EntityKind.values()) {
        var gold = new ArrayList<Set<String>>();
        expected.path(k.plural()).forEach(n -> gold.add(alternatives(n.asText())));
        var found = new HashSet<String>();
        r.mentions(k).forEach(m -> found.add(norm(m.name())));
        int[] c = COUNTS.get(k);
        var matched = new HashSet<String>();
        for (Set<String> g : gold) {
          var hit = g.stream().filter(found::contains).findFirst();
          if (hit.isPresent()) {
            c[0]++;
            matched.addAll(g);
          } else {
            c[2]++;
            report.append(name).append(" missed ").append(k.singular()).append(": ").append(g).append('\n');
          }
        }
        for (String x : found) {
          if (!matched.contains(x)) {
            c[1]++;
            report.append(name).append(" spurious ").append(k.singular()).append(": ").append(x).append('\n');
          }
        }
      }
    }
    System.out.println(report);
    int[] all = new int[3];
    for (EntityKind k : EntityKind.values()) {
      int[] c = COUNTS.get(k);
      for (int i = 0; i < 3; i++) all[i] += c[i];
      System.out.printf(Locale.ROOT, "NER eval %-13s P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)%n", k.plural(),
          p(c), r(c), f1(c), c[0], c[1], c[2]);
    }
    System.out.printf(Locale.ROOT, "NER eval %-13s P %.3f R %.3f F1 %.3f over %d documents%n", "all", p(all), r(all),
        f1(all), files.size());
    TOTAL = all;
  }

  private static Set<String> alternatives(String s) {
    var out = new HashSet<String>();
    for (String a : s.split("\\|")) out.add(norm(a));
    return out;
  }

  private static String norm(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }

  private static double p(int[] c) {
    return c[0] + c[1] == 0 ? 1 : c[0] / (double) (c[0] + c[1]);
  }

  private static double r(int[] c) {
    return c[0] + c[2] == 0 ? 1 : c[0] / (double) (c[0] + c[2]);
  }

  private static double f1(int[] c) {
    double p = p(c);
    double r = r(c);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  @Test
  void peopleAreFoundWithF1OfAtLeastNinety() {
    double f = f1(COUNTS.get(EntityKind.PERSON));
    assertTrue(f >= 0.90, "people F1 " + f);
  }

  @Test
  void peoplePlacesAndOrganizationsTogetherReachF1OfEightyFive() {
    double f = f1(TOTAL);
    assertTrue(f >= 0.85, "overall F1 " + f);
  }
}
