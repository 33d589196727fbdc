package org.clippings.render.view;

/** An article as it appears in a list: headline, where it is, its date and one line of text. */
public record ArticleItemView(String title, String path, String dateIso, String dateDisplay, String text) {}
