package org.clippings.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.clippings.extract.Mention;
import org.clippings.extract.Record;
import org.clippings.extract.TopicScore;
import org.clippings.index.Archive;
import org.clippings.ingest.Block;

/**
 * The dated records as JSON for other tools: {@code data/records.json} in the site and the output
 * of {@code clippings extract}. Described by {@code docs/records.schema.json}; records are ordered
 * by source path so the file diffs well between builds.
 */
public final class RecordsExport {

  /** Bumped when a field changes meaning or is removed. */
  public static final int VERSION = 1;

  /** The top-level object. */
  public record Export(int version, String generator, int count, List<RecordJson> records) {}

  /** One record, as DESIGN.md describes it. */
  public record RecordJson(String id, String source, String format, String slug, String url, String title,
      String titleSource, String date, String dateSource, String summary, List<BlockJson> body, int wordCount,
      int readingMinutes, List<EntityJson> people, List<EntityJson> places, List<EntityJson> organizations,
      List<TopicJson> topics, List<RelatedJson> related, List<String> warnings) {}

  /** A body block; {@code level} and {@code anchor} are set for headings only. */
  public record BlockJson(String type, String text, Integer level, String anchor) {}

  /** An entity as one article mentions it. */
  public record EntityJson(String id, String name, int mentions, String role, String sentence, List<String> aliases) {}

  /** A topic with the evidence for it. */
  public record TopicJson(String id, String label, double score, List<String> signals) {}

  /** Another article on the same story or a related one. */
  public record RelatedJson(String id, String reason, double score) {}

  private static final ObjectMapper COMPACT = new ObjectMapper();
  private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private RecordsExport() {}

  public static Export of(Archive archive, PagePlan plan) {
    var records = new ArrayList<>(archive.records());
    records.sort(Comparator.comparing(Record::source));
    var out = new ArrayList<RecordJson>(records.size());
    for (Record r : records) out.add(json(r, plan, archive));
    return new Export(VERSION, "Clippings", out.size(), out);
  }

  public static byte[] bytes(Export e, boolean pretty) {
    try {
      return (pretty ? PRETTY : COMPACT).writeValueAsBytes(e);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static RecordJson json(Record r, PagePlan plan, Archive archive) {
    var body = new ArrayList<BlockJson>(r.body().size());
    for (Block b : r.body()) {
      body.add(b.isHeading()
          ? new BlockJson(b.kind().label(), b.text(), b.level(), b.anchor())
          : new BlockJson(b.kind().label(), b.text(), null, null));
    }
    String path = plan.articlePath(r.id());
    return new RecordJson(r.id(), r.source(), r.format().name().toLowerCase(java.util.Locale.ROOT),
        plan.slug(r.id()), path.substring(0, path.length() - "index.html".length()), r.title(),
        r.titleSource().label(), DateText.iso(r.date()).isEmpty() ? null : DateText.iso(r.date()),
        r.date().source().label(), r.summary(), body, r.wordCount(), r.readingMinutes(),
        entities(r.people()), entities(r.places()), entities(r.organizations()), topics(r.topics()),
        archive.relatedTo(r.id()).stream().map(x -> new RelatedJson(x.id(), x.reason().label(), x.score())).toList(),
        r.warnings().stream().map(Object::toString).toList());
  }

  private static List<EntityJson> entities(List<Mention> ms) {
    return ms.stream()
        .map(m -> new EntityJson(EntityPaths.id(m.kind(), m.name()), m.name(), m.count(), m.role(), m.sentence(),
            m.aliases()))
        .toList();
  }

  private static List<TopicJson> topics(List<TopicScore> ts) {
    return ts.stream().map(t -> new TopicJson(t.id(), t.label(), t.score(), t.signals())).toList();
  }
}
