package org.clippings.config;

import java.util.List;
import java.util.Map;

/**
 * How raw files are read: extra boilerplate patterns (regular expressions matched against a whole
 * trimmed line, case-insensitively, added to the built-in ones), the longest line that can be a
 * section heading, and per-file overrides keyed by the path relative to the articles folder.
 */
public record Ingest(List<String> boilerplate, Integer headingMaxWords, Map<String, Override> overrides) {

  public static final Ingest DEFAULT = new Ingest(null, null, null);

  public Ingest {
    boilerplate = boilerplate == null ? List.of() : List.copyOf(boilerplate);
    headingMaxWords = headingMaxWords == null ? 12 : headingMaxWords;
    overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
  }

  /** A title and/or date that an editor sets for one file, winning over anything read from it. */
  public record Override(String title, String date) {}
}
