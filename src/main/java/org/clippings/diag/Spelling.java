package org.clippings.diag;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" hints: the valid name nearest to a mistyped one by edit distance. */
public final class Spelling {

  private Spelling() {}

  /** The candidate closest to {@code typed}, if close enough to be a typo of it. */
  public static Optional<String> nearest(String typed, Collection<String> candidates) {
    String key = typed.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDist = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(key, c.toLowerCase(Locale.ROOT));
      if (d < bestDist || (d == bestDist && c.compareTo(best) < 0)) {
        best = c;
        bestDist = d;
      }
    }
    return best != null && bestDist <= Math.max(2, typed.length() / 3) ? Optional.of(best) : Optional.empty();
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
