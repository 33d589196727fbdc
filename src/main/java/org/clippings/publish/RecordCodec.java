package org.clippings.publish;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clippings.diag.Problem;
import org.clippings.diag.Severity;
import org.clippings.diag.SourcePos;
import org.clippings.extract.EntityKind;
import org.clippings.extract.Mention;
import org.clippings.extract.Record;
import org.clippings.extract.TermCounts;
import org.clippings.extract.TopicScore;
import org.clippings.ingest.ArticleDate;
import org.clippings.ingest.DateSource;
import org.clippings.ingest.Format;
import org.clippings.ingest.TitleSource;

/**
 * Records as bytes for the build cache, field by field: reading 100,000 records back is the first
 * thing every incremental build does, and Java serialization spent most of that time on class
 * descriptors and reflection. Within one part of the records file a string is written once and
 * then referred to by number (names, topics and warning texts repeat), which also makes the read
 * records share those strings. Enums are written by ordinal: the cache's records key changes with
 * the classes that declare them. Change the layout and {@link RecordsFile}'s magic must change too.
 */
final class RecordCodec {

  private RecordCodec() {}

  /** Writes strings of one part, each once. */
  static final class Writer {
    private final DataOutputStream out;
    private final Map<String, Integer> seen = new HashMap<>();

    Writer(DataOutputStream out) {
      this.out = out;
    }

    DataOutputStream out() {
      return out;
    }

    void string(String s) throws IOException {
      if (s == null) {
        out.writeInt(-1);
        return;
      }
      Integer n = seen.get(s);
      if (n != null) {
        out.writeInt(n);
        return;
      }
      seen.put(s, seen.size());
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      out.writeInt(-2 - b.length);
      out.write(b);
    }

    void strings(List<String> list) throws IOException {
      out.writeInt(list.size());
      for (String s : list) string(s);
    }

    void record(Record r) throws IOException {
      string(r.id());
      string(r.source());
      out.writeByte(r.format().ordinal());
      string(r.title());
      out.writeByte(r.titleSource().ordinal());
      out.writeLong(r.date().day().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE));
      out.writeByte(r.date().source().ordinal());
      string(r.summary());
      out.writeInt(r.wordCount());
      out.writeInt(r.readingMinutes());
      for (EntityKind k : EntityKind.values()) mentions(r.mentions(k));
      out.writeInt(r.topics().size());
      for (TopicScore t : r.topics()) {
        string(t.id());
        string(t.label());
        out.writeDouble(t.score());
        strings(t.signals());
      }
      var stems = new ArrayList<String>();
      var counts = new ArrayList<Integer>();
      r.terms().forEach((stem, count) -> {
        stems.add(stem);
        counts.add(count);
      });
      out.writeInt(stems.size());
      for (int i = 0; i < stems.size(); i++) {
        string(stems.get(i));
        out.writeInt(counts.get(i));
      }
      string(r.contentHash());
      out.writeInt(r.warnings().size());
      for (Problem p : r.warnings()) {
        out.writeByte(p.severity().ordinal());
        string(p.at().file());
        out.writeInt(p.at().line());
        out.writeInt(p.at().column());
        string(p.kind());
        string(p.message());
        string(p.fix());
      }
    }

    private void mentions(List<Mention> ms) throws IOException {
      out.writeInt(ms.size());
      for (Mention m : ms) {
        string(m.name());
        out.writeByte(m.kind().ordinal());
        out.writeInt(m.count());
        strings(m.aliases());
        string(m.role());
        string(m.sentence());
      }
    }
  }

  /** Reads what a {@link Writer} wrote, in the same order. */
  static final class Reader {
    private static final Format[] FORMATS = Format.values();
    private static final TitleSource[] TITLE_SOURCES = TitleSource.values();
    private static final DateSource[] DATE_SOURCES = DateSource.values();
    private static final EntityKind[] KINDS = EntityKind.values();
    private static final Severity[] SEVERITIES = Severity.values();

    private final DataInputStream in;
    private final List<String> seen = new ArrayList<>();

    Reader(DataInputStream in) {
      this.in = in;
    }

    DataInputStream in() {
      return in;
    }

    String string() throws IOException {
      int n = in.readInt();
      if (n == -1) return null;
      if (n >= 0) {
        if (n >= seen.size()) throw new IOException("string " + n + " not yet read");
        return seen.get(n);
      }
      byte[] b = new byte[-2 - n];
      in.readFully(b);
      String s = new String(b, StandardCharsets.UTF_8);
      seen.add(s);
      return s;
    }

    List<String> strings() throws IOException {
      int n = count();
      var list = new ArrayList<String>(n);
      for (int i = 0; i < n; i++) list.add(string());
      return list;
    }

    Record record() throws IOException {
      String id = string();
      String source = string();
      Format format = FORMATS[in.readByte()];
      String title = string();
      TitleSource titleSource = TITLE_SOURCES[in.readByte()];
      long day = in.readLong();
      DateSource dateSource = DATE_SOURCES[in.readByte()];
      ArticleDate date = day == Long.MIN_VALUE ? ArticleDate.NONE : ArticleDate.of(LocalDate.ofEpochDay(day), dateSource);
      String summary = string();
      int wordCount = in.readInt();
      int readingMinutes = in.readInt();
      List<Mention> people = mentions();
      List<Mention> places = mentions();
      List<Mention> organizations = mentions();
      int topicCount = count();
      var topics = new ArrayList<TopicScore>(topicCount);
      for (int i = 0; i < topicCount; i++) {
        String topicId = string();
        String label = string();
        double score = in.readDouble();
        topics.add(new TopicScore(topicId, label, score, strings()));
      }
      int termCount = count();
      var terms = new TreeMap<String, Integer>();
      for (int i = 0; i < termCount; i++) {
        String stem = string();
        terms.put(stem, in.readInt());
      }
      String contentHash = string();
      int warningCount = count();
      var warnings = new ArrayList<Problem>(warningCount);
      for (int i = 0; i < warningCount; i++) {
        Severity severity = SEVERITIES[in.readByte()];
        var at = new SourcePos(string(), in.readInt(), in.readInt());
        warnings.add(new Problem(severity, at, string(), string(), string()));
      }
      return new Record(id, source, format, title, titleSource, date, summary, wordCount, readingMinutes, people,
          places, organizations, topics, TermCounts.of(terms), contentHash, warnings);
    }

    private List<Mention> mentions() throws IOException {
      int n = count();
      var list = new ArrayList<Mention>(n);
      for (int i = 0; i < n; i++) {
        String name = string();
        EntityKind kind = KINDS[in.readByte()];
        int count = in.readInt();
        List<String> aliases = strings();
        String role = string();
        list.add(new Mention(name, kind, count, aliases, role, string()));
      }
      return list;
    }

    /** A list's length, checked, so a damaged file fails as a damaged file rather than by running out of memory. */
    int count() throws IOException {
      int n = in.readInt();
      if (n < 0 || n > 1_000_000) throw new IOException("damaged records file: a list of " + n);
      return n;
    }
  }
}
