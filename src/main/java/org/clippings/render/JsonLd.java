package org.clippings.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * schema.org JSON-LD for pages. The JSON is made safe to sit inside a {@code <script>} element by
 * escaping {@code < > &} as JSON unicode escapes, so no article text can close the element.
 */
final class JsonLd {

  /** A streaming generator over plain maps, lists and values: the object mapper's serializers cost more to compile than a build of thousands of pages spends running them. */
  private static final JsonFactory JSON = new JsonFactory();

  private JsonLd() {}

  static Map<String, Object> object(String type) {
    var m = new LinkedHashMap<String, Object>();
    m.put("@context", "https://schema.org");
    m.put("@type", type);
    return m;
  }

  static Map<String, Object> thing(String type, String name, String url) {
    var m = new LinkedHashMap<String, Object>();
    m.put("@type", type);
    m.put("name", name);
    if (url != null && !url.isEmpty()) m.put("url", url);
    return m;
  }

  static String html(Map<String, Object> data) {
    var text = new java.io.StringWriter(1024);
    try (JsonGenerator g = JSON.createGenerator(text)) {
      write(g, data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }

  private static void write(JsonGenerator g, Object v) throws IOException {
    if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Map<?, ?> m) {
      g.writeStartObject();
      for (var e : m.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof Collection<?> c) {
      g.writeStartArray();
      for (Object o : c) write(g, o);
      g.writeEndArray();
    } else if (v instanceof Integer || v instanceof Long) {
      g.writeNumber(((Number) v).longValue());
    } else if (v instanceof Double d) {
      g.writeNumber(d);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v == null) {
      g.writeNull();
    } else {
      throw new IllegalArgumentException("JSON-LD holds maps, lists, strings, numbers and booleans, not " + v.getClass());
    }
  }

  static List<Object> list(List<?> items) {
    return List.copyOf(items);
  }
}
