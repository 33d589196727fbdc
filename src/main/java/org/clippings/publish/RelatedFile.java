package org.clippings.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clippings.index.Related;

/**
 * The related coverage of a whole archive, saved under a key of everything it was computed from
 * (every record's source and content, the extraction settings, the tool), so a build whose
 * records are all unchanged (a template or config change) does not compare the archive again.
 * The file is replaced whole ({@link CacheFileWriter}); one that cannot be read, or
 * carries another key, is ignored.
 */
final class RelatedFile {

  private static final String MAGIC = "clippings-related-1";

  private RelatedFile() {}

  static Optional<Map<String, List<Related>>> read(Path file, String key) {
    if (!Files.isRegularFile(file)) return Optional.empty();
    try (var in = BytesInput.of(file)) {
      if (!in.readUTF().equals(MAGIC) || !in.readUTF().equals(key)) return Optional.empty();
      Related.Reason[] reasons = Related.Reason.values();
      int articles = in.readInt();
      var related = new HashMap<String, List<Related>>(articles * 2);
      for (int a = 0; a < articles; a++) {
        String id = in.readUTF();
        int count = in.readUnsignedShort();
        var links = new ArrayList<Related>(count);
        for (int i = 0; i < count; i++) links.add(new Related(in.readUTF(), reasons[in.readUnsignedByte()], in.readDouble()));
        related.put(id, List.copyOf(links));
      }
      return in.read() == -1 ? Optional.of(related) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      // damaged or from another version: compute again
      return Optional.empty();
    }
  }

  static void write(Path file, String key, Map<String, List<Related>> related) throws IOException {
    CacheFileWriter.replace(file, out -> {
      out.writeUTF(MAGIC);
      out.writeUTF(key);
      out.writeInt(related.size());
      for (var e : related.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeShort(e.getValue().size());
        for (Related r : e.getValue()) {
          out.writeUTF(r.id());
          out.writeByte(r.reason().ordinal());
          out.writeDouble(r.score());
        }
      }
    });
  }
}
