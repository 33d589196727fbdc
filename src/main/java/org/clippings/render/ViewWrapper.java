package org.clippings.render;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * FreeMarker's object wrapper, but view records are exposed by a map of their members built once
 * per class: a component by its name ({@code view.title}), any other public no-argument method as a
 * method ({@code pager.needed()}). FreeMarker's general bean wrapping (introspection caches, a model
 * per value, an access check per call) was a tenth of the rendering time; views need none of it.
 */
final class ViewWrapper extends DefaultObjectWrapper {

  /** A record class's members: components by name, and its other public no-argument methods. */
  private record Members(Map<String, Method> components, Map<String, Method> methods) {}

  private static final ClassValue<Members> MEMBERS = new ClassValue<>() {
    @Override
    protected Members computeValue(Class<?> type) {
      var components = new HashMap<String, Method>();
      for (Method c : RecordAccessors.of(type.asSubclass(Record.class))) components.put(c.getName(), c);
      var methods = new HashMap<String, Method>();
      for (Method m : type.getMethods()) {
        if (m.getParameterCount() == 0 && m.getReturnType() != void.class && !Modifier.isStatic(m.getModifiers())
            && m.getDeclaringClass() == type && !components.containsKey(m.getName())
            && !OBJECT_METHODS.contains(m.getName())) {
          methods.put(m.getName(), RecordAccessors.accessible(m));
        }
      }
      return new Members(Map.copyOf(components), Map.copyOf(methods));
    }
  };

  private static final Set<String> OBJECT_METHODS = Set.of("toString", "hashCode");

  ViewWrapper() {
    super(Configuration.VERSION_2_3_34);
    setExposeFields(false);
    writeProtect();
  }

  @Override
  protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
    if (obj instanceof Record r) return new RecordModel(r);
    return super.handleUnknownType(obj);
  }

  /** A record: components read as values, other no-argument methods called as methods. */
  private final class RecordModel implements TemplateHashModel {
    private final Record record;
    private final Members members;

    RecordModel(Record record) {
      this.record = record;
      this.members = MEMBERS.get(record.getClass());
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
      Method component = members.components().get(key);
      if (component != null) return wrap(read(component));
      Method method = members.methods().get(key);
      if (method == null) return null;
      return (TemplateMethodModelEx) args -> {
        if (!args.isEmpty()) throw new TemplateModelException(key + "() takes no arguments");
        return wrap(read(method));
      };
    }

    private Object read(Method m) throws TemplateModelException {
      try {
        return RecordAccessors.read(m, record);
      } catch (IllegalStateException e) {
        throw new TemplateModelException(e.getMessage(), e);
      }
    }

    @Override
    public boolean isEmpty() {
      return false;
    }
  }
}
