package org.clippings.extract;

import java.util.List;
import java.util.Objects;
import org.clippings.diag.Problem;
import org.clippings.ingest.ArticleDate;
import org.clippings.ingest.Format;
import org.clippings.ingest.TitleSource;

/**
 * The dated record of one article: what it is called, when it was published and how we know, its
 * summary, who and what it is about, and its most frequent stems ({@code terms}, for related
 * coverage). The clean body is not kept here but in {@link Bodies}, so the whole archive of records
 * stays small. Everything here is known from the article alone; what needs the whole archive (related coverage, inferred dates, URLs) is added by index
 * and render.
 */
public record Record(
    String id,
    String source,
    Format format,
    String title,
    TitleSource titleSource,
    ArticleDate date,
    String summary,
    int wordCount,
    int readingMinutes,
    List<Mention> people,
    List<Mention> places,
    List<Mention> organizations,
    List<TopicScore> topics,
    TermCounts terms,
    String contentHash,
    List<Problem> warnings) implements java.io.Serializable {

  public Record {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    people = List.copyOf(people);
    places = List.copyOf(places);
    organizations = List.copyOf(organizations);
    topics = List.copyOf(topics);
    Objects.requireNonNull(terms, "terms");
    warnings = List.copyOf(warnings);
  }

  public Record withDate(ArticleDate d) {
    return new Record(id, source, format, title, titleSource, d, summary, wordCount, readingMinutes, people,
        places, organizations, topics, terms, contentHash, warnings);
  }

  public Record withWarning(Problem p) {
    var all = new java.util.ArrayList<>(warnings);
    all.add(p);
    return new Record(id, source, format, title, titleSource, date, summary, wordCount, readingMinutes, people,
        places, organizations, topics, terms, contentHash, all);
  }

  public List<Mention> mentions(EntityKind kind) {
    return switch (kind) {
      case PERSON -> people;
      case PLACE -> places;
      case ORGANIZATION -> organizations;
    };
  }
}
