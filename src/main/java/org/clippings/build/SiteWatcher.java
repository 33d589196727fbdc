package org.clippings.build;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Watches the inputs of a site (the articles folder and its sub-folders, the templates folder, the
 * config file's folder) and calls back once per burst of changes, after they settle, so saving a
 * file triggers one rebuild.
 */
public final class SiteWatcher implements AutoCloseable {

  /** Changes this close together are one burst. */
  static final long SETTLE_MS = 150;

  private final WatchService watch;
  private final Path output;
  private final java.util.Set<Path> trees = new java.util.HashSet<>();
  private final java.util.Set<Path> files = new java.util.HashSet<>();

  /**
   * Watches every folder below each of {@code trees} (articles, templates) and, of each of {@code
   * files} (the config), only that file: its folder may hold anything else.
   */
  public SiteWatcher(List<Path> trees, List<Path> files, Path output) throws IOException {
    this.watch = FileSystems.getDefault().newWatchService();
    this.output = output.toAbsolutePath().normalize();
    for (Path r : trees) {
      Path t = r.toAbsolutePath().normalize();
      this.trees.add(t);
      register(t);
    }
    for (Path f : files) {
      Path file = f.toAbsolutePath().normalize();
      this.files.add(file);
      if (!this.trees.contains(file.getParent())) {
        file.getParent().register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
            StandardWatchEventKinds.ENTRY_DELETE);
      }
    }
  }

  /**
   * Watches {@code root} and every folder below it, following symbolic links as {@code
   * ArticleFinder} does, so the folders watched are the folders a build reads (an articles folder
   * that is a link to an archive disk, a year linked in from elsewhere). A folder that loops back
   * or cannot be read is skipped, as the build skips it.
   */
  private void register(Path root) throws IOException {
    if (!Files.isDirectory(root)) return;
    Files.walkFileTree(root, java.util.EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
            if (d.startsWith(output) || !d.equals(root) && d.getFileName().toString().startsWith(".")) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            d.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /** Blocks, calling {@code onChange} after each settled burst of changes, until closed. */
  public void run(Runnable onChange) throws InterruptedException {
    try {
      while (true) {
        WatchKey key = watch.take();
        boolean relevant = drain(key);
        WatchKey more;
        while ((more = watch.poll(SETTLE_MS, TimeUnit.MILLISECONDS)) != null) relevant |= drain(more);
        if (relevant) onChange.run();
      }
    } catch (ClosedWatchServiceException e) {
      // closed: stop watching
    }
  }

  private boolean drain(WatchKey key) {
    boolean relevant = false;
    Path dir = (Path) key.watchable();
    for (var event : key.pollEvents()) {
      if (!(event.context() instanceof Path name)) {
        relevant = true; // overflow: something changed
        continue;
      }
      Path p = dir.resolve(name);
      if (p.startsWith(output) || name.toString().startsWith(".")) continue;
      if (!files.contains(p) && trees.stream().noneMatch(p::startsWith)) continue;
      relevant = true;
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(p)) {
        try {
          register(p);
        } catch (IOException e) {
          // a folder that vanished again: nothing to watch
        }
      }
    }
    key.reset();
    return relevant;
  }

  @Override
  public void close() throws IOException {
    watch.close();
  }
}
