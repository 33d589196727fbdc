package org.clippings.extract;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clippings.config.Topics;

/**
 * The topics articles are filed under: the built-in taxonomy based on IPTC Media Topics
 * ({@code topics.yaml} in resources: its 17 top-level subjects and the second-level ones a general
 * news archive needs), changed by {@code site-config.yaml}: topics added, renamed, disabled, and
 * signal phrases added.
 */
public final class TopicTaxonomy {

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory()).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  private final Map<String, Topic> byId;

  private TopicTaxonomy(Map<String, Topic> byId) {
    this.byId = byId;
  }

  public static TopicTaxonomy load(Topics config) {
    List<Topic> builtIn;
    try (var in = TopicTaxonomy.class.getResourceAsStream("topics.yaml")) {
      if (in == null) throw new IllegalStateException("missing built-in topics.yaml");
      builtIn = YAML.readValue(in, new TypeReference<List<Topic>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the built-in topic taxonomy", e);
    }
    var topics = new LinkedHashMap<String, Topic>();
    for (Topic t : builtIn) topics.put(t.id(), t);
    for (Topics.TopicDef d : config.add()) {
      if (d.id() == null || d.id().isBlank() || d.label() == null) {
        throw new IllegalArgumentException("topics.add: every topic needs an id and a label");
      }
      topics.put(d.id(), new Topic(d.id(), "", d.label(), d.parent(), d.signals()));
    }
    config.rename().forEach((id, label) -> topics.put(id, withLabel(require(topics, id, "topics.rename"), label)));
    config.signals().forEach((id, extra) -> {
      Topic t = require(topics, id, "topics.signals");
      var all = new ArrayList<>(t.signals());
      all.addAll(extra);
      topics.put(id, new Topic(t.id(), t.iptc(), t.label(), t.parent(), all));
    });
    for (String id : config.disable()) {
      require(topics, id, "topics.disable");
      topics.remove(id);
      topics.values().removeIf(t -> t.parent().equals(id));
    }
    for (Topic t : topics.values()) {
      if (!t.parent().isEmpty() && !topics.containsKey(t.parent())) {
        throw new IllegalArgumentException("topic '" + t.id() + "' has parent '" + t.parent() + "', which is not a topic");
      }
    }
    return new TopicTaxonomy(Map.copyOf(topics));
  }

  private static Topic require(Map<String, Topic> topics, String id, String key) {
    Topic t = topics.get(id);
    if (t == null) {
      String hint = org.clippings.diag.Spelling.nearest(id, topics.keySet()).map(s -> "; did you mean '" + s + "'?").orElse("");
      throw new IllegalArgumentException(key + ": no topic '" + id + "'" + hint);
    }
    return t;
  }

  private static Topic withLabel(Topic t, String label) {
    return new Topic(t.id(), t.iptc(), label, t.parent(), t.signals());
  }

  public Optional<Topic> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Every topic, in id order. */
  public List<Topic> all() {
    return byId.values().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
  }

  /** The top-level topic of {@code id} (itself when it is top level). */
  public Topic root(String id) {
    Topic t = byId.get(id);
    while (!t.parent().isEmpty()) t = byId.get(t.parent());
    return t;
  }
}
