package org.clippings.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clippings.diag.Problem;
import org.clippings.diag.SourcePos;
import org.clippings.ingest.Lines.Line;

/**
 * Reads scraped plain text. The first non-blank line may carry a date header (alone, or followed
 * by a headline or the first paragraph on the same line) or be a headline, optionally followed by
 * a dateline. The rest is blank-line separated paragraphs; a short line standing alone without
 * final punctuation is a section heading; junk lines are dropped and counted. Lines that are each a
 * whole paragraph (scrapers often drop the blank lines) are kept apart; hard-wrapped lines are
 * joined.
 */
final class PlainTextReader {

  /** What the text itself says; the caller adds config overrides and text dates. */
  record Result(String title, ArticleDate date, List<Block> blocks, int junkLines, List<Problem> problems) {}

  /** A line longer than this was not hard-wrapped: each such line is a paragraph of its own. */
  private static final int WRAP_WIDTH = 100;

  private final Boilerplate boilerplate;
  private final int headingMaxWords;

  PlainTextReader(Boilerplate boilerplate, int headingMaxWords) {
    this.boilerplate = boilerplate;
    this.headingMaxWords = headingMaxWords;
  }

  Result read(String file, List<Line> input) {
    var lines = new ArrayList<>(input);
    var problems = new ArrayList<Problem>();
    String title = "";
    ArticleDate date = ArticleDate.NONE;
    int i = nextNonBlank(lines, 0);

    // 1. A date header on the first line, possibly followed on the same line by more text.
    Optional<DateHeader> header = i < lines.size() ? DateHeader.read(lines.get(i).text()) : Optional.empty();
    if (header.isPresent()) {
      Line at = lines.get(i);
      date = dateFrom(header.get(), at, file, problems);
      if (header.get().rest().isEmpty()) {
        i = nextNonBlank(lines, i + 1);
      } else {
        lines.set(i, new Line(header.get().rest(), at.number()));
      }
    }

    // 2. A headline: a short line standing alone (the header's rest may be one).
    if (i < lines.size() && standsAlone(lines, i) && looksLikeHeadline(lines.get(i).text())
        && !boilerplate.isJunk(lines.get(i).text()) && !isDateLine(lines.get(i).text())) {
      title = lines.get(i).text().strip();
      i = nextNonBlank(lines, i + 1);
    }

    // 3. A dateline or a second date header right after.
    if (i < lines.size()) {
      Optional<DateHeader> second = DateHeader.read(lines.get(i).text());
      if (second.isPresent() && isDateLine(second.get())) {
        Line at = lines.get(i);
        if (date.isKnown() || header.isPresent()) {
          String kept = date.day().map(LocalDate::toString).orElse("none");
          problems.add(Problem.warning(SourcePos.line(file, at.number()), "duplicate-date",
              "second date header '" + second.get().raw() + "' ignored; the first (" + kept + ") is used",
              "keep one date header at the top of the file"));
        } else {
          date = dateFrom(second.get(), at, file, problems);
        }
        if (second.get().rest().isEmpty()) {
          i = nextNonBlank(lines, i + 1);
        } else {
          lines.set(i, new Line(second.get().rest(), at.number()));
        }
      }
    }

    // 4. The body.
    var blocks = new ArrayList<Block>();
    var anchors = new Anchors();
    int junk = 0;
    var group = new ArrayList<Line>();
    for (int k = i; k <= lines.size(); k++) {
      boolean end = k == lines.size() || lines.get(k).isBlank();
      if (!end) {
        Line l = lines.get(k);
        if (boilerplate.isJunk(l.text())) {
          junk++;
        } else {
          group.add(l);
        }
        continue;
      }
      if (!group.isEmpty()) {
        addGroup(group, blocks, anchors);
        group.clear();
      }
    }
    // a heading introduces what follows it: a short last line ("Reporting by Jane Smith") is text
    int last = blocks.size() - 1;
    if (last >= 0 && blocks.get(last).isHeading()) {
      blocks.set(last, Block.paragraph(blocks.get(last).text(), blocks.get(last).line()));
    }
    return new Result(title, date, blocks, junk, problems);
  }

  /** A line that is a date header or dateline (alone, or labelled): never a headline, at most a second date. */
  private static boolean isDateLine(String line) {
    return DateHeader.read(line).filter(PlainTextReader::isDateLine).isPresent();
  }

  private static boolean isDateLine(DateHeader h) {
    return h.rest().isEmpty() || h.labelled();
  }

  private void addGroup(List<Line> group, List<Block> blocks, Anchors anchors) {
    boolean unwrapped = group.size() > 1 && group.stream().anyMatch(l -> l.text().length() > WRAP_WIDTH);
    if (group.size() == 1 || unwrapped) {
      for (int j = 0; j < group.size(); j++) {
        Line l = group.get(j);
        String t = l.text().strip();
        boolean last = j == group.size() - 1;
        // a heading must introduce something: in a run of lines it needs a line after it
        if (Headings.looksLikeHeading(t, headingMaxWords) && (group.size() == 1 || !last)) {
          blocks.add(Block.heading(2, t, anchors.next(t), l.number()));
        } else {
          blocks.add(Block.paragraph(t, l.number()));
        }
      }
      return;
    }
    var sb = new StringBuilder();
    for (Line l : group) {
      if (sb.length() > 0) sb.append(' ');
      sb.append(l.text().strip());
    }
    blocks.add(Block.paragraph(sb.toString(), group.get(0).number()));
  }

  private static ArticleDate dateFrom(DateHeader h, Line at, String file, List<Problem> problems) {
    if (h.isValid()) return ArticleDate.of(h.day().orElseThrow(), DateSource.HEADER);
    problems.add(Problem.warning(SourcePos.line(file, at.number()), "bad-date",
        "date header '" + h.raw() + "' is not a real calendar day; the article is treated as undated",
        "correct the date, e.g. \"date 2024-03-11\""));
    return ArticleDate.NONE;
  }

  /** The line at {@code i} is followed by a blank line, the end, or a dateline. */
  private static boolean standsAlone(List<Line> lines, int i) {
    if (i + 1 >= lines.size() || lines.get(i + 1).isBlank()) return true;
    Optional<DateHeader> next = DateHeader.read(lines.get(i + 1).text());
    return next.isPresent() && next.get().rest().isEmpty();
  }

  static boolean looksLikeHeadline(String line) {
    String t = line.strip();
    if (t.isEmpty() || t.length() > 160 || Headings.words(t) > 22) return false;
    int first = t.codePointAt(0);
    if (!(Character.isUpperCase(first) || Character.isDigit(first) || "\"'\u201C\u2018".indexOf(first) >= 0)) {
      return false;
    }
    if (!t.codePoints().anyMatch(Character::isLetter)) return false;
    char last = t.charAt(t.length() - 1);
    return ".,;:\u2026-\u2013\u2014".indexOf(last) < 0;
  }

  private static int nextNonBlank(List<Line> lines, int from) {
    int i = from;
    while (i < lines.size() && lines.get(i).isBlank()) i++;
    return i;
  }
}
