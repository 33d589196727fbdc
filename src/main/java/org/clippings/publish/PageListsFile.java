package org.clippings.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code pages.bin}: the page lists (site path to input fingerprint) of the current site and of the
 * one kept beside it, under the key they were rendered with. Written field by field: Java
 * serialization of the two maps (82,000 entries at 10,000 articles, 270,000 at 50,000) took several
 * times as long in a build's cold JVM, and it is written twice a build. A page of the previous site
 * whose fingerprint is the current site's is written as one byte. The file is replaced whole
 * ({@link CacheFileWriter}); one that cannot be read, or carries another key, is ignored.
 */
final class PageListsFile {

  private static final String MAGIC = "clippings-pages-1";
  /** After a previous site's path: its fingerprint is the current site's for that path; or it follows. */
  private static final int SAME = 0;
  private static final int OTHER = 1;

  /** The two lists; maps the reader may keep, and does not change. */
  record Lists(Map<String, String> current, Map<String, String> previous) {}

  private PageListsFile() {}

  /** The lists saved under {@code key}, or null when there are none, under another key, or unreadable. */
  static Lists read(Path file, String key) {
    if (!Files.isRegularFile(file)) return null;
    try (var in = BytesInput.of(file)) {
      if (!in.readUTF().equals(MAGIC) || !in.readUTF().equals(key)) return null;
      int n = in.readInt();
      var current = new HashMap<String, String>(capacity(n));
      for (int i = 0; i < n; i++) current.put(in.readUTF(), in.readUTF());
      int m = in.readInt();
      var previous = new HashMap<String, String>(capacity(m));
      for (int i = 0; i < m; i++) {
        String path = in.readUTF();
        int kind = in.readUnsignedByte();
        String fingerprint = kind == SAME ? current.get(path) : kind == OTHER ? in.readUTF() : null;
        if (fingerprint == null) return null; // damaged: a one-byte entry with no current entry, or no kind
        previous.put(path, fingerprint);
      }
      return in.read() == -1 ? new Lists(current, previous) : null;
    } catch (IOException | RuntimeException e) {
      // damaged or from another version: every page is rendered
      return null;
    }
  }

  static void write(Path file, String key, Map<String, String> current, Map<String, String> previous)
      throws IOException {
    CacheFileWriter.replace(file, out -> {
      out.writeUTF(MAGIC);
      out.writeUTF(key);
      out.writeInt(current.size());
      for (var e : current.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeUTF(e.getValue());
      }
      out.writeInt(previous.size());
      for (var e : previous.entrySet()) {
        out.writeUTF(e.getKey());
        if (e.getValue().equals(current.get(e.getKey()))) {
          out.writeByte(SAME);
        } else {
          out.writeByte(OTHER);
          out.writeUTF(e.getValue());
        }
      }
    });
  }

  private static int capacity(int entries) {
    return (int) Math.min(1 << 30, entries * 4L / 3 + 1);
  }
}
