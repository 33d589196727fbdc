package org.clippings.render.view;

/**
 * One body block. {@code blockHtml} is non-empty only for Markdown blocks rendered by commonmark
 * with raw HTML escaped and URLs sanitised; everything else is plain text the template escapes.
 */
public record BlockView(String kind, int level, String text, String blockHtml, String anchor) {}
