package org.clippings.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.clippings.extract.EntityKind;
import org.clippings.extract.Mention;
import org.clippings.extract.Record;
import org.clippings.extract.TermCounts;
import org.clippings.extract.TopicScore;
import org.clippings.ingest.ArticleDate;
import org.clippings.ingest.DateSource;
import org.clippings.ingest.Format;
import org.clippings.ingest.TitleSource;
import org.junit.jupiter.api.Test;

/**
 * Taxonomies made from the last build's, after articles came, went or changed, are the taxonomies
 * made from nothing: every term, its articles in order, display name, role, dates, months, and
 * the names and counts of the terms seen with it.
 */
class TaxonomiesTest {

  /** Names with other spellings that slug the same, so that which spelling most articles use can change. */
  private static final String[][] PEOPLE = {
    {"Ana Ruiz", "ANA RUIZ"}, {"Kwame Mensah"}, {"Li Wei", "Li-Wei"}, {"Sofia Berg"}, {"Omar Haddad"},
    {"Pak Myong-ho", "Pak Myong Ho"}, {"Ines Duarte"}, {"Jon Olsen"},
  };
  private static final String[][] PLACES = {{"Porto"}, {"Lisbon"}, {"São Paulo", "Sao Paulo"}, {"Kazan"}, {"Oslo"}};
  private static final String[][] ORGANIZATIONS = {{"World Bank"}, {"Port Authority", "port authority"}, {"UNICEF"}};
  private static final String[] TOPICS = {"economy", "transport", "health", "politics"};
  private static final Map<String, String> PARENTS = Map.of("transport", "economy", "health", "", "politics", "");

  private final Random random = new Random(20261207);
  private int serial;

  @Test
  void termsMadeFromTheLastBuildEqualTermsMadeFromNothing() {
    var records = new TreeMap<String, Record>();
    for (int i = 0; i < 40; i++) put(records, article());
    Taxonomies.Made last = Taxonomies.build(newestFirst(records), PARENTS, null);
    for (int step = 0; step < 120; step++) {
      String change = change(records);
      List<Record> now = newestFirst(records);
      Taxonomies.Made again = Taxonomies.build(now, PARENTS, last);
      assertSameTerms(Taxonomies.build(now, PARENTS), again.taxonomies(), "step " + step + ": " + change);
      last = again;
    }
  }

  @Test
  void onlyTheTermsOfAChangedArticleAreMadeAgain() {
    var records = new TreeMap<String, Record>();
    for (int i = 0; i < 30; i++) put(records, article());
    Taxonomies.Made last = Taxonomies.build(newestFirst(records), PARENTS, null);
    Record added = article(List.of(mention(EntityKind.PERSON, "Ana Ruiz")), List.of(), List.of(), List.of("health"));
    put(records, added);
    Taxonomies.Made again = Taxonomies.build(newestFirst(records), PARENTS, last);
    assertNotSame(last.terms().get("people/ana-ruiz"), again.terms().get("people/ana-ruiz"), "a term it mentions");
    assertNotSame(last.terms().get("topics/health"), again.terms().get("topics/health"), "a topic it is filed under");
    int kept = 0;
    for (var e : again.terms().entrySet()) {
      if (e.getKey().equals("people/ana-ruiz") || e.getKey().equals("topics/health")) continue;
      if (e.getValue() == last.terms().get(e.getKey())) kept++;
    }
    assertEquals(again.terms().size() - 2, kept, "every other term is the last build's");
  }

  @Test
  void otherTopicParentsMakeEveryTermAgain() {
    var records = new TreeMap<String, Record>();
    for (int i = 0; i < 20; i++) put(records, article());
    List<Record> now = newestFirst(records);
    Taxonomies.Made last = Taxonomies.build(now, PARENTS, null);
    Map<String, String> other = Map.of("transport", "", "health", "politics", "politics", "");
    Taxonomies.Made again = Taxonomies.build(now, other, last);
    assertSameTerms(Taxonomies.build(now, other), again.taxonomies(), "other parents");
    assertSame(other.get("health"), again.terms().get("topics/health").parent());
  }

