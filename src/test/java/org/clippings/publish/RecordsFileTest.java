package org.clippings.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The records file is written in parts and read on all cores; what comes back is what went in. */
class RecordsFileTest {

  @TempDir Path dir;

  /** Values that are plain strings, for testing the file without records. */
  static final RecordsFile.Codec<String> TEXT = new RecordsFile.Codec<>() {
    @Override
    public void write(RecordCodec.Writer out, String value) throws IOException {
      out.string(value);
    }

    @Override
    public String read(RecordCodec.Reader in) throws IOException {
      return in.string();
    }
  };

  /** More entries than fit one part, so several parts are written and read side by side. */
  private static Map<String, String> entries(int n) {
    var m = new HashMap<String, String>();
    for (int i = 0; i < n; i++) m.put("2024/a" + i + ".txt", "record " + i + " " + "x".repeat(i % 50));
    return m;
  }

  /** Writes {@code entries} afresh under "key-1" to {@code records.bin} and reads the file back. */
  private RecordsFile.Loaded<String> writtenAndRead(Map<String, String> entries, String bodies) throws IOException {
    Path file = dir.resolve("records.bin");
    RecordsFile.write(file, "key-1", bodies, entries, TEXT);
    return RecordsFile.read(file, "key-1", TEXT);
  }

  @Test
  void entriesComeBackWhole() throws IOException {
    var in = entries(3 * RecordsFile.PART + 17);
    RecordsFile.Loaded<String> out = writtenAndRead(in, "bodies-3.bin");
    assertEquals("bodies-3.bin", out.bodies());
    assertEquals(in, out.entries());
  }

  @Test
  void anEmptyCacheIsAFileToo() throws IOException {
    Path file = dir.resolve("records.bin");
    RecordsFile.write(file, "k", "bodies-1.bin", Map.<String, String>of(), TEXT);
    assertEquals(Map.of(), RecordsFile.read(file, "k", TEXT).entries());
  }

  @Test
  void anotherKeyAMissingFileOrATruncatedFileReadsAsNoCache() throws IOException {
    Path file = dir.resolve("records.bin");
    RecordsFile.write(file, "key-1", "bodies-1.bin", entries(2 * RecordsFile.PART), TEXT);
    assertNull(RecordsFile.read(file, "key-2", TEXT), "written under another key");
    assertNull(RecordsFile.read(dir.resolve("none.bin"), "key-1", TEXT), "no file");
    byte[] whole = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(whole, whole.length - 100));
    assertNull(RecordsFile.read(file, "key-1", TEXT), "cut short");
    Files.writeString(file, "not a records file");
    assertNull(RecordsFile.read(file, "key-1", TEXT), "something else");
  }

  @Test
  void onlyThePartsOfChangedEntriesAreWrittenAgainTheOthersAreCopied() throws IOException {
    var first = entries(3 * RecordsFile.PART + 17);
    RecordsFile.Loaded<String> read = writtenAndRead(first, "bodies-1.bin");
    Path file = dir.resolve("records.bin");
    int buckets = read.parts().buckets();
    assertEquals(4, buckets);

    var next = new HashMap<>(read.entries());
    next.put("2024/a5.txt", "edited");
    next.remove("2024/a6.txt");
    next.put("2024/new.txt", "added");
    var changed = new java.util.HashSet<Integer>();
    for (String s : List.of("2024/a5.txt", "2024/a6.txt", "2024/new.txt")) changed.add(RecordsFile.bucket(s, buckets));
    RecordsFile.write(file, "key-1", "bodies-1.bin", next, TEXT, read.parts(), changed);
    assertEquals(next, RecordsFile.read(file, "key-1", TEXT).entries());

    // a part said to be unchanged is taken from the file as it was, not from the entries given
    String quiet = first.keySet().stream().filter(k -> !changed.contains(RecordsFile.bucket(k, buckets)))
        .findFirst().orElseThrow();
    RecordsFile.Loaded<String> again = RecordsFile.read(file, "key-1", TEXT);
    var lied = new HashMap<>(again.entries());
    lied.put(quiet, "never written");
    RecordsFile.write(file, "key-1", "bodies-1.bin", lied, TEXT, again.parts(), Set.of());
    assertEquals(first.get(quiet), RecordsFile.read(file, "key-1", TEXT).entries().get(quiet));
  }

  @Test
  void aFileWhoseBucketCountNoLongerFitsIsWrittenWhole() throws IOException {
    RecordsFile.Loaded<String> read = writtenAndRead(entries(RecordsFile.PART), "bodies-1.bin");
    Path file = dir.resolve("records.bin");
    var grown = entries(2 * RecordsFile.PART + 1);
    RecordsFile.write(file, "key-1", "bodies-1.bin", grown, TEXT, read.parts(), Set.of());
    RecordsFile.Loaded<String> after = RecordsFile.read(file, "key-1", TEXT);
    assertEquals(grown, after.entries());
    assertEquals(4, after.parts().buckets());
  }
}
