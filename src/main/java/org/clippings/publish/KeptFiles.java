package org.clippings.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
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

  private record Kept(Object inode, long size, long modifiedNanos, String key, Object value) {}

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
    BasicFileAttributes now = attributes(file);
    if (now == null || !same(k, now)) return null;
    return type.cast(k.value());
  }

  /** Keeps {@code value} as what {@code file}, as it is now, holds under {@code key}. */
  static void put(Path file, String key, Object value) {
    if (!enabled) return;
    BasicFileAttributes now = attributes(file);
    Path at = file.toAbsolutePath();
    if (now == null || now.fileKey() == null) {
      KEPT.remove(at);
      return;
    }
    KEPT.put(at, new Kept(now.fileKey(), now.size(), now.lastModifiedTime().toInstant().getEpochSecond() * 1_000_000_000L
        + now.lastModifiedTime().toInstant().getNano(), key, value));
  }

  /** Forgets {@code file}: it is about to change in place, or was deleted. */
  static void forget(Path file) {
    KEPT.remove(file.toAbsolutePath());
  }

  private static boolean same(Kept k, BasicFileAttributes a) {
    var t = a.lastModifiedTime().toInstant();
    return k.inode().equals(a.fileKey()) && k.size() == a.size()
        && k.modifiedNanos() == t.getEpochSecond() * 1_000_000_000L + t.getNano();
  }

  private static BasicFileAttributes attributes(Path file) {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      return null;
    }
  }
}
