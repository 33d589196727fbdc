package org.clippings.ingest;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A publication day and where it came from; {@link #NONE} when nothing states one. */
public final class ArticleDate implements Comparable<ArticleDate>, java.io.Serializable {

  private static final long serialVersionUID = 1L;

  public static final ArticleDate NONE = new ArticleDate(null, DateSource.NONE);

  private final LocalDate day;
  private final DateSource source;

  private ArticleDate(LocalDate day, DateSource source) {
    this.day = day;
    this.source = source;
  }

  public static ArticleDate of(LocalDate day, DateSource source) {
    Objects.requireNonNull(day, "day");
    if (source == DateSource.NONE) throw new IllegalArgumentException("a known day needs a source");
    return new ArticleDate(day, source);
  }

  /** Keeps {@link #NONE} a singleton when read back from the build cache. */
  private Object readResolve() {
    return day == null ? NONE : this;
  }

  public Optional<LocalDate> day() {
    return Optional.ofNullable(day);
  }

  public boolean isKnown() {
    return day != null;
  }

  public DateSource source() {
    return source;
  }

  /** Known dates first, newest first; then undated. */
  @Override
  public int compareTo(ArticleDate o) {
    if (day == null) return o.day == null ? 0 : 1;
    if (o.day == null) return -1;
    return o.day.compareTo(day);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ArticleDate d && Objects.equals(day, d.day) && source == d.source;
  }

  @Override
  public int hashCode() {
    return Objects.hash(day, source);
  }

  @Override
  public String toString() {
    return day == null ? "undated" : day + " (" + source.label() + ")";
  }
}
