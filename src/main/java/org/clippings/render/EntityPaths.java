package org.clippings.render;

import org.clippings.extract.EntityKind;
import org.clippings.index.EntityKeys;

/** Entity ids and page paths: {@code person/pak-myong-ho}, {@code people/pak-myong-ho/index.html}. */
final class EntityPaths {

  private EntityPaths() {}

  static String id(EntityKind kind, String name) {
    return kind.singular() + "/" + EntityKeys.slug(name);
  }
}
