package org.clippings.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files of the two sites Clippings keeps (the current one and the one before it), by folder
 * identity, in the cache folder's {@code files.bin}. The site before the current one is written
 * over by the next build, which then knows what it held without walking a hundred thousand files
 * to find those it no longer needs.
 *
 * <p>A folder is known by its and its marker file's inode numbers, which renames keep. A list is
 * taken out of the file before its folder is written into, so a build killed half way leaves no
 * list to vouch for a folder it changed; the next build walks it instead.
 */
final class SiteFiles {

  static final String FILE = "files.bin";
  private static final String MAGIC = "clippings-site-files-1";

  private final Path store;
  /** Folder identity → its files, relative, with {@code /} separators. */
  private final Map<String, List<String>> sites;

  private SiteFiles(Path store, Map<String, List<String>> sites) {
    this.store = store;
    this.sites = sites;
  }

  /** The lists in {@code cacheDir}, none when there are none or they cannot be read. */
  static SiteFiles in(Path cacheDir) {
    Path store = cacheDir.resolve(FILE);
    var sites = new LinkedHashMap<String, List<String>>();
    if (Files.isRegularFile(store)) {
      try (var in = BytesInput.of(store)) {
        if (MAGIC.equals(in.readUTF())) {
          int n = in.readInt();
          for (int s = 0; s < n; s++) {
            String key = in.readUTF();
            int count = in.readInt();
            var files = new ArrayList<String>(count);
            for (int f = 0; f < count; f++) files.add(in.readUTF());
            sites.put(key, files);
          }
        }
      } catch (IOException | RuntimeException e) {
        sites.clear(); // unreadable: folders are walked instead
      }
    }
    return new SiteFiles(store, sites);
  }

  /**
   * The files of the site in {@code folder}, taken out of the store on disk before anything is
   * written into it; empty when unknown.
   */
  Optional<List<String>> take(Path folder) {
    Optional<String> key = key(folder);
    if (key.isEmpty() || !sites.containsKey(key.get())) {
      return Optional.empty();
    }
    List<String> files = sites.remove(key.get());
    try {
      write();
    } catch (IOException e) {
      forget(store.getParent());
      return Optional.empty(); // the list on disk could not be voided: it must not be relied on
    }
    return Optional.of(files);
  }

  /**
   * Records the files of the site now in {@code current}, keeping only the list of the site in
   * {@code previous} beside it; best effort (without a list the next build walks the folder).
   */
  void remember(Path current, List<String> files, Path previous) {
    Optional<String> key = key(current);
    if (key.isEmpty()) return;
    var kept = new LinkedHashMap<String, List<String>>();
    key(previous).filter(sites::containsKey).ifPresent(k -> kept.put(k, sites.get(k)));
    kept.put(key.get(), files);
    sites.clear();
    sites.putAll(kept);
    try {
      write();
    } catch (IOException e) {
      forget(store.getParent());
    }
  }

  /** Removes the lists in a cache folder: a build that keeps none is about to change the sites. */
  static void forget(Path cacheDir) {
    try {
      Files.deleteIfExists(cacheDir.resolve(FILE));
    } catch (IOException e) {
      // cannot delete: nothing better to do; a build that cannot delete cannot write the site either
    }
  }

  private void write() throws IOException {
    Files.createDirectories(store.getParent());
    CacheFileWriter.replace(store, out -> {
      out.writeUTF(MAGIC);
      out.writeInt(sites.size());
      for (var e : sites.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeInt(e.getValue().size());
        for (String f : e.getValue()) out.writeUTF(f);
      }
    });
  }

  /** The folder's and its marker's inode numbers; empty where the file system has none. */
  private static Optional<String> key(Path folder) {
    try {
      Object dir = Files.readAttributes(folder, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
      Object marker = Files.readAttributes(folder.resolve(SitePublisher.MARKER), BasicFileAttributes.class,
          LinkOption.NOFOLLOW_LINKS).fileKey();
      return dir == null || marker == null ? Optional.empty() : Optional.of(dir + " " + marker);
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
