package org.clippings.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.clippings.extract.Bodies;
import org.clippings.extract.Mention;
import org.clippings.extract.Record;
import org.clippings.extract.TopicScore;
import org.clippings.index.Archive;
import org.clippings.index.Related;
import org.clippings.ingest.Block;

/**
 * The dated records as JSON for other tools: {@code data/records.json} in the site and the output
 * of {@code clippings extract}. Described by {@code docs/records.schema.json}; records are ordered
 * by source path so the file diffs well between builds.
 */
public final class RecordsExport {

  /** Bumped when a field changes meaning or is removed. */
  public static final int VERSION = 1;

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

  /**
   * Writes the export record by record, so its size is not bounded by memory: {@code version},
   * {@code generator}, {@code count}, then {@code records}.
   */
  public static void write(Archive archive, PagePlan plan, Bodies bodies, boolean pretty, OutputStream os)
      throws IOException {
    if (!pretty) {
      writeCompact(archive, plan, bodies, RenderMemory.NONE, os);
      return;
    }
    try (JsonGenerator g = PRETTY.getFactory().createGenerator(os)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeNumberField("version", VERSION);
      g.writeStringField("generator", "Clippings");
      g.writeNumberField("count", archive.records().size());
      g.writeArrayFieldStart("records");
      // one flush at the end, not one per record
      var writer = PRETTY.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
      for (Record r : bySource(archive)) writer.writeValue(g, json(r, plan, archive, bodies(r, bodies)));
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  /**
   * The compact export, each record's JSON taken from {@code memory} when it kept it for the same
   * record (date and warnings included) with the same URL, slug and related coverage: in {@code
   * serve}, one saved article must not cost reading and encoding every body again.
   */
  static void writeCompact(Archive archive, PagePlan plan, Bodies bodies, RenderMemory memory, OutputStream os)
      throws IOException {
    var out = new java.io.BufferedOutputStream(os, 1 << 16);
    out.write(("{\"version\":" + VERSION + ",\"generator\":\"Clippings\",\"count\":" + archive.records().size()
        + ",\"records\":[").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    boolean first = true;
    for (Record r : bySource(archive)) {
      String path = plan.articlePath(r.id());
      String slug = plan.slug(r.id());
      List<Related> related = archive.relatedTo(r.id());
      Encoded e = memory.of("records-json", r, (Encoded kept) -> kept.madeFrom(r, path, slug, related),
          () -> new Encoded(r, path, slug, related, encode(json(r, plan, archive, bodies(r, bodies)))));
      if (!first) out.write(',');
      out.write(e.json());
      first = false;
    }
    out.write(']');
    out.write('}');
    out.flush();
  }

  /**
   * A record's JSON, and what it was made from: the record (whose content determines the body),
   * its URL and slug, and its related coverage.
   */
  private record Encoded(Record record, String path, String slug, List<Related> related, byte[] json) {
    boolean madeFrom(Record r, String path, String slug, List<Related> related) {
      return (record == r || record.equals(r)) && this.path.equals(path) && this.slug.equals(slug)
          && this.related.equals(related);
    }
  }

  private static byte[] encode(RecordJson json) {
    try {
      return COMPACT.writeValueAsBytes(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot encode the record of " + json.source(), e);
    }
  }

  private static List<Record> bySource(Archive archive) {
    var records = new ArrayList<>(archive.records());
    records.sort(Comparator.comparing(Record::source));
    return records;
  }

  private static List<BlockJson> bodies(Record r, Bodies bodies) {
    List<Block> blocks = bodies.of(r);
    var body = new ArrayList<BlockJson>(blocks.size());
    for (Block b : blocks) {
      body.add(b.isHeading()
          ? new BlockJson(b.kind().label(), b.text(), b.level(), b.anchor())
          : new BlockJson(b.kind().label(), b.text(), null, null));
    }
    return body;
  }

  private static RecordJson json(Record r, PagePlan plan, Archive archive, List<BlockJson> body) {
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
