package org.clippings.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * People, places, organizations or topics: every term by slug. The four share one model, as
 * Hugo's taxonomies do, so their pages share one shape. {@code name} is the URL folder
 * ({@code people}) and {@code singular} the word for one ({@code person}).
 */
public record Taxonomy(String name, String singular, String label, SortedMap<String, Term> bySlug) {

  public Taxonomy {
    bySlug = Collections.unmodifiableSortedMap(new TreeMap<>(bySlug));
  }

  public Optional<Term> get(String slug) {
    return Optional.ofNullable(bySlug.get(slug));
  }

  /** Most articles first; ties by name then slug, so the order is total. */
  public List<Term> byCount() {
    var l = new ArrayList<>(bySlug.values());
    l.sort(Comparator.comparingInt(Term::count).reversed().thenComparing(Term::name).thenComparing(Term::slug));
    return l;
  }
}
