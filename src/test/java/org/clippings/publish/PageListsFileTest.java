package org.clippings.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageListsFileTest {

  @TempDir
  Path dir;

  // the previous site shares a page with the current one (same fingerprint), differs on one, and
  // has one the current site lacks; the current site has one the previous lacks
  private final Map<String, String> current = Map.of(
      "index.html", "6f1ed002ab5595859014ebf0951522d9",
      "articles/2024/05/01/flood/index.html", "0f4c7ab4d1e2c3b4a5968778695a4b3c",
      "people/caf\u00e9-\u2192/index.html", "11111111111111111111111111111111");
  private final Map<String, String> previous = Map.of(
      "index.html", "6f1ed002ab5595859014ebf0951522d9",
      "articles/2024/05/01/flood/index.html", "ffffffffffffffffffffffffffffffff",
      "articles/2023/01/09/dam/index.html", "22222222222222222222222222222222");

  @Test
  void readsBackBothListsUnderTheSameKey() throws Exception {
    Path file = dir.resolve("pages.bin");
    PageListsFile.write(file, "key-1", current, previous);
    PageListsFile.Lists read = PageListsFile.read(file, "key-1");
    assertEquals(current, read.current());
    assertEquals(previous, read.previous());
    assertNull(PageListsFile.read(file, "key-2"), "another key: every page rendered");
  }

  @Test
  void emptyListsToo() throws Exception {
    Path file = dir.resolve("pages.bin");
    PageListsFile.write(file, "k", current, Map.of());
    assertEquals(new PageListsFile.Lists(current, Map.of()), PageListsFile.read(file, "k"));
    PageListsFile.write(file, "k", Map.of(), Map.of());
    assertEquals(new PageListsFile.Lists(Map.of(), Map.of()), PageListsFile.read(file, "k"));
  }

  @Test
  void aDamagedMissingOrOldFormatFileIsIgnored() throws Exception {
    Path file = dir.resolve("pages.bin");
    assertNull(PageListsFile.read(file, "key-1"));
    PageListsFile.write(file, "key-1", current, previous);
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 3));
    assertNull(PageListsFile.read(file, "key-1"), "cut short");
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length + 1));
    assertNull(PageListsFile.read(file, "key-1"), "trailing bytes");
    // what earlier versions wrote: a Java-serialized map
    try (var out = new ObjectOutputStream(Files.newOutputStream(file))) {
      out.writeObject(new HashMap<>(current));
    }
    assertNull(PageListsFile.read(file, "key-1"), "Java serialization");
  }
}
