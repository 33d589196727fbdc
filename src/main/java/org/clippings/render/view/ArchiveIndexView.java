package org.clippings.render.view;

import java.util.List;

/** The date archive's front page: every year with its months, and the undated articles' list. */
public record ArchiveIndexView(PageView page, List<YearView> years, LinkView undated, int total) implements PageModel {}
