package org.clippings.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Verifies a written site as a reader and a crawler meet it: every internal link and anchor
 * resolves to a file that exists (a folder does not count: from {@code file://} it would not
 * open), every page is reachable from the home page, feeds and the sitemap are well-formed Atom and
 * sitemaps.org XML, and every record is dated or says why not.
 */
public final class SiteChecker {

  /** One thing wrong: the file it is in, and what. */
  public record Finding(String file, String what) implements Comparable<Finding> {
    @Override
    public int compareTo(Finding o) {
      int c = file.compareTo(o.file);
      return c != 0 ? c : what.compareTo(o.what);
    }

    @Override
    public String toString() {
      return file + ": " + what;
    }
  }

  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

  private final Path root;
  private final Set<Finding> findings = new TreeSet<>();
  private final Map<String, Set<String>> idsByPage = new HashMap<>();

  private SiteChecker(Path root) {
    this.root = root;
  }

  public static List<Finding> check(Path site) throws IOException {
    var c = new SiteChecker(site.toAbsolutePath().normalize());
    c.run();
    return List.copyOf(c.findings);
  }

  private void run() throws IOException {
    List<String> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(Files::isRegularFile).map(p -> rel(p)).sorted().toList();
    }
    var pages = files.stream().filter(f -> f.endsWith(".html")).toList();
    var links = new HashMap<String, List<String>>();
    var docs = new HashMap<String, Document>();
    for (String page : pages) {
      Document doc = Jsoup.parse(root.resolve(page).toFile(), "UTF-8");
      docs.put(page, doc);
      var ids = new HashSet<String>();
      for (Element e : doc.select("[id]")) ids.add(e.id());
      idsByPage.put(page, ids);
    }
    for (String page : pages) {
      var targets = new ArrayList<String>();
      for (Element e : docs.get(page).select("a[href], link[href], script[src], img[src], source[src], form[action]")) {
        String attr = e.hasAttr("href") ? "href" : e.hasAttr("src") ? "src" : "action";
        if (isInlineIcon(e)) continue;
        checkLink(page, e.attr(attr), page.equals("404.html")).ifPresent(targets::add);
      }
      links.put(page, targets);
    }
    reachability(pages, links);
    for (String f : files) {
      if (f.endsWith(".xml")) checkXml(f);
    }
    if (files.contains("data/records.json")) checkRecords();
    if (!files.contains("index.html")) findings.add(new Finding("index.html", "missing home page"));
  }

  /**
   * The layout's icon is an inline image ({@code <link rel="icon" href="data:image/...">}), so a site
   * opened from a folder does not request a missing favicon.ico. As an icon it is only ever shown, never
   * navigated to or run, so its {@code data:} URL is not a finding; a {@code data:} URL anywhere else is.
   */
  private static boolean isInlineIcon(Element e) {
    return e.normalName().equals("link")
        && java.util.List.of(e.attr("rel").toLowerCase(java.util.Locale.ROOT).split("\\s+")).contains("icon")
        && e.attr("href").startsWith("data:image/");
  }

  /** Returns the page a link leads to, when it is an internal HTML page. */
  private java.util.Optional<String> checkLink(String page, String href, boolean rootRelativeAllowed) {
    if (href.isEmpty()) {
      findings.add(new Finding(page, "empty link"));
      return java.util.Optional.empty();
    }
    URI uri;
    try {
      uri = new URI(href);
    } catch (URISyntaxException e) {
      findings.add(new Finding(page, "malformed link " + href));
      return java.util.Optional.empty();
    }
    if (uri.getScheme() != null) {
      String s = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
      if (!s.equals("http") && !s.equals("https") && !s.equals("mailto")) {
        findings.add(new Finding(page, "link with scheme " + s + ": " + href));
      }
      return java.util.Optional.empty();
    }
    if (href.startsWith("//")) return java.util.Optional.empty();
    String path = uri.getPath() == null ? "" : uri.getPath();
    String fragment = uri.getFragment();
    String target;
    if (path.isEmpty()) {
      target = page;
    } else if (path.startsWith("/")) {
      if (!rootRelativeAllowed) findings.add(new Finding(page, "link is not relative: " + href));
      return java.util.Optional.empty();
    } else {
      Path resolved = root.resolve(page).getParent().resolve(path).normalize();
      if (!resolved.startsWith(root)) {
        findings.add(new Finding(page, "link leaves the site: " + href));
        return java.util.Optional.empty();
      }
      if (Files.isDirectory(resolved)) {
        findings.add(new Finding(page, "link to a folder (needs index.html to open from disk): " + href));
        return java.util.Optional.empty();
      }
      if (!Files.isRegularFile(resolved)) {
        findings.add(new Finding(page, "broken link " + href));
        return java.util.Optional.empty();
      }
      target = rel(resolved);
    }
    if (fragment != null && !fragment.isEmpty() && target.endsWith(".html")) {
      Set<String> ids = idsByPage.get(target);
      if (ids != null && !ids.contains(fragment)) {
        findings.add(new Finding(page, "link to a missing anchor " + href));
      }
    }
    return target.endsWith(".html") ? java.util.Optional.of(target) : java.util.Optional.empty();
  }

  private void reachability(List<String> pages, Map<String, List<String>> links) {
    if (!links.containsKey("index.html")) return;
    var seen = new HashSet<String>();
    var queue = new ArrayDeque<String>();
    queue.add("index.html");
    seen.add("index.html");
    while (!queue.isEmpty()) {
      for (String t : links.getOrDefault(queue.poll(), List.of())) {
        if (seen.add(t)) queue.add(t);
      }
    }
    for (String p : pages) {
      if (!seen.contains(p) && !p.equals("404.html")) {
        findings.add(new Finding(p, "orphan page: no link leads to it from the home page"));
      }
    }
  }

  private void checkXml(String file) {
    org.w3c.dom.Document doc;
    try (InputStream in = Files.newInputStream(root.resolve(file))) {
      var f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      doc = f.newDocumentBuilder().parse(in);
    } catch (IOException | SAXException | ParserConfigurationException e) {
      findings.add(new Finding(file, "not well-formed XML: " + e.getMessage()));
      return;
    }
    var top = doc.getDocumentElement();
    if (file.endsWith("feed.xml")) {
      if (!"feed".equals(top.getLocalName()) || !ATOM.equals(top.getNamespaceURI())) {
        findings.add(new Finding(file, "not an Atom 1.0 feed"));
        return;
      }
      for (String required : new String[] {"id", "title", "updated"}) {
        if (top.getElementsByTagNameNS(ATOM, required).getLength() == 0) {
          findings.add(new Finding(file, "Atom feed without <" + required + ">"));
        }
      }
      NodeList entries = top.getElementsByTagNameNS(ATOM, "entry");
      for (int i = 0; i < entries.getLength(); i++) {
        var entry = (org.w3c.dom.Element) entries.item(i);
        for (String required : new String[] {"id", "title", "updated", "link"}) {
          if (entry.getElementsByTagNameNS(ATOM, required).getLength() == 0) {
            findings.add(new Finding(file, "Atom entry " + (i + 1) + " without <" + required + ">"));
          }
        }
      }
    } else if (file.equals("sitemap.xml") || file.matches("sitemap-\\d+\\.xml")) {
      boolean urlset = "urlset".equals(top.getLocalName());
      boolean index = "sitemapindex".equals(top.getLocalName()) && file.equals("sitemap.xml");
      if (!SITEMAP.equals(top.getNamespaceURI()) || !(urlset || index)) {
        findings.add(new Finding(file, "not a sitemaps.org 0.9 urlset or sitemap index"));
      } else if (top.getElementsByTagNameNS(SITEMAP, urlset ? "url" : "sitemap").getLength() > 50_000) {
        findings.add(new Finding(file, "more than 50,000 entries in one sitemap"));
      }
    }
  }

  /** Record by record: the export of a large archive does not fit in memory at once. */
  private void checkRecords() throws IOException {
    var mapper = new ObjectMapper();
    try (var parser = mapper.getFactory().createParser(root.resolve("data/records.json").toFile())) {
      while (parser.nextToken() != null) {
        if (parser.currentToken() != com.fasterxml.jackson.core.JsonToken.FIELD_NAME
            || !"records".equals(parser.currentName()) || parser.getParsingContext().getParent() == null
            || !parser.getParsingContext().getParent().inRoot()) {
          continue;
        }
        if (parser.nextToken() != com.fasterxml.jackson.core.JsonToken.START_ARRAY) return;
        while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
          checkRecord(mapper.readTree(parser));
        }
        return;
      }
    }
  }

  private void checkRecord(JsonNode r) {
    if (!r.path("date").isNull()) return;
    for (JsonNode w : r.path("warnings")) {
      if (w.asText().contains("[undated]")) return;
    }
    findings.add(new Finding("data/records.json", "record " + r.path("source").asText()
        + " has no date and no reason why"));
  }

  private String rel(Path p) {
    var parts = new ArrayList<String>();
    for (Path part : root.relativize(p)) parts.add(part.toString());
    return String.join("/", parts);
  }
}
