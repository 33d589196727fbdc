package org.clippings.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.clippings.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Crawls every HTML file of a built site and lists each link that would break when the site is
 * opened from {@code file://} or served from a sub-path: a relative {@code href}/{@code src} must
 * name an existing file (a folder is not enough: file:// shows no index.html), inside the site, and
 * a {@code #fragment} must name an id on the target page. Root-absolute links are allowed only on
 * {@code 404.html}, which hosts serve at any URL, and must then lie under the base URL's path.
 */
final class LinkCrawl {

  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  private final Path site;
  private final String basePath;
  private final Map<Path, Document> parsed = new HashMap<>();

  /** {@code baseUrl} is the site's configured base URL; only its path is used, for 404.html. */
  LinkCrawl(Path site, String baseUrl) {
    this.site = site.toAbsolutePath().normalize();
    this.basePath = URI.create(baseUrl).getPath();
  }

  /** Every broken link, as {@code page: attr="value": why}; empty when all links work. */
  List<String> broken() {
    var out = new ArrayList<String>();
    for (Map.Entry<String, Path> f : TestSite.files(site).entrySet()) {
      if (!f.getKey().endsWith(".html")) continue;
      Document doc = parse(f.getValue());
      for (Element el : doc.select("[href], [src]")) {
        for (String attr : new String[] {"href", "src"}) {
          if (!el.hasAttr(attr)) continue;
          String value = el.attr(attr);
          String why = check(f.getKey(), f.getValue(), doc, value);
          if (why != null) out.add(f.getKey() + ": " + attr + "=\"" + value + "\": " + why);
        }
      }
    }
    return out;
  }

  /** Pages crawled. */
  int pages() {
    return (int) TestSite.files(site).keySet().stream().filter(k -> k.endsWith(".html")).count();
  }

  private String check(String name, Path page, Document doc, String link) {
    if (link.isEmpty()) return null; // the page itself
    if (SCHEME.matcher(link).find()) {
      String lower = link.toLowerCase(java.util.Locale.ROOT);
      return lower.startsWith("javascript:") || lower.startsWith("vbscript:") ? "script URL" : null;
    }
    if (link.startsWith("//")) return null; // another host
    String fragment = "";
    String path = link;
    int hash = path.indexOf('#');
    if (hash >= 0) {
      fragment = path.substring(hash + 1);
      path = path.substring(0, hash);
    }
    int query = path.indexOf('?');
    if (query >= 0) path = path.substring(0, query);
    if (path.isEmpty()) {
      return fragment.isEmpty() || hasId(doc, fragment) ? null : "no element with id '" + fragment + "' on this page";
    }
    Path target;
    if (path.startsWith("/")) {
      if (!name.equals("404.html")) return "root-absolute link: breaks under file:// and sub-paths";
      if (!path.startsWith(basePath)) return "outside the base URL's path " + basePath;
      target = site.resolve(path.substring(basePath.length()));
    } else {
      target = page.getParent().resolve(decode(path));
    }
    target = target.normalize();
    if (!target.startsWith(site)) return "points outside the site";
    if (Files.isDirectory(target) || path.endsWith("/")) return "links to a folder; file:// needs .../index.html";
    if (!Files.isRegularFile(target)) return "no such file " + site.relativize(target);
    if (!fragment.isEmpty() && target.toString().endsWith(".html") && !hasId(parse(target), fragment)) {
      return "no element with id '" + fragment + "' on " + site.relativize(target);
    }
    return null;
  }

  private static String decode(String path) {
    return java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
  }

  private static boolean hasId(Document doc, String id) {
    return doc.getElementById(id) != null || doc.select("a[name]").stream().anyMatch(a -> a.attr("name").equals(id));
  }

  private Document parse(Path p) {
    return parsed.computeIfAbsent(p, x -> {
      try {
        return Jsoup.parse(x.toFile(), "UTF-8");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
