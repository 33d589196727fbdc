package org.clippings.ingest;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.clippings.config.Ingest;
import org.clippings.diag.Problem;
import org.clippings.diag.SourcePos;

/**
 * Reads one article file into an {@link Article}. Never throws for bad input: a file that cannot
 * become an article (unreadable, binary, empty) yields no article and a problem saying why and
 * what to do; a file with something odd in it yields the article and the problem.
 */
public final class ArticleReader {

  /** Longer than any news article; a longer file is cut here so one bad file cannot stall a build. */
  public static final int MAX_CHARS = 300_000;

  /**
   * The most bytes read from a file: enough for {@link #MAX_CHARS} characters in any encoding (UTF-8
   * takes up to 4 bytes a character). Reading stops there, so a file of any size (a 50 MB log, a
   * 4 GB video renamed .txt) costs no more time or memory than a long article.
   */
  static final int MAX_BYTES = 4 * MAX_CHARS + 4;

  /** The article, when there is one, and every problem met reading the file. */
  public record Outcome(Optional<Article> article, List<Problem> problems) {}

  private final Ingest config;
  private final Boilerplate boilerplate;
  private final LocalDate today;

  /** {@code today} is used only to warn about dates in the future; it never changes a date. */
  public ArticleReader(Ingest config, LocalDate today) {
    this.config = config;
    this.boilerplate = Boilerplate.withExtra(config.boilerplate());
    this.today = today;
  }

  public Outcome read(SourceFile file) {
    String name = file.relative();
    byte[] bytes;
    long size;
    try (SeekableByteChannel ch = Files.newByteChannel(file.path())) {
      size = ch.size();
      bytes = Channels.newInputStream(ch).readNBytes(MAX_BYTES);
    } catch (AccessDeniedException e) {
      return skipped(Problem.warning(SourcePos.file(name), "unreadable", "cannot be read: permission denied",
          "make it readable (chmod a+r) or remove it"));
    } catch (IOException e) {
      return skipped(Problem.warning(SourcePos.file(name), "unreadable", "cannot be read: " + e.getMessage(),
          "check the file exists and can be read"));
    }
    return read(name, bytes, Math.max(size, bytes.length));
  }

  /** Reads an article from bytes already in hand; {@code name} is its path relative to the articles folder. */
  public Outcome read(String name, byte[] bytes) {
    return read(name, bytes.length > MAX_BYTES ? Arrays.copyOf(bytes, MAX_BYTES) : bytes, bytes.length);
  }

