package org.clippings.ingest;

import java.nio.file.Path;

/** A file found in the articles folder: where it is, and its path relative to the folder with '/' separators. */
public record SourceFile(Path path, String relative) implements Comparable<SourceFile> {

  @Override
  public int compareTo(SourceFile o) {
    return relative.compareTo(o.relative);
  }
}
