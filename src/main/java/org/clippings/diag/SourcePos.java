package org.clippings.diag;

import java.util.Objects;

/**
 * Where a problem is: a file (as the user knows it, relative to the articles folder where there is
 * one) and a 1-based line and column, 0 when unknown.
 */
public record SourcePos(String file, int line, int column) implements java.io.Serializable, Comparable<SourcePos> {

  public static final SourcePos NONE = new SourcePos("", 0, 0);

  public SourcePos {
    Objects.requireNonNull(file, "file");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("negative position " + line + ":" + column);
    }
  }

  public static SourcePos file(String file) {
    return new SourcePos(file, 0, 0);
  }

  public static SourcePos line(String file, int line) {
    return new SourcePos(file, line, 0);
  }

  /** {@code file:line:col}, leaving out the parts that are unknown. */
  @Override
  public String toString() {
    var sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    return sb.toString();
  }

  @Override
  public int compareTo(SourcePos o) {
    int c = file.compareTo(o.file);
    if (c != 0) return c;
    c = Integer.compare(line, o.line);
    return c != 0 ? c : Integer.compare(column, o.column);
  }
}
