package org.clippings.render.view;

import java.util.List;

/** The home page: latest coverage, the busiest entities and topics, and the years. */
public record HomeView(
    PageView page, int articleCount, List<ArticleItemView> latest, List<YearView> years,
    List<LinkView> people, List<LinkView> places, List<LinkView> organizations, List<LinkView> topics,
    LinkView undated) implements PageModel {}
