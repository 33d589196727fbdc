package org.clippings.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clippings.diag.SourcePos;
import org.clippings.diag.Spelling;

/**
 * Reads {@code site-config.yaml} into a {@link SiteConfig}. Keys are snake_case in the file. An
 * unknown key, a value of the wrong type or an invalid value is a {@link ConfigException} naming
 * the file, line, column and key, with the nearest valid key when the key looks mistyped.
 */
public final class ConfigLoader {

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private ConfigLoader() {}

  /** Loads the file; a missing file is an error (the caller decides whether defaults will do). */
  public static SiteConfig load(Path file) {
    String name = file.toString();
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ConfigException(SourcePos.file(name), "config file not found", e);
    } catch (IOException e) {
      throw new ConfigException(SourcePos.file(name), "cannot read config file: " + e, e);
    }
    return parse(name, text);
  }

  /** Parses config text; {@code name} is used in error messages only. */
  public static SiteConfig parse(String name, String text) {
    if (text.isBlank() || text.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#"))) {
      return SiteConfig.DEFAULT;
    }
    try {
      SiteConfig cfg = YAML.readValue(text, SiteConfig.class);
      return cfg == null ? SiteConfig.DEFAULT : cfg;
    } catch (UnrecognizedPropertyException e) {
      String key = e.getPropertyName();
      String hint = Spelling.nearest(key, e.getKnownPropertyIds().stream().map(String::valueOf).toList()).orElse(null);
      String where = path(e);
      throw new ConfigException(
          keyPos(name, text, e).orElse(pos(name, e.getLocation())),
          "unknown key '" + key + "'" + (where.isEmpty() ? "" : " in '" + where + "'")
              + (hint == null ? "" : "; did you mean '" + hint + "'?")
              + " valid keys: " + known(e.getKnownPropertyIds()),
          e);
    } catch (JsonMappingException e) {
      // a value a record rejected (page_size: 0) is reported at its section's key, as the value's own
      // position is not known by then; a value of the wrong type at the value
      SourcePos at = e instanceof ValueInstantiationException
          ? keyPos(name, text, e).orElse(pos(name, e.getLocation()))
          : pos(name, e.getLocation());
      throw new ConfigException(
          at,
          "invalid value for '" + path(e) + "': " + cleanMessage(e),
          e);
    } catch (JsonProcessingException e) {
      throw new ConfigException(pos(name, e.getLocation()), "not valid YAML: " + e.getOriginalMessage(), e);
    }
  }

  private static SourcePos pos(String name, JsonLocation loc) {
    if (loc == null || loc.getLineNr() < 1) return SourcePos.file(name);
    return new SourcePos(name, loc.getLineNr(), Math.max(loc.getColumnNr(), 0));
  }

  /**
   * Where the key an error is about is written. Jackson reports an unknown key at the parser's
   * position after its value (the next line), so the key is looked up by its path instead.
   */
  private static Optional<SourcePos> keyPos(String name, String text, JsonMappingException e) {
    List<String> wanted = e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .toList();
    try (JsonParser p = YAML.getFactory().createParser(text)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t != JsonToken.FIELD_NAME) continue;
        var path = new ArrayList<String>();
        for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
          path.add(0, c.inObject() ? c.getCurrentName() : "[" + c.getCurrentIndex() + "]");
        }
        if (path.equals(wanted)) {
          JsonLocation loc = p.currentTokenLocation();
          return Optional.of(pos(name, loc));
        }
      }
    } catch (IOException ex) {
      // the text parsed once already; if it does not now, fall back to Jackson's position
    }
    return Optional.empty();
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  private static String cleanMessage(JsonMappingException e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    if (root instanceof IllegalArgumentException) return root.getMessage();
    String m = e.getOriginalMessage();
    int cut = m.indexOf(" (for ");
    if (cut < 0) cut = m.indexOf("\n");
    return cut > 0 ? m.substring(0, cut) : m;
  }

  private static String known(Collection<Object> ids) {
    return ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
  }

}
