package org.clippings.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clippings.diag.Problem;
import org.clippings.diag.SourcePos;
import org.clippings.extract.Record;
import org.clippings.extract.Slugs;
import org.clippings.index.Archive;

/**
 * Every article's URL, decided once before anything is rendered. Dated articles live under
 * {@code articles/YYYY/MM/DD/<slug>/}, undated ones under {@code articles/undated/<slug>/}. When two
 * articles would share a path, the one whose source path sorts later gets a numeric suffix and the
 * collision is reported.
 */
public final class PagePlan {

  private final Map<String, String> pathById;
  private final Map<String, String> slugById;
  private final List<Problem> problems;

  private PagePlan(Map<String, String> pathById, Map<String, String> slugById, List<Problem> problems) {
    this.pathById = Map.copyOf(pathById);
    this.slugById = Map.copyOf(slugById);
    this.problems = List.copyOf(problems);
  }

  public static PagePlan of(Archive archive) {
    var records = new ArrayList<>(archive.records());
    records.sort((a, b) -> a.source().compareTo(b.source()));
    var taken = new HashSet<String>();
    var firstOwner = new HashMap<String, String>();
    var paths = new HashMap<String, String>();
    var slugs = new HashMap<String, String>();
    var problems = new ArrayList<Problem>();
    for (Record r : records) {
      String slug = slugOf(r.title());
      if (slug.isEmpty()) slug = ("article-" + r.id()).toLowerCase(java.util.Locale.ROOT);
      String dir = folder(r);
      String candidate = slug;
      for (int n = 2; taken.contains(dir + candidate); n++) candidate = slug + "-" + n;
      if (!candidate.equals(slug)) {
        problems.add(Problem.warning(SourcePos.file(r.source()), "slug-collision",
            "its URL " + dir + slug + "/ is already used by " + firstOwner.get(dir + slug) + "; published at "
                + dir + candidate + "/ instead",
            "give one of the two articles a different title"));
      } else {
        firstOwner.put(dir + slug, r.source());
      }
      taken.add(dir + candidate);
      paths.put(r.id(), dir + candidate + "/index.html");
      slugs.put(r.id(), candidate);
    }
    return new PagePlan(paths, slugs, problems);
  }

  /**
   * Titles repeat from build to build (serve) and folding one costs a normalisation and a regex:
   * each title's slug is made once, as {@link org.clippings.index.EntityKeys} does for names.
   */
  private static final Map<String, String> SLUGS = new java.util.concurrent.ConcurrentHashMap<>();

  /** The title's slug, or "" when it has no Latin letters or digits. */
  private static String slugOf(String title) {
    String known = SLUGS.get(title);
    if (known != null) return known;
    String slug = Slugs.of(title, "");
    if (SLUGS.size() < 1_000_000) SLUGS.put(title, slug);
    return slug;
  }

  private static String folder(Record r) {
    return r.date().day()
        .map(d -> "articles/" + Paths.digits(d.getYear(), 4) + "/" + Paths.digits(d.getMonthValue(), 2) + "/"
            + Paths.digits(d.getDayOfMonth(), 2) + "/")
        .orElse("articles/undated/");
  }

  public String articlePath(String id) {
    String p = pathById.get(id);
    if (p == null) throw new IllegalArgumentException("no planned page for article " + id);
    return p;
  }

  public String slug(String id) {
    return slugById.get(id);
  }

  public List<Problem> problems() {
    return problems;
  }

  public Set<String> articleIds() {
    return pathById.keySet();
  }
}
