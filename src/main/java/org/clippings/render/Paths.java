package org.clippings.render;

/**
 * The URL scheme, in one place. Every page is a file ending in {@code index.html} (or a named
 * file at the root), so the site browses from {@code file://} and from any sub-path of any host.
 */
final class Paths {

  private Paths() {}

  static final String HOME = "index.html";
  static final String ARCHIVE = "archive/index.html";
  static final String UNDATED = "archive/undated/index.html";
  static final String FEED = "feed.xml";

  /** {@code v} with leading zeros to {@code width} digits: what {@code %04d} gives, without the formatter's cost. */
  static String digits(int v, int width) {
    String s = Integer.toString(v);
    return s.length() >= width || v < 0 ? s : "0".repeat(width - s.length()) + s;
  }

  static String year(int y) {
    return "archive/" + y + "/index.html";
  }

  static String month(int y, int m) {
    return "archive/" + digits(y, 4) + "/" + digits(m, 2) + "/index.html";
  }

  /** Page {@code n} (1-based) of a paginated list whose first page is {@code first}. */
  static String page(String first, int n) {
    if (n <= 1) return first;
    return first.substring(0, first.length() - "index.html".length()) + "page/" + n + "/index.html";
  }

  /** The relative prefix from {@code path} back to the site root. */
  static String root(String path) {
    int depth = 0;
    for (int i = 0; i < path.length(); i++) {
      if (path.charAt(i) == '/') depth++;
    }
    return "../".repeat(depth);
  }

  /** The public URL of a page: directory URLs for {@code index.html} pages. */
  static String absolute(String baseUrl, String path) {
    String p = path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
    return baseUrl + p;
  }
}
