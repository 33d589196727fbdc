package org.clippings.extract;

import java.util.List;
import java.util.Objects;

/**
 * One entity as one article mentions it: canonical name, kind, how often, the other surface forms
 * seen ("Mr. Gombosuren", "North Korea's"), the role the text gives the person (empty when none),
 * and the first sentence that mentions it.
 */
public record Mention(String name, EntityKind kind, int count, List<String> aliases, String role, String sentence) implements java.io.Serializable {

  public Mention {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(sentence, "sentence");
    aliases = List.copyOf(aliases);
  }
}
