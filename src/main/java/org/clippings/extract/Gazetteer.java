package org.clippings.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clippings.config.Entities;

/**
 * What Clippings knows about names before reading any article: demonyms ("North Korean" → North
 * Korea), common aliases ("DPRK" → North Korea, "WHO" → World Health Organization), and the
 * editor's corrections from {@code site-config.yaml} ({@code entities.aliases}, {@code never},
 * {@code kinds}). The data files live in resources, so they can be corrected without code.
 * Matching is case-sensitive ("WHO" is not "who"), except for the never-list.
 */
public final class Gazetteer {

  /** A known name: its canonical form, and its kind when the data fixes one. */
  public record Known(String canonical, Optional<EntityKind> kind) {}

  /** Never entities, whatever the model says: junk lines and words that are not names. */
  private static final Set<String> BUILT_IN_NEVER =
      Set.of("advertisement", "advertisment", "advert", "mr", "mrs", "ms", "dr", "this", "that", "these", "while",
          "as", "both", "analysts", "the", "a", "an", "it", "they", "we", "he", "she", "i", "monday", "tuesday",
          "wednesday", "thursday", "friday", "saturday", "sunday", "read more", "related", "share");

  private final Map<String, Known> names;
  private final Set<String> never;
  private final Map<String, EntityKind> kinds;

  private Gazetteer(Map<String, Known> names, Set<String> never, Map<String, EntityKind> kinds) {
    this.names = names;
    this.never = never;
    this.kinds = kinds;
  }

  /** The built-in data plus an editor's corrections; an editor's alias wins over the built-in one. */
  public static Gazetteer load(Entities config) {
    var names = new HashMap<String, Known>();
    read("demonyms.tsv", cols -> {
      names.put(cols[0], new Known(cols[1], Optional.of(EntityKind.PLACE)));
      // every country and region a demonym points at is itself a known place
      names.putIfAbsent(cols[1], new Known(cols[1], Optional.of(EntityKind.PLACE)));
    });
    read("aliases.tsv", cols -> names.put(cols[0], new Known(cols[1], EntityKind.parse(cols[2]))));
    var kinds = new HashMap<String, EntityKind>();
    config.kinds().forEach((name, kind) -> kinds.put(name, EntityKind.parse(kind).orElseThrow(
        () -> new IllegalArgumentException("entities.kinds: '" + kind + "' for '" + name
            + "' is not a kind; use person, place or organization"))));
    config.aliases().forEach((alias, canonical) ->
        names.put(alias, new Known(canonical, Optional.ofNullable(kinds.get(canonical)))));
    var never = new HashSet<>(BUILT_IN_NEVER);
    for (String n : config.never()) never.add(n.toLowerCase(Locale.ROOT).strip());
    return new Gazetteer(Map.copyOf(names), Set.copyOf(never), Map.copyOf(kinds));
  }

  public Optional<Known> lookup(String surface) {
    return Optional.ofNullable(names.get(surface));
  }

  public boolean isNever(String name) {
    return never.contains(name.toLowerCase(Locale.ROOT));
  }

  /** The kind an editor forces for a canonical name, if any. */
  public Optional<EntityKind> forcedKind(String canonical) {
    return Optional.ofNullable(kinds.get(canonical));
  }

  private interface Row {
    void accept(String[] cols);
  }

  private static void read(String resource, Row row) {
    var in = Gazetteer.class.getResourceAsStream(resource);
    if (in == null) throw new IllegalStateException("missing built-in data file " + resource);
    try (var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] cols = line.split("\t");
        if (cols.length >= 2) row.accept(cols);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
