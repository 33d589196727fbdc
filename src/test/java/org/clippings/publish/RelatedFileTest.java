package org.clippings.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.clippings.index.Related;
import org.clippings.index.Related.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelatedFileTest {

  @TempDir
  Path dir;

  private final Map<String, List<Related>> related = Map.of(
      "2024/05/01/flood", List.of(new Related("2024/05/02/flood-aid", Reason.SAME_STORY, 0.8125),
          new Related("2023/01/09/dam", Reason.SHARED_ENTITIES, 0.21000000000000002)),
      "2024/05/02/flood-aid", List.of(new Related("2024/05/01/flood", Reason.SAME_STORY, 0.8125)),
      "caf\u00e9-\u2192", List.of());

  @Test
  void readsBackExactlyWhatWasWrittenUnderTheSameKey() throws Exception {
    Path file = dir.resolve("related.bin");
    RelatedFile.write(file, "key-1", related);
    assertEquals(related, RelatedFile.read(file, "key-1").orElseThrow());
    assertTrue(RelatedFile.read(file, "key-2").isEmpty(), "another key: computed again");
  }

  @Test
  void aDamagedOrMissingFileIsIgnored() throws Exception {
    Path file = dir.resolve("related.bin");
    assertTrue(RelatedFile.read(file, "key-1").isEmpty());
    RelatedFile.write(file, "key-1", related);
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 5));
    assertTrue(RelatedFile.read(file, "key-1").isEmpty(), "cut short");
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length + 1));
    assertTrue(RelatedFile.read(file, "key-1").isEmpty(), "trailing bytes");
  }
}
