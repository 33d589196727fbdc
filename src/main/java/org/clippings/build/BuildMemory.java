package org.clippings.build;

import org.clippings.index.IndexMemory;
import org.clippings.render.RenderMemory;

/**
 * What a process that builds again and again ({@code serve}) keeps from one build to the next:
 * the last index and what rendering derived from each record. {@link #NONE} keeps nothing, for
 * one-shot builds.
 */
public record BuildMemory(IndexMemory index, RenderMemory render) {

  public static final BuildMemory NONE = new BuildMemory(IndexMemory.NONE, RenderMemory.NONE);

  public static BuildMemory kept() {
    return new BuildMemory(IndexMemory.kept(), RenderMemory.kept());
  }

  /** Whether nothing was rendered yet: a process's first builds, or every build of one that keeps nothing. */
  public boolean isEmpty() {
    return render.isEmpty();
  }
}
