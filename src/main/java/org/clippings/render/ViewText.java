package org.clippings.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

/**
 * Everything a view holds, as text, for its page's fingerprint. A record's own {@code toString}
 * would do, but the JDK builds it with {@code String.format}, which at tens of thousands of pages a
 * build showed as a tenth of the rendering time. Strings are length-prefixed, so no two
 * different views read the same.
 */
final class ViewText {

  private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
    @Override
    protected Method[] computeValue(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      var methods = new Method[components.length];
      for (int i = 0; i < components.length; i++) {
        methods[i] = components[i].getAccessor();
        // views are public records; this only skips the access check on every call
        methods[i].setAccessible(true);
      }
      return methods;
    }
  };

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
      for (Method m : ACCESSORS.get(r.getClass())) {
        append(sb, get(m, r));
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

  private static Object get(Method accessor, Record r) {
    try {
      return accessor.invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + accessor + " of a view", e);
    }
  }
}
