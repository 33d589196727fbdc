package org.clippings.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The records file is written in parts and read on all cores; what comes back is what went in. */
class RecordsFileTest {

  @TempDir Path dir;

  /** More entries than fit one part, so several parts are written and read side by side. */
  private static Map<String, String> entries(int n) {
    var m = new HashMap<String, String>();
    for (int i = 0; i < n; i++) m.put("2024/a" + i + ".txt", "record " + i + " " + "x".repeat(i % 50));
    return m;
  }

  @Test
  void entriesComeBackWhole() throws IOException {
    Path file = dir.resolve("records.bin");
    var in = entries(3 * RecordsFile.PART + 17);
    RecordsFile.write(file, "key-1", "bodies-3.bin", in);
    RecordsFile.Loaded<String> out = RecordsFile.read(file, "key-1");
    assertEquals("bodies-3.bin", out.bodies());
    assertEquals(in, out.entries());
  }

  @Test
  void anEmptyCacheIsAFileToo() throws IOException {
    Path file = dir.resolve("records.bin");
    RecordsFile.write(file, "k", "bodies-1.bin", Map.<String, String>of());
    assertEquals(Map.of(), RecordsFile.<String>read(file, "k").entries());
  }

  @Test
  void anotherKeyAMissingFileOrATruncatedFileReadsAsNoCache() throws IOException {
    Path file = dir.resolve("records.bin");
    RecordsFile.write(file, "key-1", "bodies-1.bin", entries(2 * RecordsFile.PART));
    assertNull(RecordsFile.read(file, "key-2"), "written under another key");
    assertNull(RecordsFile.read(dir.resolve("none.bin"), "key-1"), "no file");
    byte[] whole = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(whole, whole.length - 100));
    assertNull(RecordsFile.read(file, "key-1"), "cut short");
    Files.writeString(file, "not a records file");
    assertNull(RecordsFile.read(file, "key-1"), "something else");
  }
}
