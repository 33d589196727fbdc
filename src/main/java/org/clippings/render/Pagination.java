package org.clippings.render;

import java.util.ArrayList;
import java.util.List;
import org.clippings.render.view.LinkView;
import org.clippings.render.view.PagerView;

/** Splits a list into pages of a fixed size and builds each page's pager. */
final class Pagination {

  private Pagination() {}

  static <T> List<List<T>> split(List<T> items, int size) {
    var pages = new ArrayList<List<T>>();
    for (int i = 0; i < items.size(); i += size) {
      pages.add(items.subList(i, Math.min(items.size(), i + size)));
    }
    if (pages.isEmpty()) pages.add(List.of());
    return pages;
  }

  static PagerView pager(String first, int current, int total) {
    if (total <= 1) return PagerView.SINGLE;
    var pages = new ArrayList<LinkView>();
    for (int n = 1; n <= total; n++) {
      if (n == 1 || n == total || Math.abs(n - current) <= 2) {
        pages.add(new LinkView(String.valueOf(n), Paths.page(first, n), 0));
      } else if (!pages.isEmpty() && !pages.get(pages.size() - 1).path().isEmpty()) {
        pages.add(new LinkView("\u2026", "", 0));
      }
    }
    return new PagerView(current, total,
        current > 1 ? Paths.page(first, current - 1) : "",
        current < total ? Paths.page(first, current + 1) : "", pages);
  }
}
