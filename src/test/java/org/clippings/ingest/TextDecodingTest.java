package org.clippings.ingest;

import static org.clippings.ingest.Articles.MARCH_11;
import static org.clippings.ingest.Articles.article;
import static org.clippings.ingest.Articles.assertDate;
import static org.clippings.ingest.Articles.kinds;
import static org.clippings.ingest.Articles.problem;
import static org.clippings.ingest.Articles.read;
import static org.clippings.ingest.Articles.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bytes to text: line ends, byte-order marks, legacy encodings, and files that are not articles at all. */
class TextDecodingTest {

  private static final String ARTICLE = "date 2024-03-11\n\nHarbour Budget\n\n"
      + "The harbour board met on Tuesday.\nIt approved the budget.\n\nThe vote was close.\n";

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"\r\n", "\r"})
  void readsWindowsAndOldMacLineEndsLikeUnixOnes(String lineEnd) {
    Article unix = article("a.txt", ARTICLE);
    Article other = article("a.txt", ARTICLE.replace("\n", lineEnd));

    assertEquals(unix.blocks(), other.blocks(), "same blocks, same line numbers");
    assertEquals(unix.date(), other.date());
    assertEquals(unix.title(), other.title());
    assertFalse(texts(other).stream().anyMatch(t -> t.contains("\r")));
  }

  @Test
  void stripsUtf8ByteOrderMarkBeforeTheDateHeader() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    var o = read("a.txt", concat(bom, ARTICLE.getBytes(StandardCharsets.UTF_8)));
    Article a = article(o);

    assertDate(a, MARCH_11, DateSource.HEADER);
    assertFalse(a.title().contains("\uFEFF") || texts(a).stream().anyMatch(t -> t.contains("\uFEFF")));
    assertEquals(List.of(), o.problems());
  }

  @Test
  void decodesWindows1252SmartQuotesAndWarnsAboutTheEncoding() {
    String text = "date 2024-03-11\n\n\u201CWe will rebuild,\u201D the mayor said \u2014 it\u2019s the caf\u00E9\u2019s "
        + "third fire in a year\u2026\n";
    byte[] bytes = text.getBytes(Charset.forName("windows-1252"));
    assertEquals((byte) 0x93, bytes[17], "the fixture really is Windows-1252 (0x93 is the left double quote)");

    var o = read("a.txt", bytes);

    assertEquals(List.of("\u201CWe will rebuild,\u201D the mayor said \u2014 it\u2019s the caf\u00E9\u2019s third fire "
        + "in a year\u2026"), texts(article(o)));
    assertTrue(problem(o, "encoding").message().contains("Windows-1252"));
  }

  @Test
  void readsUtf8AccentsWithoutEncodingWarning() {
    var o = read("a.txt", "date 2024-03-11\n\nThe caf\u00E9 in S\u00E3o Paulo and the one in Z\u00FCrich both closed.\n");

    assertEquals("The caf\u00E9 in S\u00E3o Paulo and the one in Z\u00FCrich both closed.", texts(article(o)).get(0));
    assertEquals(List.of(), kinds(o));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
  void decodesUtf16WithByteOrderMark(String charset) {
    byte[] bytes = ("\uFEFF" + ARTICLE.replace("Tuesday", "Tuesday in M\u00E1laga")).getBytes(Charset.forName(charset));

    var o = read("a.txt", bytes);
    Article a = article(o);

    assertDate(a, MARCH_11, DateSource.HEADER);
    assertEquals("Harbour Budget", a.title());
    assertEquals("The harbour board met on Tuesday in M\u00E1laga. It approved the budget.", texts(a).get(0));
    assertEquals(List.of(), kinds(o));
  }

  @Test
  void skipsPngFileWithBinaryWarning() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    var o = read("photo.txt", png);

    assertTrue(o.article().isEmpty());
    assertEquals("photo.txt", problem(o, "binary").at().file());
  }

  @Test
  void keepsTextWithAStrayNulByteAndRemovesIt() {
    var o = read("a.txt", concat("date 2024-03-11\n\nThe board met.".getBytes(StandardCharsets.UTF_8), new byte[] {0}));

    assertTrue(o.article().isPresent(), "one stray NUL must not cost the article");
    assertEquals("The board met.", o.article().get().blocks().get(0).text());
    assertEquals(List.of("control-chars"), kinds(o));
  }

  @Test
  void skipsTextThatIsMostlyNulBytesAsBinary() {
    byte[] bytes = new byte[4096];
    for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i % 3 == 0 ? 'a' : 0);
    var o = read("a.txt", bytes);

    assertTrue(o.article().isEmpty());
    assertEquals(List.of("binary"), kinds(o));
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"", "\n", "   \n\t\n  ", "\uFEFF"})
  void skipsEmptyFileWithEmptyWarning(String text) {
    var o = read("a.txt", text);

    assertTrue(o.article().isEmpty());
    assertEquals(List.of("empty"), kinds(o));
  }

  @Test
  void removesControlCharactersAndCountsThem() {
    var o = read("a.txt", "date 2024-03-11\n\nThe harbour\u0007 board\u001B met.\n");

    assertEquals(List.of("The harbour board met."), texts(article(o)));
    assertTrue(problem(o, "control-chars").message().startsWith("2 "));
  }

  @Test
  void hashesTheBytesAsReadSoAnyEditChangesTheHash() {
    Article lf = article("a.txt", ARTICLE);
    Article crlf = article("a.txt", ARTICLE.replace("\n", "\r\n"));

    assertEquals(64, lf.contentHash().length());
    assertFalse(lf.contentHash().equals(crlf.contentHash()));
    assertEquals(lf.contentHash(), article("b.txt", ARTICLE).contentHash(), "the hash is of the content alone");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
