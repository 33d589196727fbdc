package org.clippings.extract;

import java.util.Locale;
import java.util.Optional;

/** The three kinds of named entity an archive is browsed by. */
public enum EntityKind {
  PERSON("person", "people"),
  PLACE("place", "places"),
  ORGANIZATION("organization", "organizations");

  private final String singular;
  private final String plural;

  EntityKind(String singular, String plural) {
    this.singular = singular;
    this.plural = plural;
  }

  public String singular() {
    return singular;
  }

  /** Also the URL folder of the kind's pages. */
  public String plural() {
    return plural;
  }

  public static Optional<EntityKind> parse(String s) {
    String k = s.strip().toLowerCase(Locale.ROOT);
    for (EntityKind e : values()) {
      if (e.singular.equals(k) || e.plural.equals(k) || e.name().toLowerCase(Locale.ROOT).equals(k)) {
        return Optional.of(e);
      }
    }
    if (k.equals("org") || k.equals("organisation")) return Optional.of(ORGANIZATION);
    if (k.equals("per") || k.equals("people")) return Optional.of(PERSON);
    if (k.equals("loc") || k.equals("location")) return Optional.of(PLACE);
    return Optional.empty();
  }
}
