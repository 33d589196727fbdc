package org.clippings.ingest;

import java.util.List;

/**
 * What an author or editor stated about an article (Markdown front matter): these win over what
 * extraction finds. Empty strings and lists mean "not stated". {@code entitiesStated}: the front matter
 * lists people, places or organizations (even as empty lists), so the author has said who is in it and
 * named-entity recognition is not run.
 */
public record Metadata(
    String summary,
    List<String> people,
    List<String> places,
    List<String> organizations,
    List<String> topics,
    boolean draft,
    boolean entitiesStated) {

  public static final Metadata NONE = new Metadata("", List.of(), List.of(), List.of(), List.of(), false, false);

  public Metadata {
    summary = summary == null ? "" : summary;
    people = people == null ? List.of() : List.copyOf(people);
    places = places == null ? List.of() : List.copyOf(places);
    organizations = organizations == null ? List.of() : List.copyOf(organizations);
    topics = topics == null ? List.of() : List.copyOf(topics);
  }
}
