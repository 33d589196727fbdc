package org.clippings.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.clippings.diag.BuildException;
import org.clippings.render.PageSink;

/**
 * Publishes a site atomically. Output goes to a staging folder beside the output folder (the site
 * before the current one, {@code .public.previous}, written over in place; or a new
 * {@code .public.staging-<n>}); only a complete build is swapped in, so a failed or killed build
 * leaves the current site as it was. A folder is only ever replaced if it is empty or carries the
 * marker file Clippings writes, so a mistyped {@code --out} can never delete a user's files.
 */
public final class SitePublisher {

  /** Written into every site Clippings publishes. */
  public static final String MARKER = ".clippings-site";


  private final Path out;

  public SitePublisher(Path out) {
    this.out = out.toAbsolutePath().normalize();
  }

  public Path out() {
    return out;
  }

  /** Checks the output folder may be replaced, clears what earlier killed builds left, and starts staging. */
  public Staging begin() {
    return begin(BuildCache.disabled());
  }

  /**
   * As {@link #begin()}, taking unchanged pages from the current site when {@code cache} says they
   * are. The site before the current one, kept beside it ({@code .out.previous}), is the staging
   * folder: its files are overwritten in place and those the new site lacks removed, so a build
   * neither creates nor deletes a file it does not need to. On ext4, creating files soon after
   * deleting tens of thousands costs a scan past every recently freed inode; a site written
   * afresh and the old one deleted made a 10,000-article build spend half its time in the kernel.
   */
  public Staging begin(BuildCache cache) {
    checkReplaceable();
    removeLeftovers();
    try {
      Files.createDirectories(out.getParent());
      // a build without the cache keeps no page lists: none may be left to vouch for sites it replaces
      if (!cache.enabled()) BuildCache.forgetPagesIn(BuildCache.folderFor(out));
      SiteFiles lists = cache.enabled() ? SiteFiles.in(BuildCache.folderFor(out)) : null;
      Path previous = previous();
      if (Files.isDirectory(previous, LinkOption.NOFOLLOW_LINKS) && Files.isRegularFile(previous.resolve(MARKER))) {
        // from here on its files are being overwritten: no page or file list may vouch for them
        List<String> before = lists == null ? null : lists.take(previous).orElse(null);
        cache.forgetPrevious();
        return new Staging(previous, cache, true, lists, before);
      }
      Path staging = Files.createTempDirectory(out.getParent(), prefix("staging"));
      return new Staging(staging, cache, false, lists, List.of());
    } catch (IOException e) {
      throw new BuildException("cannot create a staging folder beside " + out + ": " + e.getMessage(), e);
    }
  }

  /** Where the site before the current one is kept, to be written over by the next build. */
  Path previous() {
    return out.resolveSibling("." + out.getFileName() + ".previous");
  }

  /**
   * Fails unless the output folder is missing, empty or a site Clippings wrote; called before
   * anything is written beside it (the build cache too).
   */
  public void checkReplaceable() {
    recoverInterruptedSwap();
    if (Files.exists(out)) {
      if (!Files.isDirectory(out)) {
        throw new BuildException("output " + out + " exists and is not a folder; choose another --out");
      }
      if (!isEmpty(out) && !Files.exists(out.resolve(MARKER))) {
        throw new BuildException("refusing to write into " + out + ": it is not empty and was not made by Clippings"
            + " (no " + MARKER + " file); choose an empty or new folder with --out");
      }
    }
  }

  private String prefix(String what) {
    return "." + out.getFileName() + "." + what + "-";
  }