  /** Equal taxonomies, or the first term that differs. */
  private static void assertSameTerms(List<Taxonomy> expected, List<Taxonomy> actual, String context) {
    assertEquals(expected.size(), actual.size(), context);
    for (int i = 0; i < expected.size(); i++) {
      var e = expected.get(i).bySlug();
      var a = actual.get(i).bySlug();
      assertEquals(e.keySet(), a.keySet(), expected.get(i).name() + ", " + context);
      for (String slug : e.keySet()) assertEquals(e.get(slug), a.get(slug), expected.get(i).name() + "/" + slug + ", " + context);
    }
    assertEquals(expected, actual, context);
  }

  /** One random change to the archive: an article added, removed, edited, redated, or nothing. */
  private String change(TreeMap<String, Record> records) {
    int what = random.nextInt(6);
    if (what == 0 || records.isEmpty()) {
      Record r = article();
      put(records, r);
      return "added " + r.id();
    }
    var ids = new ArrayList<>(records.keySet());
    String id = ids.get(random.nextInt(ids.size()));
    Record r = records.get(id);
    switch (what) {
      case 1 -> {
        records.remove(id);
        return "removed " + id;
      }
      case 2 -> {
        Record edited = article();
        records.put(id, new Record(id, r.source(), r.format(), r.title(), r.titleSource(), r.date(), edited.summary(),
            r.wordCount(), r.readingMinutes(), edited.people(), edited.places(), edited.organizations(),
            edited.topics(), r.terms(), r.contentHash() + "'", List.of()));
        return "edited " + id;
      }
      case 3 -> {
        records.put(id, r.withDate(date()));
        return "redated " + id;
      }
      case 4 -> {
        // the same record, equal but not the same object (as a record read again from the cache is)
        records.put(id, new Record(r.id(), r.source(), r.format(), r.title(), r.titleSource(), r.date(), r.summary(),
            r.wordCount(), r.readingMinutes(), new ArrayList<>(r.people()), r.places(), r.organizations(), r.topics(),
            r.terms(), r.contentHash(), r.warnings()));
        return "read again " + id;
      }
      default -> {
        return "nothing";
      }
    }
  }

  private static void put(TreeMap<String, Record> records, Record r) {
    records.put(r.id(), r);
  }

  private static List<Record> newestFirst(TreeMap<String, Record> records) {
    var list = new ArrayList<>(records.values());
    list.sort(ArchiveIndexer.NEWEST_FIRST);
    return list;
  }

  private Record article() {
    return article(pick(EntityKind.PERSON, PEOPLE, 4), pick(EntityKind.PLACE, PLACES, 2),
        pick(EntityKind.ORGANIZATION, ORGANIZATIONS, 2), pickTopics());
  }

  private Record article(List<Mention> people, List<Mention> places, List<Mention> organizations, List<String> topics) {
    String id = String.format("a%04d", serial++);
    var scores = new ArrayList<TopicScore>();
    for (String t : topics) scores.add(new TopicScore(t, t.substring(0, 1).toUpperCase() + t.substring(1), 1.0, List.of()));
    return new Record(id, id + ".txt", Format.TEXT, "Story " + id, TitleSource.HEADLINE, date(),
        "Summary of " + id + ".", 300, 2, people, places, organizations, scores, TermCounts.of(new TreeMap<>()),
        "hash-" + id, List.of());
  }

  private ArticleDate date() {
    // a few undated, and many on the same days, so that order falls to the ids
    if (random.nextInt(8) == 0) return ArticleDate.NONE;
    return ArticleDate.of(LocalDate.of(2024, 1, 1).plusDays(random.nextInt(90)), DateSource.HEADER);
  }

  private List<Mention> pick(EntityKind kind, String[][] pool, int max) {
    var out = new ArrayList<Mention>();
    int n = random.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      String[] spellings = pool[random.nextInt(pool.length)];
      out.add(mention(kind, spellings[random.nextInt(spellings.length)]));
    }
    return out;
  }

  private Mention mention(EntityKind kind, String name) {
    String role = kind == EntityKind.PERSON && random.nextBoolean() ? "role " + random.nextInt(3) : "";
    List<String> aliases = random.nextInt(4) == 0 ? List.of(name.toUpperCase() + ".") : List.of();
    return new Mention(name, kind, 1 + random.nextInt(3), aliases, role, name + " said something " + random.nextInt(5) + ".");
  }

  private List<String> pickTopics() {
    var out = new ArrayList<String>();
    for (String t : TOPICS) {
      if (random.nextInt(3) == 0) out.add(t);
    }
    return out;
  }
}
