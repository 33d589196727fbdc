package org.clippings.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the calendar dates news text states: ISO ({@code 2024-03-11}, with or without a
 * time), {@code March 11, 2024}, {@code 11 March 2024}, abbreviated months and ordinals, with an
 * optional weekday in front. Numeric day/month orders such as {@code 03/11/2024} are ambiguous
 * across countries and are deliberately not read.
 */
final class Dates {

  /** A date found in text: {@code day} is empty when the text names an impossible day (Feb 30). */
  record Found(Optional<LocalDate> day, int start, int end, String raw) {}

  private static final String MONTH =
      "(january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
  private static final String WEEKDAY =
      "(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
          + "|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\\.?,?\\s+)?";
  private static final String ORD = "(?:st|nd|rd|th)?";
  private static final String END = "(?![\\p{L}\\p{N}])";

  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})"
              + "(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:\\s?(?:Z|UTC|GMT|[+-]\\d{2}:?\\d{2}))?)?"
              + END);
  private static final Pattern MDY =
      Pattern.compile(
          WEEKDAY + MONTH + "\\s+(\\d{1,2})" + ORD + ",?\\s+(\\d{4})" + END,
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DMY =
      Pattern.compile(
          WEEKDAY + "(\\d{1,2})" + ORD + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})" + END,
          Pattern.CASE_INSENSITIVE);

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
          Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
          Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private Dates() {}

  /** A date that starts exactly at {@code from} in {@code s}. */
  static Optional<Found> at(String s, int from) {
    for (Pattern p : new Pattern[] {ISO, MDY, DMY}) {
      Matcher m = p.matcher(s).region(from, s.length());
      if (m.lookingAt()) return Optional.of(found(p, m, s));
    }
    return Optional.empty();
  }

  /** The first valid date anywhere in {@code s}. */
  static Optional<Found> first(String s) {
    Found best = null;
    for (Pattern p : new Pattern[] {ISO, MDY, DMY}) {
      Matcher m = p.matcher(s);
      while (m.find()) {
        Found f = found(p, m, s);
        if (f.day().isPresent()) {
          if (best == null || f.start() < best.start()) best = f;
          break;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** Parses a whole string as one date (front matter, config overrides). */
  static Optional<Found> whole(String s) {
    String t = s.strip();
    return at(t, 0).filter(f -> f.end() == t.length());
  }

  private static Found found(Pattern p, Matcher m, String s) {
    int y;
    int mo;
    int d;
    if (p == ISO) {
      y = Integer.parseInt(m.group(1));
      mo = Integer.parseInt(m.group(3));
      d = Integer.parseInt(m.group(4));
    } else if (p == MDY) {
      mo = month(m.group(1));
      d = Integer.parseInt(m.group(2));
      y = Integer.parseInt(m.group(3));
    } else {
      d = Integer.parseInt(m.group(1));
      mo = month(m.group(2));
      y = Integer.parseInt(m.group(3));
    }
    Optional<LocalDate> day;
    try {
      day = Optional.of(LocalDate.of(y, mo, d));
    } catch (DateTimeException e) {
      day = Optional.empty();
    }
    return new Found(day, m.start(), m.end(), s.substring(m.start(), m.end()));
  }

  private static int month(String name) {
    return MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
  }
}
