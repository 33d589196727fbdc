package org.clippings.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Which URLs an article may turn into a link or an image: web and mail addresses and relative
 * paths. Never a {@code javascript:}, {@code vbscript:} or {@code data:} URL, which would run or show
 * whatever the text says (commonmark's own sanitiser lets {@code data:} through).
 */
final class SafeUrls {

  private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");
  private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):");

  /** For commonmark's renderer, behind the reader's own pass: an unsafe URL becomes empty. */
  static final UrlSanitizer SANITIZER = new UrlSanitizer() {
    @Override
    public String sanitizeLinkUrl(String url) {
      return isSafe(url) ? url : "";
    }

    @Override
    public String sanitizeImageUrl(String url) {
      return isSafe(url) ? url : "";
    }
  };

  private SafeUrls() {}

  static boolean isSafe(String url) {
    // browsers drop tabs and line breaks anywhere in a URL, and spaces and control characters before
    // it, so "java\tscript:" and " javascript:" are both javascript:
    String u = url.replaceAll("[\\t\\n\\r]", "").replaceFirst("^[\\x00-\\x20]+", "");
    Matcher m = SCHEME.matcher(u);
    return !m.lookingAt() || SCHEMES.contains(m.group(1).toLowerCase(Locale.ROOT));
  }
}
