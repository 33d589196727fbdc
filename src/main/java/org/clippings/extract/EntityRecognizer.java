package org.clippings.extract;

import java.util.List;

/**
 * Finds named-entity mentions in a piece of text. One real engine ships ({@link
 * CrfEntityRecognizer}); the interface lets another be plugged in. Implementations are safe to
 * call from several threads at once.
 */
public interface EntityRecognizer {

  /** The mentions in {@code text}, in order of their start offsets. */
  List<EntitySpan> find(String text);
}
