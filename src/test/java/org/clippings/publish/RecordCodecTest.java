package org.clippings.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import org.clippings.diag.Problem;
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
import org.junit.jupiter.api.Test;

/** Records come back from the cache's bytes equal to what went in, field by field. */
class RecordCodecTest {

  private static Record record(String source, ArticleDate date, List<Problem> warnings) {
    var terms = new TreeMap<String, Integer>();
    terms.put("harbour", 4);
    terms.put("#48", 2);
    return new Record("id-" + source, source, Format.MARKDOWN, "Mayor backs “harbour” plan — €48m", TitleSource.HEADLINE,
        date, "The mayor said on Monday…", 412, 2,
        List.of(new Mention("Ana Ruiz", EntityKind.PERSON, 3, List.of("Ruiz"), "mayor of Lisbon", "Ana Ruiz said so.")),
        List.of(new Mention("Lisbon", EntityKind.PLACE, 2, List.of(), "", "In Lisbon, …")),
        List.of(),
        List.of(new TopicScore("economy", "Economy", 0.75, List.of("budget", "harbour"))),
        TermCounts.of(terms), "ab".repeat(32), warnings);
  }

  @Test
  void recordsComeBackEqualAndShareTheirRepeatedStrings() throws IOException {
    var dated = record("2024/a.md", ArticleDate.of(LocalDate.of(2024, 3, 11), DateSource.HEADER), List.of());
    var undated = record("2024/b.txt", ArticleDate.NONE, List.of(
        Problem.warning(SourcePos.file("2024/b.txt"), "undated", "no date found", "add a date"),
        Problem.error(new SourcePos("2024/b.txt", 3, 7), "bad-date", "'31 Feb' is not a date", "fix it")));

    var bytes = new ByteArrayOutputStream();
    var out = new RecordCodec.Writer(new DataOutputStream(bytes));
    out.record(dated);
    out.record(undated);
    out.out().flush();
    var in = new RecordCodec.Reader(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    Record a = in.record();
    Record b = in.record();

    assertEquals(dated, a);
    assertEquals(undated, b);
    assertSame(ArticleDate.NONE, b.date());
    assertSame(a.people().get(0).name(), b.people().get(0).name(), "a name written twice is read as one string");
  }
}
