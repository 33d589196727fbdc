package org.clippings.render.view;

import java.util.List;

/** Pagination for a list: the current page (1-based), the number of pages, neighbours and every page. */
public record PagerView(int current, int total, String prevPath, String nextPath, List<LinkView> pages) {

  public static final PagerView SINGLE = new PagerView(1, 1, "", "", List.of());

  public boolean needed() {
    return total > 1;
  }
}
