package org.clippings.render.view;

import java.util.List;

/** A paginated list of articles (a month, a year, undated articles) with links to related lists. */
public record ListPageView(
    PageView page, String heading, String intro, List<ArticleItemView> items, PagerView pager,
    List<LinkView> links, List<LinkView> breadcrumbs) implements PageModel {}
