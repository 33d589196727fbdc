package org.clippings.ingest;

/** Where an article's date came from; shown to readers whenever it is not the file's own header. */
public enum DateSource {
  HEADER("header"),
  FRONT_MATTER("front-matter"),
  CONFIG("config"),
  TEXT("text"),
  INFERRED_FROM_RELATED("inferred-from-related"),
  NONE("none");

  private final String label;

  DateSource(String label) {
    this.label = label;
  }

  /** The value used in records.json and the JSON schema. */
  public String label() {
    return label;
  }
}
