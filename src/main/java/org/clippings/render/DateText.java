package org.clippings.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.clippings.ingest.ArticleDate;
import org.clippings.ingest.DateSource;

/** Dates as readers see them: FreeMarker cannot format java.time, so views carry finished strings. */
final class DateText {

  private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH_ONLY = DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH);

  private DateText() {}

  static String iso(ArticleDate d) {
    return d.day().map(LocalDate::toString).orElse("");
  }

  static String display(ArticleDate d) {
    return d.day().map(DISPLAY::format).orElse("Undated");
  }

  static String month(int year, int month) {
    return MONTH.format(LocalDate.of(year, month, 1));
  }

  static String monthName(int month) {
    return MONTH_ONLY.format(LocalDate.of(2000, month, 1));
  }

  /** Midnight UTC of the day, as Atom wants it. */
  static String rfc3339(LocalDate d) {
    return d + "T00:00:00Z";
  }

  /** Says where a date came from when it is not the article's own statement of it. */
  static String note(ArticleDate d) {
    return switch (d.source()) {
      case HEADER, FRONT_MATTER -> "";
      case CONFIG -> "date set by the archive's editor";
      case TEXT -> "date taken from the article text";
      case INFERRED_FROM_RELATED -> "date inferred from related coverage";
      case NONE -> "no date stated in the article";
    };
  }

  static boolean isStated(ArticleDate d) {
    return d.source() == DateSource.HEADER || d.source() == DateSource.FRONT_MATTER;
  }
}
