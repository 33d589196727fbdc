package org.clippings.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.clippings.ingest.ArticleDate;
import org.clippings.ingest.DateSource;

/** Dates as readers see them: FreeMarker cannot format java.time, so views carry finished strings. */
final class DateText {

  private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH_ONLY = DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH);

  private DateText() {}

  /**
   * Each day's text, made once: every list page formats the dates of its articles, tens of
   * thousands of times a build for a few thousand days, and one string per day lets a kept view
   * be compared by reference ({@link RenderMemory#fingerprint}).
   */
  private static final ConcurrentHashMap<LocalDate, String[]> DAYS = new ConcurrentHashMap<>();

  private static String[] texts(LocalDate day) {
    String[] t = DAYS.get(day);
    if (t != null) return t;
    return DAYS.computeIfAbsent(day, d -> new String[] {d.toString(), DISPLAY.format(d)});
  }

  static String iso(ArticleDate d) {
    return d.day().map(day -> texts(day)[0]).orElse("");
  }

  static String display(ArticleDate d) {
    return d.day().map(day -> texts(day)[1]).orElse("Undated");
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
