package org.clippings.render.view;

/** A view that is a whole HTML page: the layout reads its {@link PageView}. */
public interface PageModel {
  PageView page();
}
