package org.clippings.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.clippings.extract.EntityKind;
import org.clippings.extract.Mention;
import org.clippings.extract.Record;
import org.clippings.extract.TermCounts;
import org.clippings.ingest.ArticleDate;
import org.clippings.ingest.DateSource;
import org.clippings.ingest.Format;
import org.clippings.ingest.TitleSource;
import org.junit.jupiter.api.Test;

/**
 * Related coverage computed with the features {@code serve} kept from the last build, numbered as
 * they were first met over many builds, equals related coverage computed from nothing.
 */
class RelatedCoverageTest {

  private static final String[] PEOPLE = {"Ana Ruiz", "ANA RUIZ", "Kwame Mensah", "Li Wei", "Li-Wei", "Sofia Berg"};
  private static final String[] PLACES = {"Porto", "Lisbon", "São Paulo", "Sao Paulo", "Kazan"};

  private final Random random = new Random(20261208);
  private int serial;

  @Test
  void coverageFromKeptFeaturesEqualsCoverageFromNothing() {
    var records = new TreeMap<String, Record>();
    for (int i = 0; i < 60; i++) put(records, article());
    var kept = ArticleFeatures.kept();
    RelatedCoverage.compute(List.copyOf(records.values()), kept);
    int linked = 0;
    for (int step = 0; step < 80; step++) {
      String change = change(records);
      List<Record> now = List.copyOf(records.values());
      var expected = RelatedCoverage.compute(now);
      assertEquals(expected, RelatedCoverage.compute(now, kept), "step " + step + ": " + change);
      linked += expected.size();
    }
    assertTrue(linked > 80 * 20, "most articles have related coverage, or the test proves little: " + linked);
  }

  @Test
  void numbersHandedOutInAnotherOrderGiveTheSameCoverage() {
    var records = new ArrayList<Record>();
    for (int i = 0; i < 80; i++) records.add(article());
    var reversed = new ArrayList<>(records);
    Collections.reverse(reversed);
    var numberedBackwards = ArticleFeatures.kept();
    RelatedCoverage.compute(reversed, numberedBackwards);
    // the same records, now numbered from the last one first
    assertEquals(RelatedCoverage.compute(records), RelatedCoverage.compute(records, numberedBackwards));
  }

  private String change(TreeMap<String, Record> records) {
    int what = random.nextInt(3);
    var ids = new ArrayList<>(records.keySet());
    if (what == 0 || ids.size() < 10) {
      Record r = article();
      put(records, r);
      return "added " + r.id();
    }
    String id = ids.get(random.nextInt(ids.size()));
    if (what == 1) {
      records.remove(id);
      return "removed " + id;
    }
    Record edited = article(id);
    records.put(id, edited);
    return "edited " + id;
  }

  private static void put(TreeMap<String, Record> records, Record r) {
    records.put(r.id(), r);
  }

  private Record article() {
    return article(String.format("a%04d", serial++));
  }

  /** Stems drawn unevenly from a small vocabulary, so that some are rare and shared, as in news. */
  private Record article(String id) {
    var counts = new TreeMap<String, Integer>();
    int words = 20 + random.nextInt(30);
    for (int i = 0; i < words; i++) {
      int rank = (int) Math.floor(Math.pow(random.nextDouble(), 2.5) * 400);
      counts.merge("stem" + rank, 1 + random.nextInt(3), Integer::sum);
    }
    var people = mentions(EntityKind.PERSON, PEOPLE, 3);
    var places = mentions(EntityKind.PLACE, PLACES, 2);
    ArticleDate date = random.nextInt(6) == 0 ? ArticleDate.NONE
        : ArticleDate.of(LocalDate.of(2024, 1, 1).plusDays(random.nextInt(40)), DateSource.HEADER);
    return new Record(id, id + ".txt", Format.TEXT, "Story " + id, TitleSource.HEADLINE, date, "Summary.", 300, 2,
        people, places, List.of(), List.of(), TermCounts.of(counts), "hash-" + id + "-" + random.nextInt(), List.of());
  }

  private List<Mention> mentions(EntityKind kind, String[] pool, int max) {
    var out = new ArrayList<Mention>();
    int n = random.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      out.add(new Mention(pool[random.nextInt(pool.length)], kind, 1 + random.nextInt(4), List.of(), "", ""));
    }
    return out;
  }
}
