package org.clippings.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.clippings.extract.EntityKind;
import org.clippings.extract.Mention;
import org.clippings.extract.Record;

/**
 * Each article's stems and entity keys as numbers with their term frequencies, for {@link
 * RelatedCoverage}. Numbers are handed out as features are first met, by several threads, so they
 * differ from build to build; nothing computed from them depends on them except array positions.
 * One that {@link #kept keeps} them ({@code serve}) turns only new and changed articles into
 * numbers after a saved article, instead of hashing every stem of the archive again.
 */
final class ArticleFeatures {

  /** One article's features, in its own order: stems alphabetically, then entity keys alphabetically. */
  record Of(Record record, int[] terms, double[] termTf, int[] entities, double[] entityTf) {}

  private final boolean keeps;
  private final Map<String, Integer> stemIds = new ConcurrentHashMap<>();
  private final Map<String, Integer> entityIds = new ConcurrentHashMap<>();
  private final AtomicInteger next = new AtomicInteger();
  private Map<String, Of> kept = Map.of();

  private ArticleFeatures(boolean keeps) {
    this.keeps = keeps;
  }

  static ArticleFeatures none() {
    return new ArticleFeatures(false);
  }

  static ArticleFeatures kept() {
    return new ArticleFeatures(true);
  }

  /** The features of each record, those of a record kept from the last call (the same object) reused. */
  synchronized Of[] of(List<Record> records) {
    var out = new Of[records.size()];
    Map<String, Of> last = kept;
    IntStream.range(0, out.length).parallel().forEach(i -> {
      Record r = records.get(i);
      Of k = last.get(r.id());
      out[i] = k != null && k.record() == r ? k : make(r);
    });
    if (keeps) {
      var now = new HashMap<String, Of>(out.length * 4 / 3 + 1);
      for (Of o : out) now.put(o.record().id(), o);
      kept = now;
    }
    return out;
  }

  /** How many numbers have been handed out: every feature's number is below it. */
  int size() {
    return next.get();
  }

  private Of make(Record r) {
    int[] k = {0};
    r.terms().forEach((stem, c) -> k[0]++);
    var terms = new int[k[0]];
    var termTf = new double[terms.length];
    k[0] = 0;
    r.terms().forEach((stem, c) -> {
      terms[k[0]] = id(stemIds, stem);
      termTf[k[0]++] = 1 + Math.log(c);
    });
    // names that share a key are one entity: their frequencies add up
    var byKey = new TreeMap<String, Double>();
    for (EntityKind kind : EntityKind.values()) {
      for (Mention m : r.mentions(kind)) {
        byKey.merge(EntityKeys.slug(m.name()), 1 + Math.log(Math.max(1, m.count())), Double::sum);
      }
    }
    var entities = new int[byKey.size()];
    var entityTf = new double[entities.length];
    int e = 0;
    for (var x : byKey.entrySet()) {
      entities[e] = id(entityIds, x.getKey());
      entityTf[e++] = x.getValue();
    }
    return new Of(r, terms, termTf, entities, entityTf);
  }

  private int id(Map<String, Integer> ids, String key) {
    Integer id = ids.get(key);
    return id != null ? id : ids.computeIfAbsent(key, x -> next.getAndIncrement());
  }
}
