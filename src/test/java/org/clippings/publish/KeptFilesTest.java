package org.clippings.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} keeps the cache files it read or wrote in memory: a kept value is used only while
 * the file is the one it came from, and any other writer (another build, a copy, an edit in place)
 * makes the next read go to the file.
 */
class KeptFilesTest {

  @TempDir Path dir;

  private static final RecordsFile.Codec<String> TEXT = RecordsFileTest.TEXT;

  @BeforeEach
  void keep() {
    BuildCache.keepInMemory(true);
  }

  @AfterEach
  void stopKeeping() {
    BuildCache.keepInMemory(false);
  }

  @Test
  void whatWasWrittenIsReadFromMemoryWhileTheFileStaysAsItWasLeft() throws IOException {
    Path file = dir.resolve("records.bin");
    RecordsFile.write(file, "k", "bodies-1.bin", Map.of("a.txt", "one"), TEXT);
    RecordsFile.Loaded<String> first = RecordsFile.read(file, "k", TEXT);
    assertEquals(Map.of("a.txt", "one"), first.entries());
    assertSame(first, RecordsFile.read(file, "k", TEXT), "kept, not read again");
    assertNull(RecordsFile.read(file, "other key", TEXT), "another key never gets the kept value");
  }

  /** Writes "one" for a.txt to records.bin, kept, and "two" to other.bin: what another writer would leave. */
  private Path[] keptAndOther() throws IOException {
    Path file = dir.resolve("records.bin");
    RecordsFile.write(file, "k", "bodies-1.bin", Map.of("a.txt", "one"), TEXT);
    Path other = dir.resolve("other.bin");
    RecordsFile.write(other, "k", "bodies-1.bin", Map.of("a.txt", "two"), TEXT);
    return new Path[] {file, other};
  }

  @Test
  void aFileAnotherWriterReplacedIsReadAgain() throws IOException {
    Path[] files = keptAndOther();
    Path file = files[0];
    Path other = files[1];
    // another process writes the same key: a file of the same size renamed over this one
    assertEquals(Files.size(file), Files.size(other));
    Files.setLastModifiedTime(other, Files.getLastModifiedTime(file));
    Files.move(other, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    assertEquals(Map.of("a.txt", "two"), RecordsFile.read(file, "k", TEXT).entries());
  }

  @Test
  void aFileChangedInPlaceIsReadAgain() throws IOException {
    Path[] files = keptAndOther();
    Path file = files[0];
    Path other = files[1];
    FileTime before = Files.getLastModifiedTime(file);
    // same inode and size, new bytes; the time moves, as any write moves it
    Files.write(file, Files.readAllBytes(other));
    Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 1000));
    assertEquals(Map.of("a.txt", "two"), RecordsFile.read(file, "k", TEXT).entries());
  }

  @Test
  void aDeletedFileIsNotRemembered() throws IOException {
    Path file = dir.resolve("records.bin");
    RecordsFile.write(file, "k", "bodies-1.bin", Map.of("a.txt", "one"), TEXT);
    Files.delete(file);
    assertNull(RecordsFile.read(file, "k", TEXT));
  }
}
