package org.clippings.ingest;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date header at the start of a line, as scrapers write them: {@code date 2024-03-11 ...},
 * {@code Date: 2024-03-11}, {@code Published: March 11, 2024}, {@code 11 March 2024}, an ISO
 * date-time, or a dateline such as {@code Friday, August 21, 2015}. What follows the date on the
 * same line is kept as {@code rest}: it may be a headline or the first paragraph.
 */
record DateHeader(Optional<LocalDate> day, String raw, String rest, boolean labelled) {

  private static final Pattern LABEL =
      Pattern.compile(
          "\\s*(?:(?:first\\s+)?(?:date(?:d|line)?|published(?:\\s+on)?|posted(?:\\s+on)?|updated(?:\\s+on)?)"
              + "\\s*[:\\-\u2013\u2014]?\\s*)?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:[,:|\u2013\u2014]|\\s-)?\\s*");

  /** Reads a header from the start of {@code line}, if the line starts with one. */
  static Optional<DateHeader> read(String line) {
    Matcher label = LABEL.matcher(line);
    label.lookingAt();
    int at = label.end();
    boolean labelled = !line.substring(0, at).isBlank();
    Optional<Dates.Found> found = Dates.at(line, at);
    if (found.isEmpty()) return Optional.empty();
    Dates.Found f = found.get();
    Matcher sep = SEPARATOR.matcher(line).region(f.end(), line.length());
    int restStart = sep.lookingAt() ? sep.end() : f.end();
    String rest = line.substring(restStart).strip();
    // "11 March 2024 was a day ..." is prose about the date, not a header: with no label and no
    // separator, a date followed by a lower-case word starts a sentence (which keeps its date)
    if (!labelled && line.substring(f.end(), restStart).isBlank() && !rest.isEmpty()
        && Character.isLowerCase(rest.codePointAt(0))) {
      return Optional.empty();
    }
    return Optional.of(new DateHeader(f.day(), f.raw(), rest, labelled));
  }

  boolean isValid() {
    return day.isPresent();
  }
}
