package org.clippings.publish;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces a cache file whole: written field by field to a temporary name beside it, then moved
 * over it, so a killed build leaves either the old file or the new one, never half of one.
 */
final class CacheFileWriter {

  /** What goes into the file. */
  interface Fields {
    void writeTo(DataOutputStream out) throws IOException;
  }

  private CacheFileWriter() {}

  static void replace(Path file, Fields fields) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
      fields.writeTo(out);
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
