package org.clippings.render.view;

import java.util.List;

/** The A-Z list of one taxonomy (people, places, organizations) with counts and letter jump links. */
public record TermIndexView(PageView page, String heading, String intro, int total, int hidden, List<LetterView> letters) implements PageModel {}
