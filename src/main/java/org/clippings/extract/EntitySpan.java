package org.clippings.extract;

/**
 * A recognised mention in one text: the recogniser's label ({@code PERSON}, {@code LOCATION},
 * {@code ORGANIZATION} or {@code MISC}, the CoNLL classes) and character offsets into that text.
 */
public record EntitySpan(String label, int start, int end) {

  public EntitySpan {
    if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
  }
}
