package org.clippings.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.clippings.diag.Problem;
import org.clippings.diag.SourcePos;

/**
 * Finds the article files below the articles folder, recursively and in a stable order (by
 * relative path), skipping hidden files and folders. Symbolic links are followed; a link loop, an
 * unreadable folder or a file that is not an article is reported, never silently passed over.
 */
public final class ArticleFinder {

  /** The files found, sorted, and what was odd on the way. */
  public record Found(List<SourceFile> files, List<Problem> problems) {}

  private ArticleFinder() {}

  public static Found find(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      throw new NoSuchFileException(root.toString(), null, "articles folder not found");
    }
    var files = new ArrayList<SourceFile>();
    var problems = new ArrayList<Problem>();
    Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (hidden(file)) return FileVisitResult.CONTINUE;
            String rel = relative(root, file);
            if (attrs.isSymbolicLink()) {
              // a link is only visited as itself when it cannot be followed: its target is gone
              problems.add(Problem.warning(SourcePos.file(rel), "unreadable",
                  "symbolic link to a file that does not exist; not read",
                  "point the link at the article file or remove it"));
              return FileVisitResult.CONTINUE;
            }
            if (!attrs.isRegularFile()) return FileVisitResult.CONTINUE;
            if (Format.forFileName(rel).isPresent()) {
              files.add(new SourceFile(file, rel));
            } else {
              problems.add(Problem.warning(SourcePos.file(rel), "not-an-article",
                  "skipped: only .txt and .md files are read as articles",
                  "rename it to .txt or .md if it is an article, or move it out of the articles folder"));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            String rel = relative(root, file);
            if (e instanceof FileSystemLoopException) {
              problems.add(Problem.warning(SourcePos.file(rel), "symlink-loop",
                  "symbolic link points back into a folder above it; not followed",
                  "remove the link or point it outside the articles folder"));
            } else if (e instanceof AccessDeniedException) {
              problems.add(Problem.warning(SourcePos.file(rel), "unreadable",
                  "cannot be read: permission denied", "make it readable (chmod a+r) or remove it"));
            } else if (!hidden(file)) {
              problems.add(Problem.warning(SourcePos.file(rel), "unreadable",
                  "cannot be read: " + e.getClass().getSimpleName() + " " + String.valueOf(e.getMessage()),
                  "check the file exists and can be read"));
            }
            return FileVisitResult.CONTINUE;
          }
        });
    files.sort(null);
    return new Found(List.copyOf(files), List.copyOf(problems));
  }

  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  /**
   * {@code file}'s path below {@code root}, with {@code /} between names. The walk makes every path
   * it visits by resolving names against {@code root}, so the text is a prefix: cut, not
   * relativized (which made a path per name, for every file of every build).
   */
  static String relative(Path root, Path file) {
    String r = root.toString();
    String f = file.toString();
    if (f.length() > r.length() && f.startsWith(r) && f.charAt(r.length()) == java.io.File.separatorChar) {
      return f.substring(r.length() + 1).replace(java.io.File.separatorChar, '/');
    }
    var parts = new ArrayList<String>();
    for (Path part : root.relativize(file)) parts.add(part.toString());
    return String.join("/", parts);
  }
}
