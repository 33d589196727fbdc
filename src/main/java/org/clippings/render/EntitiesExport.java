package org.clippings.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.clippings.extract.EntityKind;
import org.clippings.index.Archive;
import org.clippings.index.Term;

/** {@code data/entities.json}: every entity with its kind, names seen, article count and date range. */
final class EntitiesExport {

  /** The top-level object. */
  record Export(int version, int count, List<EntityJson> entities) {}

  /** One entity; dates are ISO days or null when none of its articles is dated. */
  record EntityJson(String id, String kind, String name, String slug, String url, String description,
      List<String> aliases, int articles, String firstDate, String lastDate) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private EntitiesExport() {}

  static byte[] bytes(Archive archive) {
    var out = new ArrayList<EntityJson>();
    for (EntityKind k : EntityKind.values()) {
      for (Term t : archive.taxonomy(k.plural()).bySlug().values()) {
        String path = TermPages.termPath(k.plural(), t.slug());
        out.add(new EntityJson(k.singular() + "/" + t.slug(), k.singular(), t.name(), t.slug(),
            path.substring(0, path.length() - "index.html".length()), t.description(), t.aliases(), t.count(),
            t.firstDate().isEmpty() ? null : t.firstDate(), t.lastDate().isEmpty() ? null : t.lastDate()));
      }
    }
    try {
      return JSON.writeValueAsBytes(new Export(RecordsExport.VERSION, out.size(), out));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
