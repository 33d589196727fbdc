package org.clippings.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * schema.org JSON-LD for pages. The JSON is made safe to sit inside a {@code <script>} element by
 * escaping {@code < > &} as JSON unicode escapes, so no article text can close the element.
 */
final class JsonLd {

  private static final ObjectMapper JSON = new ObjectMapper();

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
    try {
      return JSON.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Object> list(List<?> items) {
    return List.copyOf(items);
  }
}
