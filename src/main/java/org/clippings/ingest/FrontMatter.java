package org.clippings.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clippings.diag.Problem;
import org.clippings.diag.SourcePos;
import org.clippings.diag.Spelling;

/**
 * YAML front matter between {@code ---} fences at the top of a Markdown file. Split by hand (as
 * Zola does) so an unclosed fence, invalid YAML, an unknown key or a value of the wrong type is a
 * warning with its line, never a lost article: the keys that are valid are still used.
 */
final class FrontMatter {

  static final List<String> KEYS =
      List.of("title", "date", "summary", "people", "places", "organizations", "topics", "draft");

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** The fields read, the body that follows and how many lines precede it in the file. */
  record Split(String title, Optional<String> date, int dateLine, Metadata metadata, String body, int bodyLineOffset) {}

  private FrontMatter() {}

  static Split split(String file, String text, List<Problem> problems) {
    List<String> lines = text.lines().toList();
    if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
      return new Split("", Optional.empty(), 0, Metadata.NONE, text, 0);
    }
    int close = -1;
    for (int i = 1; i < lines.size(); i++) {
      String l = lines.get(i).strip();
      if (l.equals("---") || l.equals("...")) {
        close = i;
        break;
      }
    }
    if (close < 0) {
      problems.add(Problem.warning(SourcePos.line(file, 1), "front-matter",
          "front matter opened on line 1 is never closed; the whole file is read as the body",
          "add a line '---' after the front matter"));
      return new Split("", Optional.empty(), 0, Metadata.NONE, text, 0);
    }
    String yaml = String.join("\n", lines.subList(1, close));
    String body = String.join("\n", lines.subList(close + 1, lines.size()));
    Map<String, Object> map = parse(file, yaml, problems);
    return bind(file, map, lines, close, body, problems);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parse(String file, String yaml, List<Problem> problems) {
    if (yaml.isBlank()) return Map.of();
    try {
      Object v = YAML.readValue(yaml, Object.class);
      if (v instanceof Map<?, ?> m) return (Map<String, Object>) m;
      problems.add(Problem.warning(SourcePos.line(file, 2), "front-matter",
          "front matter is not a set of 'key: value' lines; it is ignored",
          "write front matter as 'title: ...', 'date: YYYY-MM-DD', one key per line"));
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr() + 1;
      problems.add(Problem.warning(new SourcePos(file, line, 0), "front-matter",
          "front matter is not valid YAML (" + e.getOriginalMessage().lines().findFirst().orElse("") + "); it is ignored",
          "fix the YAML between the '---' lines"));
    }
    return Map.of();
  }

  private static Split bind(String file, Map<String, Object> map, List<String> lines, int close, String body,
      List<Problem> problems) {
    var values = new LinkedHashMap<String, Object>(map);
    for (String key : map.keySet()) {
      if (!KEYS.contains(key)) {
        String hint = Spelling.nearest(key, KEYS).orElse(null);
        problems.add(Problem.warning(SourcePos.line(file, lineOf(key, lines, close)), "front-matter",
            "unknown front-matter key '" + key + "' is ignored",
            hint == null ? "valid keys are " + String.join(", ", KEYS) : "did you mean '" + hint + "'?"));
        values.remove(key);
      }
    }
    String title = string(file, "title", values, lines, close, problems);
    String dateText = string(file, "date", values, lines, close, problems);
    String summary = string(file, "summary", values, lines, close, problems);
    boolean draft = false;
    Object d = values.get("draft");
    if (d instanceof Boolean b) {
      draft = b;
    } else if (d != null) {
      problems.add(wrongType(file, "draft", "true or false", lines, close));
    }
    var meta = new Metadata(summary,
        list(file, "people", values, lines, close, problems),
        list(file, "places", values, lines, close, problems),
        list(file, "organizations", values, lines, close, problems),
        list(file, "topics", values, lines, close, problems),
        draft,
        values.containsKey("people") || values.containsKey("places") || values.containsKey("organizations"));
    Optional<String> date = dateText.isEmpty() ? Optional.empty() : Optional.of(dateText);
    return new Split(title, date, lineOf("date", lines, close), meta, body, close + 1);
  }

  private static String string(String file, String key, Map<String, Object> values, List<String> lines, int close,
      List<Problem> problems) {
    Object v = values.get(key);
    if (v == null) return "";
    if (v instanceof String || v instanceof Number || v instanceof Boolean) return String.valueOf(v).strip();
    problems.add(wrongType(file, key, "a single value", lines, close));
    return "";
  }

  private static List<String> list(String file, String key, Map<String, Object> values, List<String> lines, int close,
      List<Problem> problems) {
    Object v = values.get(key);
    if (v == null) return List.of();
    if (v instanceof String s) return s.isBlank() ? List.of() : List.of(s.strip());
    if (v instanceof Collection<?> c) {
      var out = new ArrayList<String>();
      for (Object o : c) {
        if (o instanceof String || o instanceof Number) {
          String s = String.valueOf(o).strip();
          if (!s.isEmpty()) out.add(s);
        } else {
          problems.add(wrongType(file, key, "a list of names", lines, close));
          return List.of();
        }
      }
      return out;
    }
    problems.add(wrongType(file, key, "a list of names", lines, close));
    return List.of();
  }

  private static Problem wrongType(String file, String key, String expected, List<String> lines, int close) {
    return Problem.warning(SourcePos.line(file, lineOf(key, lines, close)), "front-matter",
        "front-matter key '" + key + "' should be " + expected + "; it is ignored",
        "write '" + key + ":' as " + expected);
  }

  /** The 1-based file line where {@code key:} is written, or the opening fence. */
  private static int lineOf(String key, List<String> lines, int close) {
    for (int i = 1; i < close; i++) {
      String l = lines.get(i);
      if (l.startsWith(key + ":") || l.startsWith("\"" + key + "\":") || l.startsWith("'" + key + "':")) {
        return i + 1;
      }
    }
    return 1;
  }
}
