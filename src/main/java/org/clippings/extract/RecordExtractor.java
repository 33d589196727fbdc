package org.clippings.extract;

import java.util.ArrayList;
import java.util.List;
import org.clippings.ingest.Article;
import java.util.Map;
import org.clippings.ingest.Block;
import org.clippings.ingest.Metadata;
import org.clippings.ingest.TitleSource;

/**
 * Turns one {@link Article} into its {@link Record}: derives the headline when the file has none,
 * writes the summary, counts words, and finds the people, places, organizations and topics. Safe
 * to call from many threads at once.
 */
public final class RecordExtractor {

  /** Words per minute used for reading time. */
  static final int READING_WPM = 230;

  /** How many distinct stems a record keeps for related coverage: enough to compare, small at 100,000 articles. */
  static final int TERMS = 64;

  private final EntityResolver entities;
  private final TopicClassifier topics;

  /** {@code recognizer} is called for every block of every article; it must be thread-safe. */
  public RecordExtractor(EntityRecognizer recognizer, Gazetteer gazetteer, TopicClassifier topics) {
    this.entities = new EntityResolver(recognizer, gazetteer);
    this.topics = topics;
  }

  public Record extract(Article a) {
    String title = a.title();
    TitleSource titleSource = a.titleSource();
    if (title.isEmpty()) {
      title = a.blocks().stream().filter(b -> !b.isHeading()).findFirst()
          .map(b -> Headlines.derive(b.text())).orElse("");
      titleSource = TitleSource.DERIVED;
      if (title.isEmpty()) {
        title = a.blocks().isEmpty() ? a.source() : a.blocks().get(0).text();
      }
    }
    String summary = a.metadata().summary().isEmpty() ? Summaries.of(a.blocks()) : a.metadata().summary();
    int words = 0;
    for (Block b : a.blocks()) words += countWords(b.text());
    int minutes = Math.max(1, Math.round(words / (float) READING_WPM));
    String ownHeadline = a.titleSource() == TitleSource.NONE ? "" : a.title();
    List<TopicScore> topicScores = new ArrayList<>();
    for (String t : a.metadata().topics()) {
      topicScores.add(new TopicScore(Slugs.of(t, "topic"), t, 1.0, List.of("front matter")));
    }
    if (topicScores.isEmpty()) topicScores = topics.classify(ownHeadline, a.blocks());
    Metadata m = a.metadata();
    // an author who lists the entities has said who is in the article: no need to run the model
    Map<EntityKind, List<Mention>> found = m.entitiesStated()
        ? entities.stated(a.blocks(), m.people(), m.places(), m.organizations())
        : entities.resolve(a.blocks(), ownHeadline).mentions();
    return new Record(a.id(), a.source(), a.format(), title, titleSource, a.date(), summary, words,
        minutes, stated(m.people(), found.get(EntityKind.PERSON), EntityKind.PERSON),
        stated(m.places(), found.get(EntityKind.PLACE), EntityKind.PLACE),
        stated(m.organizations(), found.get(EntityKind.ORGANIZATION), EntityKind.ORGANIZATION),
        topicScores, terms(title, a.blocks()), a.contentHash(), a.problems());
  }

  /** The article's most frequent content stems, for finding related coverage across the archive. */
  static TermCounts terms(String title, List<Block> blocks) {
    var counts = new java.util.HashMap<String, Integer>();
    var sb = new StringBuilder(title);
    for (Block b : blocks) sb.append('\n').append(b.text());
    for (String w : Stems.words(sb.toString())) {
      if (w.chars().allMatch(Character::isDigit)) {
        // figures (48, 175, 2.5 -> "5" too short) identify an event; years and small counts do not
        if (w.length() >= 2 && !(w.length() == 4 && (w.startsWith("19") || w.startsWith("20")))) {
          counts.merge("#" + w, 1, Integer::sum);
        }
        continue;
      }
      if (w.length() < 3 || Stems.isStopword(w)) continue;
      counts.merge(Stems.stem(w), 1, Integer::sum);
    }
    var top = new java.util.TreeMap<String, Integer>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(TERMS)
        .forEach(e -> top.put(e.getKey(), e.getValue()));
    return TermCounts.of(top);
  }

  /** Front-matter lists win over extraction; what extraction knows of a stated name is kept. */
  private static List<Mention> stated(List<String> names, List<Mention> found, EntityKind kind) {
    if (names.isEmpty()) return found;
    var out = new ArrayList<Mention>();
    for (String n : names) {
      out.add(found.stream().filter(x -> x.name().equals(n)).findFirst()
          .orElse(new Mention(n, kind, 0, List.of(), "", "")));
    }
    return out;
  }

  static int countWords(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean word = Character.isLetterOrDigit(s.charAt(i));
      if (word && !in) n++;
      in = word;
    }
    return n;
  }
}
