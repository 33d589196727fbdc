package org.clippings.render.view;

import java.util.List;

/** The topics index: the taxonomy as a tree (top-level subjects and their sub-topics) with article counts. */
public record TopicTreeView(PageView page, String intro, List<TopicNodeView> roots) implements PageModel {

  /** A top-level subject with its sub-topics. */
  public record TopicNodeView(LinkView topic, List<LinkView> children) {}
}
