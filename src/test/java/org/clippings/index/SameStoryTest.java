package org.clippings.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.clippings.config.Entities;
import org.clippings.config.Ingest;
import org.clippings.config.SiteConfig;
import org.clippings.config.Topics;
import org.clippings.diag.Problems;
import org.clippings.extract.CrfEntityRecognizer;
import org.clippings.extract.Gazetteer;
import org.clippings.extract.Record;
import org.clippings.extract.RecordExtractor;
import org.clippings.extract.TopicClassifier;
import org.clippings.extract.TopicTaxonomy;
import org.clippings.ingest.ArticleReader;
import org.clippings.ingest.DateSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Same-story detection on the hand-written pairs in {@code src/test/resources/same-story}: two
 * outlets' rewrites of one event must be linked as one story; two different stories about the same
 * people must not be, however many names they share. The topic and NER evaluation articles are
 * indexed alongside as background, so document frequencies are those of a mixed archive and every
 * pair also has to stand out from unrelated articles. Prints the score of every pair.
 */
class SameStoryTest {

  private static final Path PAIRS = Path.of("src/test/resources/same-story");
  private static final List<Path> BACKGROUND =
      List.of(Path.of("src/test/resources/topic-eval/articles"), Path.of("src/test/resources/ner-eval/articles"));
  private static final Path SEEDS = Path.of("articles");
  private static final Pattern PAIR_FILE = Pattern.compile("(rewrite|different)-(\\d\\d)-a\\.txt");

  /**
   * Background articles that really do report one story, as unordered "file|file" pairs of source
   * names. None so far: the strongest background links this test prints were read by hand, and each
   * joins two different events.
   */
  private static final Set<String> BACKGROUND_SAME_STORIES = Set.of();

  /** One hand-written pair: its name ("rewrite-03") and the ids of its two articles. */
  private record Pair(String name, boolean rewrite, String a, String b) {}

  private static final List<Pair> pairs = new ArrayList<>();
  private static final List<String> backgroundIds = new ArrayList<>();
  private static final Map<String, Record> extracted = new TreeMap<>();
  private static RecordExtractor extractor;
  private static ArticleReader reader;
  private static Archive archive;

  @BeforeAll
  static void indexPairsWithBackground() throws IOException {
    reader = new ArticleReader(Ingest.DEFAULT, LocalDate.of(2100, 1, 1));
    extractor = new RecordExtractor(new CrfEntityRecognizer(), Gazetteer.load(Entities.DEFAULT),
        new TopicClassifier(TopicTaxonomy.load(Topics.DEFAULT), 3, Topics.DEFAULT.threshold()));
    var records = new ArrayList<Record>();
    for (Path f : texts(PAIRS)) {
      Record r = extract(f, "same-story/" + f.getFileName());
      records.add(r);
      Matcher m = PAIR_FILE.matcher(f.getFileName().toString());
      if (m.matches()) {
        String name = m.group(1) + "-" + m.group(2);
        Path b = PAIRS.resolve(name + "-b.txt");
        assertTrue(Files.exists(b), "no partner for " + f);
        pairs.add(new Pair(name, m.group(1).equals("rewrite"), r.id(), ArticleReader.idFor("same-story/" + name + "-b.txt")));
      }
    }
    for (Path dir : BACKGROUND) {
      for (Path f : texts(dir)) {
        Record r = extract(f, dir.getParent().getFileName() + "/" + f.getFileName());
        records.add(r);
        backgroundIds.add(r.id());
      }
    }
    archive = new ArchiveIndexer(SiteConfig.DEFAULT, TopicTaxonomy.load(Topics.DEFAULT)).index(records, new Problems());
    report();
  }

