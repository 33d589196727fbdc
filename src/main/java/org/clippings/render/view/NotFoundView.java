package org.clippings.render.view;

/** The 404 page. */
public record NotFoundView(PageView page) implements PageModel {}
