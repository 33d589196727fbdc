package org.clippings.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with the input, reported with where it is, what kind it is (a short stable word
 * such as {@code undated}, used to count problems in the build summary) and what to do about it.
 */
public record Problem(Severity severity, SourcePos at, String kind, String message, String fix)
    implements java.io.Serializable, Comparable<Problem> {

  /** Reports sort by file, then position, then kind: output order never depends on threads. */
  private static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::at)
          .thenComparing(Problem::kind)
          .thenComparing(Problem::message)
          .thenComparing(Problem::severity);

  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(fix, "fix");
  }

  public static Problem warning(SourcePos at, String kind, String message, String fix) {
    return new Problem(Severity.WARNING, at, kind, message, fix);
  }

  public static Problem error(SourcePos at, String kind, String message, String fix) {
    return new Problem(Severity.ERROR, at, kind, message, fix);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code articles/x.txt:1:1: warning [undated] no date found; fix: add ...}. */
  @Override
  public String toString() {
    var sb = new StringBuilder();
    if (!at.file().isEmpty()) {
      sb.append(at).append(": ");
    }
    sb.append(severity.label()).append(" [").append(kind).append("] ").append(message);
    if (!fix.isEmpty()) {
      sb.append("; fix: ").append(fix);
    }
    return sb.toString();
  }

  @Override
  public int compareTo(Problem o) {
    return ORDER.compare(this, o);
  }
}
