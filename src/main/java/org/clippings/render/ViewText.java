package org.clippings.render;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Map;

/**
 * Everything a view holds, as text, for its page's fingerprint. A record's own {@code toString}
 * would do, but the JDK builds it with {@code String.format}, which at tens of thousands of pages a
 * build showed as a tenth of the rendering time. Strings are length-prefixed, so no two
 * different views read the same. The text is written straight into the digest's UTF-8 buffer
 * ({@link Fingerprints#ofView}): as a string per page it was a third of what an incremental
 * build allocated.
 */
final class ViewText {

  private ViewText() {}

  static void append(Utf8Writer w, Object v) {
    if (v instanceof String s) {
      decimal(w, s.length());
      w.write('"');
      w.write(s);
    } else if (v instanceof Record r) {
      w.write(r.getClass().getSimpleName());
      w.write('(');
      for (Method m : RecordAccessors.of(r.getClass())) {
        append(w, RecordAccessors.read(m, r));
        w.write(',');
      }
      w.write(')');
    } else if (v instanceof Collection<?> c) {
      w.write('[');
      for (Object o : c) {
        append(w, o);
        w.write(',');
      }
      w.write(']');
    } else if (v instanceof Map<?, ?> m) {
      w.write('{');
      for (var e : m.entrySet()) {
        append(w, e.getKey());
        w.write('=');
        append(w, e.getValue());
        w.write(',');
      }
      w.write('}');
    } else if (v instanceof Integer i) {
      decimal(w, i);
    } else {
      // other numbers, booleans, enums, null
      w.write(String.valueOf(v));
    }
  }

  /** {@code n} in decimal, as {@code StringBuilder.append(int)} writes it, without a string. */
  private static void decimal(Utf8Writer w, int n) {
    if (n < 0) {
      if (n == Integer.MIN_VALUE) {
        w.write(String.valueOf(n));
        return;
      }
      w.write('-');
      n = -n;
    }
    int div = 1;
    while (div <= n / 10) div *= 10;
    for (; div > 0; div /= 10) w.write('0' + (n / div) % 10);
  }
}
