package org.clippings.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * axe-core, from the npm registry's package as packaged in the {@code org.webjars.npm:axe-core} WebJar,
 * injected into the page under test and run there.
 */
final class Axe {

  private static final String WEBJAR = "META-INF/resources/webjars/axe-core/";
  static final String VERSION = webjarVersion();
  private static final String SOURCE = read(WEBJAR + VERSION + "/axe.min.js");

  private Axe() {}

  /** One rule's violation on one page, with the elements it found. */
  record Violation(String rule, String impact, String help, List<String> nodes) {
    boolean seriousOrCritical() {
      return impact.equals("serious") || impact.equals("critical");
    }

    @Override
    public String toString() {
      return impact + " " + rule + ": " + help + "\n      " + String.join("\n      ", nodes);
    }
  }

  /** Runs every axe rule (WCAG 2.x A and AA, and best practices) on the page the browser shows. */
  static List<Violation> run(Chromium browser) {
    browser.js(SOURCE);
    Object json = browser.driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
        + "axe.run(document, {resultTypes: ['violations']})"
        + ".then(function (r) { done(JSON.stringify(r.violations)); })"
        + ".catch(function (e) { done('error: ' + e); });");
    String text = String.valueOf(json);
    if (text.startsWith("error: ")) throw new AssertionError("axe-core failed: " + text);
    try {
      var out = new ArrayList<Violation>();
      for (JsonNode v : new ObjectMapper().readTree(text)) {
        var nodes = new ArrayList<String>();
        for (JsonNode n : v.path("nodes")) {
          nodes.add(n.path("target").toString() + " " + n.path("html").asText() + "\n        "
              + n.path("failureSummary").asText().replace("\n", "\n        "));
        }
        out.add(new Violation(v.path("id").asText(), v.path("impact").asText(), v.path("help").asText(), nodes));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String webjarVersion() {
    var props = new Properties();
    try (InputStream in = resource("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return props.getProperty("version");
  }

  private static String read(String name) {
    try (InputStream in = resource(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = Axe.class.getClassLoader().getResourceAsStream(name);
    if (in == null) throw new IllegalStateException("missing " + name + ": is org.webjars.npm:axe-core a test dependency?");
    return in;
  }
}
