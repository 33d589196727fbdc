package org.clippings.render;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clippings.render.view.ArchiveIndexView;
import org.clippings.render.view.LinkView;
import org.clippings.render.view.PageView;
import org.clippings.render.view.YearView;

/** The date archive: all years, each year, each month (paginated), and the undated articles. */
final class ArchivePages {

  private final SiteRenderer.Context ctx;

  ArchivePages(SiteRenderer.Context ctx) {
    this.ctx = ctx;
  }

  void render() {
    List<YearView> years = ctx.years();
    var undated = new LinkView("Undated", Paths.UNDATED, ctx.archive.undated().size());
    var page = ctx.page(Paths.ARCHIVE, "Archive", "Every article by year and month.", "archive", Paths.FEED, "");
    ctx.html("archive.ftlh", Paths.ARCHIVE,
        new ArchiveIndexView(page, years, undated, ctx.archive.records().size()), ctx.newestDay());

    var archiveCrumb = new LinkView("Archive", Paths.ARCHIVE, 0);
    for (YearView y : years) {
      var ids = new ArrayList<String>();
      // newest first within the year, as everywhere else
      for (Map.Entry<YearMonth, List<String>> e : ctx.archive.byMonth().entrySet()) {
        if (e.getKey().getYear() == y.year()) ids.addAll(0, e.getValue());
      }
      list(Paths.year(y.year()), String.valueOf(y.year()), y.count() + " articles", ids, y.months(),
          List.of(archiveCrumb));
    }
    for (Map.Entry<YearMonth, List<String>> e : ctx.archive.byMonth().entrySet()) {
      int yr = e.getKey().getYear();
      int m = e.getKey().getMonthValue();
      list(Paths.month(yr, m), DateText.month(yr, m), e.getValue().size() + " articles", e.getValue(), List.of(),
          List.of(archiveCrumb, new LinkView(String.valueOf(yr), Paths.year(yr), 0)));
    }
    if (!ctx.archive.undated().isEmpty()) {
      list(Paths.UNDATED, "Undated", "Articles whose date is not known.", ctx.archive.undated(), List.of(),
          List.of(archiveCrumb));
    }
  }

  private void list(String first, String heading, String intro, List<String> ids, List<LinkView> links,
      List<LinkView> crumbs) {
    int size = ctx.config().build().pageSize();
    var pages = Pagination.split(ids, size);
    for (int n = 1; n <= pages.size(); n++) {
      String path = Paths.page(first, n);
      String title = n == 1 ? heading : heading + " (page " + n + ")";
      PageView page = ctx.page(path, title, heading + ": " + intro, "list", Paths.FEED, "");
      var items = ctx.items(pages.get(n - 1));
      String lastmod = items.isEmpty() ? "" : items.get(0).dateIso();
      ctx.html("list.ftlh", path,
          SiteRenderer.listPage(page, heading, intro, items, first, n, pages.size(), n == 1 ? links : List.of(), crumbs),
          lastmod);
    }
  }
}
