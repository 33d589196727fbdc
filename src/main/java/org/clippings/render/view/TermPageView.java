package org.clippings.render.view;

import java.util.List;

/**
 * One entity's or topic's page: what it is, how much coverage and over which dates, a timeline
 * our renderer drew as inline SVG, the terms seen with it most, and its articles newest first,
 * each with the sentence that mentions it.
 */
public record TermPageView(
    PageView page,
    String kindLabel,
    List<LinkView> breadcrumbs,
    String name,
    String description,
    int count,
    String firstDisplay,
    String lastDisplay,
    List<String> aliases,
    String timelineSvgHtml,
    List<LinkView> seenWith,
    List<ArticleItemView> items,
    PagerView pager) implements PageModel {

  /** The same view with what is made only when the page must be rendered: JSON-LD and the timeline. */
  public TermPageView completed(String jsonLdHtml, String timelineSvgHtml) {
    return new TermPageView(page.withJsonLd(jsonLdHtml), kindLabel, breadcrumbs, name, description, count,
        firstDisplay, lastDisplay, aliases, timelineSvgHtml, seenWith, items, pager);
  }
}
