package org.clippings.render.view;

/** A link to another page of the site: label, site-relative path, and a count to show beside it (0 for none). */
public record LinkView(String label, String path, int count) {}
