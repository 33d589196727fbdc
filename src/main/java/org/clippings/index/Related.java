package org.clippings.index;

/** Another article linked to one: on the same story, or related through shared entities and terms. */
public record Related(String id, Reason reason, double score) {

  /** Why two articles are linked. */
  public enum Reason {
    SAME_STORY("same-story"),
    SHARED_ENTITIES("shared-entities");

    private final String label;

    Reason(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