  /** A build killed between the two renames of a swap leaves the old site aside: put it back. */
  private void recoverInterruptedSwap() {
    if (Files.exists(out)) return;
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(out.getParent(), prefix("old") + "*")) {
      for (Path old : ds) {
        if (Files.exists(old.resolve(MARKER))) {
          Files.move(old, out);
          return;
        }
      }
    } catch (IOException e) {
      // nothing to recover (no parent yet, or unreadable): the build goes on and reports write errors itself
    }
  }

  private void removeLeftovers() {
    Path parent = out.getParent();
    if (parent == null || !Files.isDirectory(parent)) return;
    for (String what : new String[] {"staging", "old"}) {
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(parent, prefix(what) + "*")) {
        for (Path p : ds) {
          // a build killed after its swap leaves the site it replaced aside: keep it as the previous one
          if (what.equals("old") && Files.isRegularFile(p.resolve(MARKER)) && !Files.exists(previous())) {
            Files.move(p, previous(), StandardCopyOption.ATOMIC_MOVE);
          } else {
            deleteTree(p);
          }
        }
      } catch (IOException e) {
        throw new BuildException("cannot remove the leftover folder of an earlier build beside " + out + ": " + e, e);
      }
    }
  }

  private static boolean isEmpty(Path dir) {
    try (var s = Files.list(dir)) {
      return s.findAny().isEmpty();
    } catch (IOException e) {
      throw new BuildException("cannot read output folder " + dir + ": " + e.getMessage(), e);
    }
  }

  /** {@code p} below {@code base}, with {@code /} between names as in the site's paths. */
  private static String sitePath(Path base, Path p) {
    return base.relativize(p).toString().replace(java.io.File.separatorChar, '/');
  }

  /** How many folders deep a site path is. */
  private static int depth(String path) {
    int n = 0;
    for (int i = 0; i < path.length(); i++) if (path.charAt(i) == '/') n++;
    return n;
  }

  /**
   * Segments of [A-Za-z0-9._-], none empty, {@code .} or {@code ..}: checked by hand, since every
   * file of every build passes here (a split and a regex per segment were 0.3 GB of garbage per
   * rebuild of 40,000 files).
   */
  static boolean safe(String path) {
    int start = 0;
    for (int i = 0; i <= path.length(); i++) {
      if (i < path.length() && path.charAt(i) != '/') {
        char c = path.charAt(i);
        if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-')) {
          return false;
        }
        continue;
      }
      int len = i - start;
      if (len == 0 || len == 1 && path.charAt(start) == '.' || len == 2 && path.startsWith("..", start)) return false;
      start = i + 1;
    }
    return true;
  }

  /** Deletes a folder and everything in it; nothing when it does not exist. */
  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) return;
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }


  /** A site being written. Thread-safe. Either {@link #commit()} or {@link #abort()} it. */
  public final class Staging implements PageSink {
    private final Path root;
    private final BuildCache cache;
    /** Whether {@code root} is the previous site, written over in place, rather than a new folder. */
    private final boolean inPlace;
    private final Set<Path> dirs = ConcurrentHashMap.newKeySet();
    /**
     * Every file of the new site, relative: what else is in {@code root} at commit is removed. As
     * strings, since most pages of a rebuild are kept and need no {@code Path} at all (a path
     * resolved and relativized again per file was 90 MB of garbage per {@code serve} rebuild).
     */
    private final Set<String> files = ConcurrentHashMap.newKeySet();
    /** Where the file lists of the sites are kept; null without the build cache. */
    private final SiteFiles lists;
    /** The files {@code root} held when the build began, relative; null when unknown (then it is walked). */
    private final List<String> before;
    /** {@link #before} as a set, for a look-up per kept page instead of a file system call. */
    private final Set<String> held;
    /** Files copied in part when copying a folder failed: removed unless written again. */
    private final Set<Path> strays = ConcurrentHashMap.newKeySet();

    private Staging(Path root, BuildCache cache, boolean inPlace, SiteFiles lists, List<String> before) {
      this.root = root;
      this.cache = cache;
      this.inPlace = inPlace;
      this.lists = lists;
      this.before = before;
      this.held = before == null ? null : new java.util.HashSet<>(before);
    }

    @Override
    public int reuseTree(String dir, String fingerprint) {
      if (!cache.pageUnchanged(dir + "/", fingerprint)) return -1;
      Path current = out.resolve(dir);
      if (!Files.isDirectory(current)) return -1;
      boolean kept = inPlace && cache.previousUnchanged(dir + "/", fingerprint);
      var copied = new java.util.ArrayList<Path>();
      var names = new java.util.ArrayList<String>();
      try (var walk = Files.walk(current)) {
        for (Path f : walk.filter(Files::isRegularFile).toList()) {
          String path = dir + "/" + sitePath(current, f);
          Path target = resolve(path);
          copied.add(target);
          names.add(path);
          if (!(kept && holds(path))) copy(f, target);
        }
        // part of the new site only once the whole folder is: a half copy is overwritten or pruned
        files.addAll(names);
        cache.keptFolder(dir + "/");
        return copied.size();
      } catch (IOException | UncheckedIOException e) {
        // written anew, file by file; what was copied and not written again is removed at commit
        strays.addAll(copied);
        return -1;
      }
    }

    /**
     * Takes an unchanged page from the current site: nothing to do when the previous site's copy,
     * being written over, is already the same; else its bytes are copied. Never a hard link: a
     * file shared with the current site would be written through when this site is written over.
     */
    @Override
    public boolean reuse(String path, String fingerprint) {
      if (!cache.pageUnchanged(path, fingerprint)) return false;
      checkSafe(path);
      if (inPlace && cache.previousUnchanged(path, fingerprint) && holds(path)) {
        files.add(path);
        return true;
      }
      Path target = resolve(path);
      Path current = out.resolve(path);
      if (!Files.isRegularFile(current)) return false;
      try {
        copy(current, target);
        files.add(path);
        return true;
      } catch (IOException | UncheckedIOException e) {
        return false;
      }
    }

    /**
     * Whether the previous site, being written over, still has the file: known from its file list
     * when there is one (kept by the cache, vouched for by the folder's identity, as the page
     * fingerprints are, and then no {@code Path} is made); else asked of the file system.
     */
    private boolean holds(String path) {
      return held != null ? held.contains(path) : Files.isRegularFile(resolve(path), LinkOption.NOFOLLOW_LINKS);
    }

    public Path root() {
      return root;
    }

    @Override
    public void write(String path, byte[] content) {
      Path target = resolve(path);
      try {
        put(target, content);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + path + " in " + root, e);
      }
      files.add(path);
    }

    @Override
    public void stream(String path, Streamed content) {
      Path target = resolve(path);
      try {
        clear(target);
        try (FileChannel ch = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
          OutputStream os = new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(ch), 1 << 16);
          content.writeTo(os);
          os.flush();
          ch.truncate(ch.position());
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + path + " in " + root, e);
      }
      files.add(path);
    }

    /**
     * Writes a file over the previous site's copy in place when there is one, without truncating
     * it first: a page of about the same size keeps its blocks, where truncating frees them all and
     * allocates them again (with the file system's discards on the way).
     */
    private void put(Path target, byte[] content) throws IOException {
      clear(target);
      try (FileChannel ch = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
        ByteBuffer b = ByteBuffer.wrap(content);
        while (b.hasRemaining()) ch.write(b);
        if (ch.size() > content.length) ch.truncate(content.length);
      }
    }

    /** Copies a file of the current site over the previous site's copy, by the kernel, not through the heap. */
    private void copy(Path from, Path target) throws IOException {
      clear(target);
      try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ);
          FileChannel to = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
        long size = in.size();
        for (long done = 0; done < size; ) {
          long n = in.transferTo(done, size - done, to);
          if (n <= 0) throw new IOException("could not copy all of " + from);
          done += n;
        }
        if (to.size() > size) to.truncate(size);
      }
    }

    /** Makes room for a file at {@code target}: its folder exists, and no folder is where the file goes. */
    private void clear(Path target) throws IOException {
      ensureFolder(target.getParent());
      if (inPlace && Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) deleteTree(target);
    }

    /** Creates a folder once; remembered only once it exists, so no other thread writes into it too early. */
    private void ensureFolder(Path dir) throws IOException {
      if (dirs.contains(dir)) return;
      try {
        Files.createDirectories(dir);
      } catch (FileAlreadyExistsException e) {
        // the previous site had a file where this site has a folder
        for (Path p = dir; p != null && p.startsWith(root) && !p.equals(root); p = p.getParent()) {
          if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) Files.delete(p);
        }
        Files.createDirectories(dir);
      }
      dirs.add(dir);
    }

    /** Only plain relative paths inside the site: no {@code ..}, no absolute paths, no odd characters. */
    private Path resolve(String path) {
      checkSafe(path);
      Path p = root.resolve(path).normalize();
      if (!p.startsWith(root)) throw new IllegalArgumentException("unsafe output path: " + path);
      return p;
    }

    private static void checkSafe(String path) {
      if (path.isEmpty() || path.startsWith("/") || !safe(path)) {
        throw new IllegalArgumentException("unsafe output path: " + path);
      }
    }

    /**
     * Swaps the finished site in: what the previous site had and this one lacks is removed, the
     * current site is moved aside, the new one renamed into place, and the one moved aside kept as
     * the previous site for the next build to write over.
     */
    public void commit() {
      write(MARKER, "This folder was written by Clippings; the next build replaces it whole.\n".getBytes(
          java.nio.charset.StandardCharsets.UTF_8));
      try {
        // the previous site's extra files, or a folder copied in part before a copy failed
        prune();
        // until the new site is in place and its page list saved, no page list may vouch for either site
        cache.forgetPages();
        Path aside = null;
        if (Files.exists(out)) {
          aside = Files.createTempDirectory(out.getParent(), prefix("old"));
          Files.delete(aside);
          Files.move(out, aside, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
          Files.move(root, out, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
          throw new BuildException("output folder " + out + " appeared during the build; nothing was replaced", e);
        }
        boolean kept = false;
        if (aside != null) {
          Path previous = previous();
          // only a previous site of ours is replaced; a folder of that name without the marker is left alone
          if (Files.isRegularFile(previous.resolve(MARKER))) deleteTree(previous);
          if (!Files.exists(previous, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(aside, previous, StandardCopyOption.ATOMIC_MOVE);
            kept = true;
          } else {
            deleteTree(aside);
          }
        }
        cache.save(out, kept);
        if (lists != null) lists.remember(out, new java.util.ArrayList<>(files), previous());
      } catch (IOException e) {
        throw new BuildException("cannot move the new site into " + out + ": " + e.getMessage(), e);
      }
    }

    /**
     * Removes the previous site's files that the new site does not have, and folders left empty:
     * from the list of what the folder held when that is known, else by walking it.
     */
    private void prune() throws IOException {
      if (before == null) {
        pruneByWalking();
        return;
      }
      // every folder the new site has a file in stays
      var needed = new java.util.HashSet<String>();
      for (String f : files) {
        for (int slash = f.lastIndexOf('/'); slash > 0 && needed.add(f.substring(0, slash)); ) {
          slash = f.lastIndexOf('/', slash - 1);
        }
      }
      // deepest first, so a folder's folders are gone before it
      var emptied = new java.util.TreeSet<String>(java.util.Comparator.comparingInt(SitePublisher::depth)
          .reversed().thenComparing(java.util.Comparator.naturalOrder()));
      var gone = new java.util.ArrayList<String>(before);
      for (Path p : strays) gone.add(sitePath(root, p));
      for (String f : gone) {
        if (files.contains(f)) continue;
        Path p = root.resolve(f);
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) continue;
        Files.deleteIfExists(p);
        for (int slash = f.lastIndexOf('/'); slash > 0; slash = f.lastIndexOf('/', slash - 1)) {
          String d = f.substring(0, slash);
          if (needed.contains(d)) break;
          emptied.add(d);
        }
      }
      for (String d : emptied) {
        try {
          Files.deleteIfExists(root.resolve(d));
        } catch (java.nio.file.DirectoryNotEmptyException e) {
          // something the list did not know of: left for the walk of a build without a list
        }
      }
    }

    /**
     * The same by walking the folder. What each folder keeps is counted on the way, so no folder
     * is listed a second time to see whether it is empty.
     */
    private void pruneByWalking() throws IOException {
      var kept = new java.util.ArrayDeque<int[]>();
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          kept.push(new int[1]);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          if (files.contains(sitePath(root, file))) {
            kept.peek()[0]++;
          } else {
            Files.delete(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
          if (exc != null) throw exc;
          boolean empty = kept.pop()[0] == 0;
          if (empty && !dir.equals(root)) {
            Files.delete(dir);
          } else if (!kept.isEmpty()) {
            kept.peek()[0]++;
          }
          return FileVisitResult.CONTINUE;
        }
      });
    }

    /** Gives up: a new staging folder is deleted; the previous site written over stays, with no page list vouching for it. */
    public void abort() {
      if (inPlace) return;
      try {
        deleteTree(root);
      } catch (IOException e) {
        // best effort: the next build removes leftovers before it starts
      }
    }
  }
}
