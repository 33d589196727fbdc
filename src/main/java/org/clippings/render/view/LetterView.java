package org.clippings.render.view;

import java.util.List;

/** One letter of an A-Z list: the letter, its anchor id, and the terms under it. */
public record LetterView(String letter, String anchor, List<LinkView> terms) {}
