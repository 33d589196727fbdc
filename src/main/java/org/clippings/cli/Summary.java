package org.clippings.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clippings.build.BuildResult;
import org.clippings.diag.Problem;
import org.clippings.diag.Problems;

/** The one-screen build summary: what was read and written, problems by kind, time per stage. */
final class Summary {

  /** How many problems are listed in full before the summary (all with --verbose). */
  static final int LISTED = 40;

  private Summary() {}

  static void printProblems(PrintWriter out, Problems problems, boolean verbose) {
    List<Problem> all = problems.sorted();
    int shown = verbose ? all.size() : Math.min(LISTED, all.size());
    for (int i = 0; i < shown; i++) out.println(all.get(i));
    int hidden = problems.total() - shown;
    if (hidden > 0) out.println("... and " + hidden + " more problem(s); run with --verbose to list them all");
  }

  static void print(PrintWriter out, BuildResult r, String articlesDir) {
    out.println();
    out.printf(Locale.ROOT, "Built %d article(s) from %s into %s in %s%n", r.articles(), articlesDir, r.out(),
        seconds(r.times().total()));
    out.printf(Locale.ROOT, "  files found    %6d%n", r.filesFound());
    out.printf(Locale.ROOT, "  articles       %6d%s%s%n", r.articles(),
        r.cachedArticles() > 0 ? "  (" + r.cachedArticles() + " unchanged, from the build cache)" : "",
        r.drafts() > 0 ? "  (" + r.drafts() + " draft(s) not published)" : "");
    out.printf(Locale.ROOT, "  files written  %6d  (%.1f MB rendered%s)%n", r.files(), r.bytes() / 1e6,
        r.reusedFiles() > 0 ? ", " + r.reusedFiles() + " unchanged pages kept" : "");
    out.printf(Locale.ROOT, "  warnings       %6d%s%n", r.problems().warnings(), byKind(r.problems()));
    out.printf(Locale.ROOT, "  errors         %6d%n", r.problems().errors());
    out.println("  time           " + stageTimes(r));
  }

  /** Wall time per stage, in order: "ingest+extract 1.53 s · related 0.12 s · …". */
  static String stageTimes(BuildResult r) {
    var sb = new StringBuilder();
    for (Map.Entry<String, Duration> e : r.times().ordered().entrySet()) {
      if (sb.length() > 0) sb.append(" · ");
      sb.append(e.getKey()).append(' ').append(seconds(e.getValue()));
    }
    return sb.toString();
  }

  private static String byKind(Problems p) {
    if (p.total() == 0) return "";
    var sb = new StringBuilder("  (");
    p.countsByKind().forEach((k, n) -> sb.append(k).append(' ').append(n).append(", "));
    return sb.substring(0, sb.length() - 2) + ")";
  }

  static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.2f s", d.toNanos() / 1e9);
  }
}
