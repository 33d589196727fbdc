package org.clippings.render.view;

import java.util.List;

/** A year in the date archive with its article count and months. */
public record YearView(int year, String path, int count, List<LinkView> months) {}
