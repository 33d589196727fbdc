package org.clippings.extract;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ObjIntConsumer;

/**
 * An article's most frequent stems with their counts, kept as two arrays sorted by stem with the
 * stems shared between records: at 100,000 articles a map per record would cost more than the
 * records' text.
 */
public final class TermCounts implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Map<String, String> SHARED = new ConcurrentHashMap<>();

  private final String[] stems;
  private final int[] counts;

  private TermCounts(String[] stems, int[] counts) {
    this.stems = stems;
    this.counts = counts;
  }

  public static TermCounts of(SortedMap<String, Integer> counts) {
    var stems = new String[counts.size()];
    var values = new int[counts.size()];
    int i = 0;
    for (var e : counts.entrySet()) {
      stems[i] = shared(e.getKey());
      values[i++] = e.getValue();
    }
    return new TermCounts(stems, values);
  }

  private static String shared(String stem) {
    String s = SHARED.putIfAbsent(stem, stem);
    return s == null ? stem : s;
  }

  /** Deserialised copies share their stems too. */
  private Object readResolve() {
    var s = stems.clone();
    for (int i = 0; i < s.length; i++) s[i] = shared(s[i]);
    return new TermCounts(s, counts.clone());
  }

  /** Each stem with its count, in stem order. */
  public void forEach(ObjIntConsumer<String> action) {
    for (int i = 0; i < stems.length; i++) action.accept(stems[i], counts[i]);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TermCounts t && Arrays.equals(stems, t.stems) && Arrays.equals(counts, t.counts);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(stems) + Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    var sb = new StringBuilder("{");
    for (int i = 0; i < stems.length; i++) sb.append(i == 0 ? "" : ", ").append(stems[i]).append('=').append(counts[i]);
    return sb.append('}').toString();
  }
}
