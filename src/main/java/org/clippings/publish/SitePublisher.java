package org.clippings.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.clippings.diag.BuildException;
import org.clippings.render.PageSink;

/**
 * Publishes a site atomically. Output goes to a staging folder beside the output folder
 * ({@code .public.staging-<n>}); only a complete build is swapped in, so a failed or killed build
 * leaves the previous site as it was. A folder is only ever replaced if it is empty or carries the
 * marker file Clippings writes, so a mistyped {@code --out} can never delete a user's files.
 */
public final class SitePublisher {

  /** Written into every site Clippings publishes. */
  public static final String MARKER = ".clippings-site";

  private static final Pattern SAFE_SEGMENT = Pattern.compile("[A-Za-z0-9._-]+");

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

  /** As {@link #begin()}, taking unchanged pages from the current site when {@code cache} says they are. */
  public Staging begin(BuildCache cache) {
    checkReplaceable();
    removeLeftovers();
    try {
      Files.createDirectories(out.getParent());
      Path staging = Files.createTempDirectory(out.getParent(), prefix("staging"));
      return new Staging(staging, cache);
    } catch (IOException e) {
      throw new BuildException("cannot create a staging folder beside " + out + ": " + e.getMessage(), e);
    }
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
    for (String what : new String[] {"staging", "old", "trash"}) {
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(parent, prefix(what) + "*")) {
        for (Path p : ds) {
          // a replaced site still being deleted (or whose deletion was killed) is deleted aside again
          if (what.equals("trash")) deleteInBackground(p);
          else deleteTree(p);
        }
      } catch (IOException e) {
        throw new BuildException("cannot remove the leftover folder of an earlier build beside " + out + ": " + e, e);
      }
    }
  }

  /**
   * Deletes the replaced site without making the build wait for it: removing 40,000 files takes
   * this file system seconds, and nothing needs them gone before the build returns. The folder is
   * renamed to {@code .out.trash-*} first (so it is never taken for a site to restore) and handed to
   * {@code rm -rf} in a process of its own, which outlives the build; where there is no {@code rm},
   * it is deleted here.
   */
  private void discard(Path aside) throws IOException {
    Path trash = Files.createTempDirectory(out.getParent(), prefix("trash"));
    Files.delete(trash);
    Files.move(aside, trash, StandardCopyOption.ATOMIC_MOVE);
    deleteInBackground(trash);
  }

  private static void deleteInBackground(Path dir) throws IOException {
    if (Files.isExecutable(RM)) {
      try {
        new ProcessBuilder(RM.toString(), "-rf", "--", dir.toString())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
        return;
      } catch (IOException e) {
        // cannot start it: delete here
      }
    }
    deleteTreeInParallel(dir);
  }

  private static final Path RM = Path.of("/bin/rm");

  private static boolean isEmpty(Path dir) {
    try (var s = Files.list(dir)) {
      return s.findAny().isEmpty();
    } catch (IOException e) {
      throw new BuildException("cannot read output folder " + dir + ": " + e.getMessage(), e);
    }
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

  /**
   * As {@link #deleteTree}, with the top-level folders deleted side by side: removing a site of
   * 200,000 files waits on the file system's journal more than on the CPU, so a few threads finish
   * sooner even on two cores.
   */
  static void deleteTreeInParallel(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      deleteTree(root);
      return;
    }
    List<Path> children;
    try (var s = Files.list(root)) {
      children = s.toList();
    }
    var pool = java.util.concurrent.Executors.newFixedThreadPool(DELETE_THREADS, r -> {
      Thread t = new Thread(r, "clippings-delete");
      t.setDaemon(true);
      return t;
    });
    try {
      var jobs = new java.util.ArrayList<java.util.concurrent.Future<?>>();
      for (Path c : children) {
        jobs.add(pool.submit(() -> {
          deleteTree(c);
          return null;
        }));
      }
      for (var j : jobs) {
        try {
          j.get();
        } catch (java.util.concurrent.ExecutionException e) {
          if (e.getCause() instanceof IOException io) throw io;
          throw new IOException(e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted", e);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    Files.delete(root);
  }

  private static final int DELETE_THREADS = 4;

  /** A site being written. Thread-safe. Either {@link #commit()} or {@link #abort()} it. */
  public final class Staging implements PageSink {
    private final Path root;
    private final BuildCache cache;
    private final Set<Path> dirs = ConcurrentHashMap.newKeySet();
    /** Whether any file was linked from the previous site: only then may a path already hold a file. */
    private volatile boolean linked;

    private Staging(Path root, BuildCache cache) {
      this.root = root;
      this.cache = cache;
    }

    @Override
    public int reuseTree(String dir, String fingerprint) {
      if (!cache.pageUnchanged(dir + "/", fingerprint)) return -1;
      Path old = out.resolve(dir);
      if (!Files.isDirectory(old)) return -1;
      try (var files = Files.walk(old)) {
        int n = 0;
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          Path target = root.resolve(out.relativize(f).toString());
          Path parent = target.getParent();
          ensureFolder(parent);
          linked = true;
          Files.createLink(target, f);
          n++;
        }
        return n;
      } catch (IOException | UnsupportedOperationException e) {
        // remove the partial copy: the folder is written anew
        try {
          deleteTree(root.resolve(dir));
        } catch (IOException ignored) {
          // write() replaces whatever is left, file by file
        }
        return -1;
      }
    }

    /** Hard-links the current site's copy of an unchanged page into the new site: no rendering, no copying. */
    @Override
    public boolean reuse(String path, String fingerprint) {
      if (!cache.pageUnchanged(path, fingerprint)) return false;
      Path old = out.resolve(path);
      if (!Files.isRegularFile(old)) return false;
      Path target = resolve(path);
      try {
        Path dir = target.getParent();
        ensureFolder(dir);
        linked = true;
        try {
          Files.createLink(target, old);
        } catch (UnsupportedOperationException | IOException e) {
          Files.copy(old, target);
        }
        return true;
      } catch (IOException e) {
        return false;
      }
    }

    public Path root() {
      return root;
    }

    /** Creates a folder once; remembered only once it exists, so no other thread writes into it too early. */
    private void ensureFolder(Path dir) throws IOException {
      if (dirs.contains(dir)) return;
      Files.createDirectories(dir);
      dirs.add(dir);
    }

    @Override
    public void write(String path, byte[] content) {
      Path target = fresh(path);
      try {
        Files.write(target, content);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + path + " in " + root, e);
      }
    }

    @Override
    public void stream(String path, Streamed content) {
      Path target = fresh(path);
      try (OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
        content.writeTo(os);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + path + " in " + root, e);
      }
    }

    /** The file for {@code path}: its folder created, and no earlier file (or hard link) in its place. */
    private Path fresh(String path) {
      Path target = resolve(path);
      try {
        ensureFolder(target.getParent());
        // never write through a hard link to the previous site's copy (a build that links nothing,
        // after a template change, skips 40,000 needless deletes)
        if (linked) Files.deleteIfExists(target);
        return target;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + path + " in " + root, e);
      }
    }

    /** Only plain relative paths inside the site: no {@code ..}, no absolute paths, no odd characters. */
    private Path resolve(String path) {
      if (path.isEmpty() || path.startsWith("/")) throw new IllegalArgumentException("unsafe output path: " + path);
      for (String seg : path.split("/", -1)) {
        if (seg.isEmpty() || seg.equals(".") || seg.equals("..") || !SAFE_SEGMENT.matcher(seg).matches()) {
          throw new IllegalArgumentException("unsafe output path: " + path);
        }
      }
      Path p = root.resolve(path).normalize();
      if (!p.startsWith(root)) throw new IllegalArgumentException("unsafe output path: " + path);
      return p;
    }

    /** Swaps the finished site in: the old one is moved aside, the new one renamed into place, the old one deleted. */
    public void commit() {
      write(MARKER, "This folder was written by Clippings; the next build replaces it whole.\n".getBytes(
          java.nio.charset.StandardCharsets.UTF_8));
      try {
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
        cache.save(out);
        if (aside != null) discard(aside);
      } catch (IOException e) {
        throw new BuildException("cannot move the new site into " + out + ": " + e.getMessage(), e);
      }
    }

    public void abort() {
      try {
        deleteTree(root);
      } catch (IOException e) {
        // best effort: the next build removes leftovers before it starts
      }
    }
  }
}
