package org.clippings.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What this process last read from or wrote to a cache file, kept while the file is the one it
 * was (same inode, size and modification time): a process that builds again and again ({@code
 * clippings serve}) then reads the records cache of 10,000 articles once, not once per saved
 * article. Cache files are replaced by a rename, so any other writer gives the file a new inode
 * and the kept value is not used. Off unless {@link #enable enabled}: a one-shot build never reads a
 * file twice, and keeping its values would only hold memory.
 */
final class KeptFiles {

  private static volatile boolean enabled;
  private static final Map<Path, Kept> KEPT = new ConcurrentHashMap<>();

  /** Which file a value came from: the file's identity, size and time when it was read or written. */
  record Stamp(Object inode, long size, FileTime modified) {}

  private record Kept(Stamp stamp, String key, Object value) {}

  private KeptFiles() {}

  /** From now on, values read and written are kept (for the life of the process), or not. */
  static void enable(boolean keep) {
    enabled = keep;
    if (!keep) KEPT.clear();
  }

  /** The value last kept for {@code file} under {@code key}, if the file is still the one it came from. */
  static <T> T get(Path file, String key, Class<T> type) {
    if (!enabled) return null;
    Kept k = KEPT.get(file.toAbsolutePath());
    if (k == null || !k.key().equals(key) || !type.isInstance(k.value())) return null;
    return k.stamp().equals(stamp(file)) ? type.cast(k.value()) : null;
  }

  /**
   * The file as it is now, or null when it cannot be told apart from another (no inode, gone):
   * taken before reading a file, so a value is never kept under the stamp of a later file.
   */
  static Stamp stamp(Path file) {
    if (!enabled) return null;
    try {
      var a = Files.readAttributes(file, BasicFileAttributes.class);
      return a.fileKey() == null ? null : new Stamp(a.fileKey(), a.size(), a.lastModifiedTime());
    } catch (IOException e) {
      return null;
    }
  }

  /** Keeps {@code value} as what {@code file}, as {@code stamp} found it, holds under {@code key}. */
  static void put(Path file, Stamp stamp, String key, Object value) {
    if (!enabled) return;
    if (stamp == null) KEPT.remove(file.toAbsolutePath());
    else KEPT.put(file.toAbsolutePath(), new Kept(stamp, key, value));
  }

  /** Forgets {@code file}: it is about to change in place, or was deleted. */
  static void forget(Path file) {
    KEPT.remove(file.toAbsolutePath());
  }
}
