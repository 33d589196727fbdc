package org.clippings.render;

import java.io.IOException;
import java.io.InputStream;
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
  /** Null until known; then whether every template names what it reads by a plain string. */
  private volatile Boolean literalOnly;

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
      Optional<String> text = source(n);
      if (text == null) return wholeFolder; // unreadable: what it reads is unknown
      if (text.isEmpty()) continue;
      Matcher d = DIRECTIVE.matcher(text.get());
      while (d.find()) {
        Matcher lit = LITERAL.matcher(text.get()).region(d.start(1), text.get().length());
        if (!lit.lookingAt()) return wholeFolder; // a name made by an expression: could be any file
        String target = lit.group(1) != null ? lit.group(1) : lit.group(2);
        Optional<String> resolved = resolve(n, target);
        if (resolved.isEmpty()) return wholeFolder;
        pending.add(resolved.get());
      }
      if (OTHER_READS.matcher(text.get()).find()) return wholeFolder;
    }
    var sb = new StringBuilder();
    for (String n : read) sb.append(n).append(':').append(userFileDigest(n)).append('\n');
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

  /**
   * The template's text: the user's copy if there is one, else the built-in one; empty when there
   * is neither (rendering reports it), null when it cannot be read as UTF-8 text.
   */
  private Optional<String> source(String name) {
    Path p = user.resolve(name);
    try {
      if (Files.isRegularFile(p)) return Optional.of(Files.readString(p, StandardCharsets.UTF_8));
      try (InputStream in = Templates.class.getResourceAsStream(Templates.BUILTIN + "/" + name)) {
        return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private String userFileDigest(String name) {
    Path p = user.resolve(name);
    try {
      return Files.isRegularFile(p) ? Fingerprints.of(Files.readAllBytes(p)) : "built-in";
    } catch (IOException e) {
      return "unreadable:" + System.nanoTime();
    }
  }
}
