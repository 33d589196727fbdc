package org.clippings.render.view;

/** The search page: the form and an empty results area that search.js fills. */
public record SearchPageView(PageView page) implements PageModel {}
