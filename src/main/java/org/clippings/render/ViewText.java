package org.clippings.render;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Map;

/**
 * Everything a view holds, as text, for its page's fingerprint. A record's own {@code toString}
 * would do, but the JDK builds it with {@code String.format}, which at tens of thousands of pages a
 * build showed as a tenth of the rendering time. Strings are length-prefixed, so no two
 * different views read the same.
 */
final class ViewText {

  private ViewText() {}

  static String of(Object view) {
    var sb = new StringBuilder(2048);
    append(sb, view);
    return sb.toString();
  }

  static void append(StringBuilder sb, Object v) {
    if (v instanceof String s) {
      sb.append(s.length()).append('"').append(s);
    } else if (v instanceof Record r) {
      sb.append(r.getClass().getSimpleName()).append('(');
      for (Method m : RecordAccessors.of(r.getClass())) {
        append(sb, RecordAccessors.read(m, r));
        sb.append(',');
      }
      sb.append(')');
    } else if (v instanceof Collection<?> c) {
      sb.append('[');
      for (Object o : c) {
        append(sb, o);
        sb.append(',');
      }
      sb.append(']');
    } else if (v instanceof Map<?, ?> m) {
      sb.append('{');
      for (var e : m.entrySet()) {
        append(sb, e.getKey());
        sb.append('=');
        append(sb, e.getValue());
        sb.append(',');
      }
      sb.append('}');
    } else {
      // numbers, booleans, enums, null
      sb.append(v);
    }
  }
}
