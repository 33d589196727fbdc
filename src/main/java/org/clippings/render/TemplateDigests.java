package org.clippings.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For each page template, a digest of the user's templates it can read: itself and what it
 * includes or imports, followed through the built-in templates too (a user's {@code
 * lib/layout.ftlh} changes the built-in {@code article.ftlh}'s pages). So editing the feed
 * template re-renders feeds, not 30,000 HTML pages, and editing the layout leaves feeds alone.
 *
 * <p>Includes are read from the template text, which is only sound when every include and import
 * names a template by a plain string: as soon as a template, or one it reads, names one by an
 * expression, or reads templates in other ways ({@code ?interpret}, {@code .get_optional_template},
 * acquisition with {@code *}), its pages get the digest of the whole folder, as if they could read
 * every file in it.
 */
final class TemplateDigests {

  private static final Pattern DIRECTIVE = Pattern.compile("[<\\[]#(?:include|import)\\s+(\\S)");
  private static final Pattern LITERAL = Pattern.compile("\"([^\"\\\\$*]*)\"|'([^'\\\\$*]*)'");
  private static final Pattern OTHER_READS = Pattern.compile("\\?interpret|get_optional_template");

  private final Path user;
  private final String wholeFolder;
  private final Map<String, String> digests = new ConcurrentHashMap<>();
  /** Each template read, by name: read once per build, whichever page template reads it first. */
  private final Map<String, Source> sources = new ConcurrentHashMap<>();

  /**
   * A template as the build sees it: the user's copy ({@code digest} of its bytes) or the built-in
   * one ({@code digest} "built-in", since the tool's own templates are in every page key); {@code
   * text} is null when there is neither (rendering reports it); not {@code readable} when the
   * user's copy cannot be read or is not UTF-8 text.
   */
  private record Source(String text, String digest, boolean readable) {}

  /** {@code wholeFolder}: {@link Templates#digest} of {@code user}, "" when there is no user folder. */
  TemplateDigests(Path user, String wholeFolder) {
    this.user = user;
    this.wholeFolder = wholeFolder;
  }

  /** The digest that the pages of template {@code name} depend on, besides the tool's own templates. */
  String of(String name) {
    if (wholeFolder.isEmpty()) return "";
    return digests.computeIfAbsent(name, this::compute);
  }

  private String compute(String name) {
    var read = new TreeSet<String>();
    var pending = new ArrayDeque<String>();
    pending.add(name);
    while (!pending.isEmpty()) {
      String n = pending.poll();
      if (!read.add(n)) continue;
      Source source = sources.computeIfAbsent(n, this::read);
      if (!source.readable()) return wholeFolder; // what it reads is unknown
      if (source.text() == null) continue;
      String text = source.text();
      Matcher d = DIRECTIVE.matcher(text);
      while (d.find()) {
        Matcher lit = LITERAL.matcher(text).region(d.start(1), text.length());
        if (!lit.lookingAt()) return wholeFolder; // a name made by an expression: could be any file
        Optional<String> resolved = resolve(n, lit.group(1) != null ? lit.group(1) : lit.group(2));
        if (resolved.isEmpty()) return wholeFolder;
        pending.add(resolved.get());
      }
      if (OTHER_READS.matcher(text).find()) return wholeFolder;
    }
    var sb = new StringBuilder();
    for (String n : read) sb.append(n).append(':').append(sources.get(n).digest()).append('\n');
    return Fingerprints.of(sb.toString());
  }

  /**
   * {@code target} as FreeMarker resolves it from template {@code from}: from the root when it
   * starts with "/", else from {@code from}'s folder; empty when it would leave the templates.
   */
  static Optional<String> resolve(String from, String target) {
    String base = target.startsWith("/") ? "" : from.contains("/") ? from.substring(0, from.lastIndexOf('/') + 1) : "";
    var parts = new ArrayDeque<String>();
    for (String seg : (base + target).split("/")) {
      if (seg.isEmpty() || seg.equals(".")) continue;
      if (seg.equals("..")) {
        if (parts.isEmpty()) return Optional.empty();
        parts.removeLast();
      } else {
        parts.add(seg);
      }
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("/", parts));
  }

  /** The user's copy of a template if there is one, else the built-in one. */
  private Source read(String name) {
    Path p = user.resolve(name);
    try {
      if (Files.isRegularFile(p)) {
        byte[] bytes = Files.readAllBytes(p);
        return new Source(strictUtf8(bytes), Fingerprints.of(bytes), true);
      }
      try (InputStream in = Templates.class.getResourceAsStream(Templates.BUILTIN + "/" + name)) {
        return new Source(in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8), "built-in", true);
      }
    } catch (IOException | RuntimeException e) {
      return new Source(null, "unreadable", false);
    }
  }

  private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
  }
}
