package org.clippings.render;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A number for each distinct string (word, stem or phrase) the search index meets, so merging ten
 * thousand documents' terms into postings indexes arrays instead of hashing millions of strings.
 * Numbers follow first sight, which differs between runs; they never reach the output, which is
 * ordered by the strings. Safe for concurrent {@link #id} calls; {@link #name} and {@link #size}
 * are for after those calls have finished.
 */
final class TermIds {

  private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
  private final List<String> names = new ArrayList<>();

  int id(String s) {
    // most strings are known: a plain read, which takes no lock
    Integer known = ids.get(s);
    if (known != null) return known;
    synchronized (this) {
      return ids.computeIfAbsent(s, k -> {
        names.add(k);
        return names.size() - 1;
      });
    }
  }

  synchronized String name(int id) {
    return names.get(id);
  }

  synchronized int size() {
    return names.size();
  }
}
