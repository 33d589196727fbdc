package org.clippings.render;

import java.lang.ref.SoftReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.clippings.extract.Record;

/**
 * What a long-running process ({@code clippings serve}) keeps from one build to the next, which a
 * build after a one-article change would otherwise work out again for every record and page: each
 * record's search terms and JSON, each page's fingerprint with the view it was made from, and each
 * article's and term's pages with what they were made from. A record's value is a function of its
 * record, and a record of its source, its content and the extraction key, so that triple is the key
 * (with a check of anything else the value depends on); a new extraction key forgets everything.
 * Values a build did not ask for are dropped when it ends, so removed and edited articles leave
 * nothing behind, and values are softly held: under memory pressure the collector may take them,
 * and they are worked out again.
 *
 * <p>{@link #NONE} keeps nothing: a one-shot build gains nothing from keeping values it will not
 * ask for again.
 */
public final class RenderMemory {

  public static final RenderMemory NONE = new RenderMemory(false);

  private final boolean keeps;
  private String extractionKey = "";
  private Map<Key, SoftReference<Object>> current = new ConcurrentHashMap<>();
  private Map<Key, SoftReference<Object>> previous = Map.of();
  /** Values the kept ones refer to (the search index's term numbers), forgotten with them. */
  private final Map<String, Object> shared = new ConcurrentHashMap<>();

  private RenderMemory(boolean keeps) {
    this.keeps = keeps;
  }

  /** A memory that keeps values from build to build. */
  public static RenderMemory kept() {
    return new RenderMemory(true);
  }

  /**
   * Starts a build whose records were extracted under {@code extractionKey}: values of the last
   * build stay available to this one only under the same key.
   */
  public synchronized void begin(String extractionKey) {
    if (!keeps) return;
    previous = extractionKey.equals(this.extractionKey) ? current : Map.of();
    if (previous.isEmpty()) shared.clear();
    current = new ConcurrentHashMap<>();
    this.extractionKey = extractionKey;
  }

  /** Ends a build: what it did not ask for is forgotten. */
  public synchronized void end() {
    previous = Map.of();
  }

  /** Whether nothing is kept: a process's first builds, or all of them when nothing is kept. */
  public boolean isEmpty() {
    return current.isEmpty();
  }

  /** Whether this memory keeps anything: when not, there is no point making what it would compare. */
  boolean keeps() {
    return keeps;
  }

  /**
   * The one value of {@code kind} that this build's kept values may refer to, made by {@code make}
   * when there is none: kept as long as they are. Without keeping, a new one each call.
   */
  @SuppressWarnings("unchecked")
  <T> T shared(String kind, Supplier<T> make) {
    if (!keeps) return make.get();
    return (T) shared.computeIfAbsent(kind, k -> make.get());
  }

  /** The value of {@code kind} for record {@code r} when kept (and then kept for the next build too), else null. */
  <T> T kept(String kind, Record r) {
    if (!keeps) return null;
    var key = new Key(kind, r.source(), r.contentHash());
    SoftReference<Object> ref = find(key, v -> true);
    T v = value(ref);
    if (v != null) current.put(key, ref);
    return v;
  }

  /** The value of {@code kind} for record {@code r}, computed by {@code compute} unless kept. */
  <T> T of(String kind, Record r, Supplier<T> compute) {
    return of(kind, r, v -> true, compute);
  }

  /**
   * As above, for a value that depends on more than its record: a kept value is taken only when
   * {@code usable} says it was made from what this build would make it from.
   */
  <T> T of(String kind, Record r, Predicate<T> usable, Supplier<T> compute) {
    if (!keeps) return compute.get();
    var key = new Key(kind, r.source(), r.contentHash());
    SoftReference<Object> ref = find(key, usable);
    T v = value(ref);
    if (v == null) {
      v = compute.get();
      ref = new SoftReference<>(v);
    }
    // the same reference when the value is kept: a new one per value per build was garbage to collect
    current.put(key, ref);
    return v;
  }

  /**
   * The fingerprint of the page at {@code path}, unless the last build made the page from inputs
   * equal to {@code inputs} through templates whose digests were {@code templates}: then that
   * build's fingerprint, without writing the inputs out again. Views are records of strings,
   * numbers and lists, built from the same records build after build, so comparing them mostly
   * compares references; equal views have equal text, so equal fingerprints.
   */
  String fingerprint(String path, Object inputs, String templates, Supplier<String> compute) {
    if (!keeps) return compute.get();
    var key = new Key("page", path, "");
    SoftReference<Object> ref = find(key, (PageInputs k) -> k.templates().equals(templates) && k.inputs().equals(inputs));
    PageInputs kept = value(ref);
    if (kept == null) {
      kept = new PageInputs(inputs, templates, compute.get());
      ref = new SoftReference<>(kept);
    }
    current.put(key, ref);
    return kept.fingerprint();
  }

  private record PageInputs(Object inputs, String templates, String fingerprint) {}

  /**
   * What the last build kept of {@code kind} under {@code name} (a group of pages made together,
   * such as a term's), when {@code usable} accepts it; else null. Found or not, it is forgotten
   * at the end of this build unless {@link #keep} is called.
   */
  <T> T find(String kind, String name, Predicate<T> usable) {
    if (!keeps) return null;
    return value(find(new Key(kind, name, ""), usable));
  }

  /** Keeps {@code value} of {@code kind} under {@code name} for the next build. */
  void keep(String kind, String name, Object value) {
    if (keeps) current.put(new Key(kind, name, ""), new SoftReference<>(value));
  }

  /** What a value is kept under: its kind, its record's source or its page's path, and the record's content hash. */
  private record Key(String kind, String name, String version) {}

  /** The reference kept under {@code key}, this build's or else the last's, whose value {@code usable} accepts; or null. */
  private <T> SoftReference<Object> find(Key key, Predicate<T> usable) {
    SoftReference<Object> ref = current.get(key);
    if (usable(ref, usable)) return ref;
    ref = previous.get(key);
    return usable(ref, usable) ? ref : null;
  }

  @SuppressWarnings("unchecked")
  private static <T> boolean usable(SoftReference<Object> ref, Predicate<T> usable) {
    T v = ref == null ? null : (T) ref.get();
    return v != null && usable.test(v);
  }

  /** The value of a reference {@link #find} gave: null when there was none, or the collector took it since. */
  @SuppressWarnings("unchecked")
  private static <T> T value(SoftReference<Object> ref) {
    return ref == null ? null : (T) ref.get();
  }
}
