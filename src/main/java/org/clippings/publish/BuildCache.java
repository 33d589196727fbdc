package org.clippings.publish;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.clippings.extract.Record;

/**
 * What the previous build knew, kept in {@code .clippings-cache/} beside the output folder so the
 * next build redoes only what changed: each article's record, keyed by its file's size and
 * modification time (so an unchanged file is not even read) and its content hash; and each page's
 * input fingerprint, so a page whose inputs did not change is taken from the previous site instead of
 * rendered. Each part is valid only for the key it was written under (tool version, the config
 * sections it depends on, template hash); a cache that does not match, or cannot be read, is simply
 * not used.
 */
public final class BuildCache {

  /** One article as last extracted. */
  private record Entry(long size, long modified, String contentHash, Record record) implements Serializable {}

  private record Stored(String key, Map<String, ?> values) implements Serializable {}

  private final Path dir;
  private final String recordsKey;
  private final String pagesKey;
  private final Map<String, Entry> oldRecords;
  private final Map<String, String> oldPages;
  private final Map<String, Entry> newRecords = new ConcurrentHashMap<>();
  private final Map<String, String> newPages = new ConcurrentHashMap<>();
  private volatile boolean recordsChanged;

  private BuildCache(Path dir, String recordsKey, String pagesKey, Map<String, Entry> oldRecords,
      Map<String, String> oldPages) {
    this.dir = dir;
    this.recordsKey = recordsKey;
    this.pagesKey = pagesKey;
    this.oldRecords = oldRecords;
    this.oldPages = oldPages;
  }

  /** The cache folder for an output folder: its sibling {@code .clippings-cache}. */
  public static Path folderFor(Path out) {
    Path abs = out.toAbsolutePath().normalize();
    return abs.resolveSibling(".clippings-cache");
  }

  /**
   * Opens the cache. {@code recordsKey} must change whenever extraction could give another result
   * (tool version, ingest/entity/topic config); {@code pagesKey} whenever rendering could (tool
   * version, the whole config, templates).
   */
  public static BuildCache open(Path dir, String recordsKey, String pagesKey) {
    return new BuildCache(dir, recordsKey, pagesKey, load(dir.resolve("records.bin"), recordsKey),
        load(dir.resolve("pages.bin"), pagesKey));
  }

  /** A cache that remembers nothing and writes nothing (for {@code --no-cache} and checks). */
  public static BuildCache disabled() {
    return new BuildCache(null, "", "", Map.of(), Map.of());
  }

  /** The record of an article file whose size and modification time are what they were. */
  public Optional<Record> record(String source, long size, long modified) {
    Entry e = oldRecords.get(source);
    if (e == null || e.size() != size || e.modified() != modified) return Optional.empty();
    newRecords.put(source, e);
    return Optional.of(e.record());
  }

  public void putRecord(String source, long size, long modified, Record r) {
    if (dir != null) {
      newRecords.put(source, new Entry(size, modified, r.contentHash(), r));
      recordsChanged = true;
    }
  }

  /** True when the page at {@code path} was last built from inputs with this fingerprint. */
  public boolean pageUnchanged(String path, String fingerprint) {
    if (dir != null) newPages.put(path, fingerprint);
    return fingerprint.equals(oldPages.get(path));
  }

  /** Removes the saved page list, so a build killed during the swap leaves no list that matches neither site. */
  public void forgetPages() {
    if (dir == null) return;
    try {
      Files.deleteIfExists(dir.resolve("pages.bin"));
    } catch (IOException e) {
      // cannot delete: then it cannot be trusted either; save() replaces it
    }
  }

  /** Writes what this build learned, replacing the old cache atomically; a failure only costs speed. */
  public void save() {
    if (dir == null) return;
    try {
      Files.createDirectories(dir);
      // rewriting an unchanged cache would cost as much as the no-op build it speeds up
      if (recordsChanged || newRecords.size() != oldRecords.size()) {
        store(dir.resolve("records.bin"), new Stored(recordsKey, new HashMap<>(newRecords)));
      }
      store(dir.resolve("pages.bin"), new Stored(pagesKey, new HashMap<>(newPages)));
    } catch (IOException e) {
      // the next build is a clean one; nothing else depends on the cache
    }
  }

  private static void store(Path file, Stored s) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (var out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
      out.writeObject(s);
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  @SuppressWarnings("unchecked")
  private static <V> Map<String, V> load(Path file, String key) {
    if (!Files.isRegularFile(file)) return Map.of();
    try (var in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      in.setObjectInputFilter(ObjectInputFilter.Config.createFilter("org.clippings.**;java.base/*;!*"));
      Object o = in.readObject();
      if (o instanceof Stored s && s.key().equals(key)) return (Map<String, V>) s.values();
    } catch (IOException | ClassNotFoundException | ClassCastException e) {
      // InvalidClassException, ObjectStreamException: written by another version; a clean build follows
      if (e instanceof InvalidClassException || e instanceof ObjectStreamException) return Map.of();
    }
    return Map.of();
  }
}
