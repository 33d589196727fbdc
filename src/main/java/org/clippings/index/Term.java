package org.clippings.index;

import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One index entry shared by people, places, organizations and topics: its slug (unique in its
 * taxonomy, and also its key: names that slug the same are one term), display name, what the text
 * says it is (a person's role), its parent term (topics only), the articles
 * it appears in newest first with the sentence that mentions it, other names seen, its date range and monthly counts, and the terms that appear with it most.
 */
public record Term(
    String slug,
    String name,
    String description,
    String parent,
    List<TermArticle> articles,
    List<String> aliases,
    String firstDate,
    String lastDate,
    SortedMap<YearMonth, Integer> perMonth,
    List<TermRef> seenWith) {

  public Term {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(parent, "parent");
    articles = List.copyOf(articles);
    aliases = List.copyOf(aliases);
    perMonth = Collections.unmodifiableSortedMap(new TreeMap<>(perMonth));
    seenWith = List.copyOf(seenWith);
  }

  public int count() {
    return articles.size();
  }

  /** An article in a term's list, with the sentence that mentions the term (may be empty). */
  public record TermArticle(String id, String sentence) {}

  /** A reference to another term: its taxonomy, slug, name, and how many articles the two share. */
  public record TermRef(String taxonomy, String slug, String name, int shared) {}
}