  private static List<Path> texts(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  private static Record extract(Path f, String name) throws IOException {
    Record r = extractor.extract(reader.read(name, Files.readAllBytes(f)).article().orElseThrow());
    extracted.put(r.id(), r);
    return r;
  }

  /** The link from {@code from} to {@code to}, if the index made one. */
  private static Optional<Related> link(Archive archive, String from, String to) {
    return archive.relatedTo(from).stream().filter(x -> x.id().equals(to)).findFirst();
  }

  private static String source(String id) {
    return extracted.get(id).source();
  }

  private static void report() {
    var out = new StringBuilder("Same-story pairs (score, link; RELATED >= " + RelatedCoverage.RELATED
        + ", SAME_STORY >= " + RelatedCoverage.SAME_STORY + " within " + RelatedCoverage.SAME_STORY_DAYS
        + " days; an unlinked pair scored below RELATED or was crowded out of the related list):\n");
    double lowestRewrite = Double.NaN;
    double highestDifferent = Double.NaN;
    for (Pair p : pairs) {
      Optional<Related> l = link(archive, p.a(), p.b());
      out.append(String.format(Locale.ROOT, "  %-14s %-7s %-16s dates %s / %s%n", p.name(),
          l.map(x -> String.format(Locale.ROOT, "%.3f", x.score())).orElse("< " + RelatedCoverage.RELATED),
          l.map(x -> x.reason().label()).orElse("not linked"),
          extracted.get(p.a()).date(), extracted.get(p.b()).date()));
      double s = l.map(Related::score).orElse(0.0);
      if (p.rewrite()) lowestRewrite = Double.isNaN(lowestRewrite) ? s : Math.min(lowestRewrite, s);
      else highestDifferent = Double.isNaN(highestDifferent) ? s : Math.max(highestDifferent, s);
    }
    out.append(String.format(Locale.ROOT, "  lowest rewrite %.3f, highest different %.3f (whatever their dates)%n",
        lowestRewrite, highestDifferent));
    out.append("Strongest links involving background articles (score >= 0.3):\n");
    archive.related().forEach((id, links) -> {
      for (Related x : links) {
        if (id.compareTo(x.id()) < 0 && x.score() >= 0.3 && (backgroundIds.contains(id) || backgroundIds.contains(x.id()))) {
          out.append(String.format(Locale.ROOT, "  %.3f %-16s %s | %s%n", x.score(), x.reason().label(),
              source(id), source(x.id())));
        }
      }
    });
    System.out.print(out);
  }

  @Test
  void everyRewritePairIsLinkedAsOneStory() {
    var missed = new ArrayList<String>();
    for (Pair p : pairs) {
      if (!p.rewrite()) continue;
      boolean ab = link(archive, p.a(), p.b()).filter(x -> x.reason() == Related.Reason.SAME_STORY).isPresent();
      boolean ba = link(archive, p.b(), p.a()).filter(x -> x.reason() == Related.Reason.SAME_STORY).isPresent();
      if (!ab || !ba) missed.add(p.name() + " " + link(archive, p.a(), p.b()));
    }
    assertTrue(pairs.stream().filter(Pair::rewrite).count() >= 8, "at least eight rewrite pairs");
    assertTrue(missed.isEmpty(), "rewrites not linked as one story: " + missed);
  }

  @Test
  void differentStoriesAboutTheSamePeopleAreNeverOneStory() {
    var wrong = new ArrayList<String>();
    for (Pair p : pairs) {
      if (p.rewrite()) continue;
      link(archive, p.a(), p.b()).filter(x -> x.reason() == Related.Reason.SAME_STORY)
          .ifPresent(x -> wrong.add(p.name() + " " + x.score()));
    }
    assertTrue(pairs.stream().filter(p -> !p.rewrite()).count() >= 8, "at least eight different pairs");
    assertTrue(wrong.isEmpty(), "different stories linked as one: " + wrong);
  }

  @Test
  void backgroundArticlesAreOneStoryOnlyWithTheirTrueRewrites() {
    var wrong = new ArrayList<String>();
    for (String id : backgroundIds) {
      for (Related x : archive.relatedTo(id)) {
        if (x.reason() != Related.Reason.SAME_STORY) continue;
        String a = source(id);
        String b = source(x.id());
        if (!BACKGROUND_SAME_STORIES.contains(a + "|" + b) && !BACKGROUND_SAME_STORIES.contains(b + "|" + a)) {
          wrong.add(a + " ~ " + b + " " + x.score());
        }
      }
    }
    assertTrue(wrong.isEmpty(), "background articles linked as one story: " + wrong);
  }

  @Test
  void pairArticlesAreOneStoryWithNothingButTheirOwnRewrite() {
    var wrong = new ArrayList<String>();
    for (Pair p : pairs) {
      for (String id : List.of(p.a(), p.b())) {
        String partner = id.equals(p.a()) ? p.b() : p.a();
        for (Related x : archive.relatedTo(id)) {
          if (x.reason() == Related.Reason.SAME_STORY && !(p.rewrite() && x.id().equals(partner))) {
            wrong.add(source(id) + " ~ " + source(x.id()) + " " + x.score());
          }
        }
      }
    }
    assertTrue(wrong.isEmpty(), "linked as one story with another pair's article: " + wrong);
  }

  @Test
  void anUndatedRewriteTakesItsDatedPartnersDate() {
    Map<String, Record> indexed = archive.byId();
    int checked = 0;
    for (Pair p : pairs) {
      if (!p.rewrite()) continue;
      Record a = extracted.get(p.a());
      Record b = extracted.get(p.b());
      if (a.date().isKnown() == b.date().isKnown()) continue;
      Record undated = a.date().isKnown() ? b : a;
      Record dated = a.date().isKnown() ? a : b;
      Record after = indexed.get(undated.id());
      assertEquals(dated.date().day(), after.date().day(), p.name() + ": " + undated.source());
      assertEquals(DateSource.INFERRED_FROM_RELATED, after.date().source(), p.name() + ": " + undated.source());
      checked++;
    }
    assertTrue(checked >= 2, "pairs with one undated side: " + checked);
  }

  @Test
  void theTwoSeedArticlesAreLinkedAsOneStory() throws IOException {
    var records = new ArrayList<Record>();
    for (Path f : texts(SEEDS)) records.add(extract(f, f.getFileName().toString()));
    assertEquals(2, records.size(), "seed articles in " + SEEDS.toAbsolutePath());
    Archive seeds = new ArchiveIndexer(SiteConfig.DEFAULT, TopicTaxonomy.load(Topics.DEFAULT)).index(records, new Problems());
    Optional<Related> l = link(seeds, records.get(0).id(), records.get(1).id());
    System.out.println("Seed articles: " + l);
    assertTrue(l.filter(x -> x.reason() == Related.Reason.SAME_STORY).isPresent(), "seed link " + l);
  }
}
