package org.clippings.ingest;

/** Where an article's title came from: set by an editor, the file's own headline, or derived from the lead. */
public enum TitleSource {
  FRONT_MATTER("front-matter"),
  CONFIG("config"),
  HEADLINE("headline"),
  DERIVED("derived"),
  NONE("none");

  private final String label;

  TitleSource(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
