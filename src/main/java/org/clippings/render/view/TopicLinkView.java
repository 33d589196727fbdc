package org.clippings.render.view;

/** A topic on an article page, with why it was assigned (shown on hover). */
public record TopicLinkView(String label, String path, String why) {}
