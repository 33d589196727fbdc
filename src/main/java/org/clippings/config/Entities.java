package org.clippings.config;

import java.util.List;
import java.util.Map;

/**
 * Editorial control over entities without touching code: {@code aliases} map a surface form to a
 * canonical name, {@code never} lists strings never treated as entities, {@code kinds} force a kind
 * ({@code person}, {@code place}, {@code organization}), and {@code minArticles} hides entities
 * with fewer articles from the A-Z lists (they stay in the records).
 */
public record Entities(
    Map<String, String> aliases, List<String> never, Map<String, String> kinds, Integer minArticles) {

  public static final Entities DEFAULT = new Entities(null, null, null, null);

  public Entities {
    aliases = aliases == null ? Map.of() : Map.copyOf(aliases);
    never = never == null ? List.of() : List.copyOf(never);
    kinds = kinds == null ? Map.of() : Map.copyOf(kinds);
    minArticles = minArticles == null ? 1 : minArticles;
  }
}