  /** {@code bytes} are the file's first bytes, at most {@link #MAX_BYTES}; {@code size} is the whole file's. */
  private Outcome read(String name, byte[] bytes, long size) {
    var problems = new ArrayList<Problem>();
    if (size > bytes.length) bytes = TextDecoder.withoutPartialCharacter(bytes);
    Optional<TextDecoder.Decoded> decoded = TextDecoder.decode(bytes);
    if (decoded.isEmpty()) {
      return skipped(Problem.warning(SourcePos.file(name), "binary",
          "not a text file (binary content); skipped", "remove it from the articles folder"));
    }
    if (decoded.get().fellBack()) {
      problems.add(Problem.warning(SourcePos.file(name), "encoding",
          "not valid UTF-8; read as Windows-1252", "save the file as UTF-8"));
    }
    String text = decoded.get().text();
    boolean truncated = text.length() > MAX_CHARS;
    if (truncated) {
      int cut = MAX_CHARS;
      if (Character.isHighSurrogate(text.charAt(cut - 1))) cut--;
      text = text.substring(0, cut);
    }
    Lines.Split split = Lines.split(text);
    if (truncated) {
      int lastLine = split.lines().get(split.lines().size() - 1).number();
      problems.add(Problem.warning(SourcePos.line(name, lastLine), "truncated",
          "the file is " + size + " bytes, longer than any article: only its first " + MAX_CHARS
              + " characters (up to this line) are kept",
          "split the file into separate articles"));
    }
    if (split.controlCharsRemoved() > 0) {
      problems.add(Problem.warning(SourcePos.line(name, split.firstControlLine()), "control-chars",
          split.controlCharsRemoved() + " control character(s) removed (the first on this line)",
          "remove them from the file"));
    }
    if (split.lines().stream().allMatch(Lines.Line::isBlank)) {
      problems.add(Problem.warning(SourcePos.file(name), "empty", "file is empty; skipped",
          "write the article text or remove the file"));
      return new Outcome(Optional.empty(), problems);
    }

    Format format = Format.forFileName(name).orElse(Format.TEXT);
    String title;
    TitleSource titleSource;
    ArticleDate date;
    List<Block> blocks;
    int junk;
    Metadata metadata = Metadata.NONE;
    if (format == Format.TEXT) {
      var r = new PlainTextReader(boilerplate, config.headingMaxWords()).read(name, split.lines());
      problems.addAll(r.problems());
      title = r.title();
      titleSource = title.isEmpty() ? TitleSource.NONE : TitleSource.HEADLINE;
      date = r.date();
      blocks = r.blocks();
      junk = r.junkLines();
    } else {
      String normalised = String.join("\n", split.lines().stream().map(Lines.Line::text).toList());
      FrontMatter.Split fm = FrontMatter.split(name, normalised, problems);
      var r = new MarkdownReader(boilerplate).read(name, fm.body(), fm.bodyLineOffset());
      problems.addAll(r.problems());
      metadata = fm.metadata();
      if (!fm.title().isEmpty()) {
        title = fm.title();
        titleSource = TitleSource.FRONT_MATTER;
      } else {
        title = r.headline();
        titleSource = title.isEmpty() ? TitleSource.NONE : TitleSource.HEADLINE;
      }
      date = ArticleDate.NONE;
      if (fm.date().isPresent()) {
        date = parseStated(fm.date().get(), DateSource.FRONT_MATTER, SourcePos.line(name, fm.dateLine()),
            "set 'date:' to a real day as YYYY-MM-DD", problems);
      }
      blocks = r.blocks();
      junk = r.junkLines();
    }

    Ingest.Override override = config.overrides().get(name);
    if (override != null) {
      if (override.title() != null && !override.title().isBlank()) {
        title = override.title().strip();
        titleSource = TitleSource.CONFIG;
      }
      if (override.date() != null) {
        date = parseStated(override.date(), DateSource.CONFIG, SourcePos.file("site-config.yaml"),
            "set ingest.overrides['" + name + "'].date to a real day as YYYY-MM-DD", problems);
      }
    }
    if (!date.isKnown()) {
      date = dateInLead(blocks);
    }
    date.day().filter(d -> d.isAfter(today)).ifPresent(d ->
        problems.add(Problem.warning(SourcePos.file(name), "future-date",
            "dated " + d + ", which is in the future", "check the date header")));

    if (blocks.isEmpty() && title.isEmpty()) {
      problems.add(Problem.warning(SourcePos.file(name), "empty",
          junk > 0 ? "file holds only boilerplate lines; skipped" : "file has no article text; skipped",
          "write the article text or remove the file"));
      return new Outcome(Optional.empty(), problems);
    }
    if (blocks.isEmpty()) {
      problems.add(Problem.warning(SourcePos.file(name), "no-body", "article has a headline but no text",
          "add the article text below the headline"));
    }
    var article = new Article(idFor(name), name, format, title, titleSource, date, blocks, metadata, junk,
        contentHash(bytes), problems);
    return new Outcome(Optional.of(article), List.copyOf(problems));
  }

  private static ArticleDate parseStated(String value, DateSource source, SourcePos at, String fix,
      List<Problem> problems) {
    Optional<Dates.Found> f = Dates.whole(value);
    if (f.isPresent() && f.get().day().isPresent()) return ArticleDate.of(f.get().day().get(), source);
    problems.add(Problem.warning(at, "bad-date", "'" + value + "' is not a date Clippings can read", fix));
    return ArticleDate.NONE;
  }

  /** A full date written in the lead paragraph ("on 11 March 2024"), labelled as coming from the text. */
  private static ArticleDate dateInLead(List<Block> blocks) {
    return blocks.stream().filter(b -> !b.isHeading()).findFirst()
        .flatMap(b -> Dates.first(b.text()))
        .flatMap(Dates.Found::day)
        .map(d -> ArticleDate.of(d, DateSource.TEXT))
        .orElse(ArticleDate.NONE);
  }

  private static Outcome skipped(Problem p) {
    return new Outcome(Optional.empty(), List.of(p));
  }

  /** A short id derived from the source path alone, so editing an article keeps its id. */
  public static String idFor(String relativePath) {
    return hash(relativePath.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
  }

  /** The hash of a file's bytes that {@link Article#contentHash} holds: equal hashes, equal articles. */
  public static String contentHash(byte[] bytes) {
    return hash(bytes);
  }

  private static String hash(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
