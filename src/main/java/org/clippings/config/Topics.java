package org.clippings.config;

import java.util.List;
import java.util.Map;

/**
 * Changes to the built-in topic taxonomy: topics to add, labels to rename, topics to disable, extra
 * signal phrases per topic, and how many topics an article may be filed under.
 */
public record Topics(
    List<TopicDef> add,
    Map<String, String> rename,
    List<String> disable,
    Map<String, List<String>> signals,
    Integer maxPerArticle,
    Double threshold) {

  public static final Topics DEFAULT = new Topics(null, null, null, null, null, null);

  public Topics {
    add = add == null ? List.of() : List.copyOf(add);
    rename = rename == null ? Map.of() : Map.copyOf(rename);
    disable = disable == null ? List.of() : List.copyOf(disable);
    signals = signals == null ? Map.of() : Map.copyOf(signals);
    maxPerArticle = maxPerArticle == null ? 3 : maxPerArticle;
    threshold = threshold == null ? 1.0 : threshold;
  }

  /** A topic an editor adds: id, label, optional parent id and the phrases that signal it. */
  public record TopicDef(String id, String label, String parent, List<String> signals) {
    public TopicDef {
      signals = signals == null ? List.of() : List.copyOf(signals);
    }
  }
}
