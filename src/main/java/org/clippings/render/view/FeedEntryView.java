package org.clippings.render.view;

/** One Atom entry. */
public record FeedEntryView(String id, String title, String url, String updated, String summary) {}
