package org.clippings.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.xml.sax.SAXException;

/** The W3C Nu HTML Checker (vnu), in-process: what it says about one document. */
final class NuChecker {

  /** Errors and warnings ("info" messages), each as "name:line:column: message" and the extract. */
  record Report(List<String> errors, List<String> warnings) {}

  private NuChecker() {}

  static Report check(Path file, String name) throws IOException, SAXException {
    try (InputStream in = Files.newInputStream(file)) {
      return check(in, name);
    }
  }

  static Report check(String html, String name) throws IOException, SAXException {
    return check(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), name);
  }

  private static Report check(InputStream in, String name) throws IOException, SAXException {
    var validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
    validator.setForceHTML(true);
    JsonNode report = new ObjectMapper().readTree(validator.validate(in));
    var errors = new ArrayList<String>();
    var warnings = new ArrayList<String>();
    for (JsonNode m : report.path("messages")) {
      String line = name + ":" + m.path("lastLine").asInt() + ":" + m.path("firstColumn").asInt(m.path("lastColumn").asInt())
          + ": " + m.path("message").asText()
          + (m.hasNonNull("extract") ? "\n      " + m.get("extract").asText().replace("\n", "↩") : "");
      if (m.path("type").asText().equals("info")) warnings.add(line);
      else errors.add(m.path("type").asText() + " " + line);
    }
    return new Report(errors, warnings);
  }
}
