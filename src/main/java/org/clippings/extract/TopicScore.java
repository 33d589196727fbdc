package org.clippings.extract;

import java.util.List;

/** A topic an article is filed under, with its score and the phrases that triggered it (so an editor can see why). */
public record TopicScore(String id, String label, double score, List<String> signals) implements java.io.Serializable {

  public TopicScore {
    signals = List.copyOf(signals);
  }
}
