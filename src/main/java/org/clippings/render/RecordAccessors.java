package org.clippings.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/** The component accessors of view records, looked up once per class and callable without an access check each time. */
final class RecordAccessors {

  private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
    @Override
    protected Method[] computeValue(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      var methods = new Method[components.length];
      for (int i = 0; i < components.length; i++) {
        methods[i] = accessible(components[i].getAccessor());
      }
      return methods;
    }
  };

  private RecordAccessors() {}

  /** The accessors of {@code type}'s components, in declaration order. */
  static Method[] of(Class<? extends Record> type) {
    return ACCESSORS.get(type);
  }

  /** Views are public records; this only skips the access check on every call. */
  static Method accessible(Method m) {
    m.setAccessible(true);
    return m;
  }

  static Object read(Method m, Object target) {
    try {
      return m.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + m + " of a view", e);
    }
  }
}
