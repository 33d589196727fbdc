package org.clippings.render.view;

import java.util.List;

/** An Atom feed: absolute URLs, RFC 3339 times derived from article dates (never the build time). */
public record FeedView(String id, String title, String selfUrl, String siteUrl, String updated, String author,
    List<FeedEntryView> entries) {}
