package org.clippings.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects problems from every stage and thread, and summarises them. Kept messages are capped (as
 * jsoup's ParseErrorList is) so a folder of 100,000 broken files cannot flood memory; counts are
 * always exact.
 */
public final class Problems {

  public static final int DEFAULT_CAP = 10_000;

  private final int cap;
  private final List<Problem> kept = new ArrayList<>();
  private final Map<String, Integer> countsByKind = new TreeMap<>();
  private int warnings;
  private int errors;

  public Problems() {
    this(DEFAULT_CAP);
  }

  public Problems(int cap) {
    this.cap = cap;
  }

  public synchronized void add(Problem p) {
    if (p.isError()) errors++;
    else warnings++;
    countsByKind.merge(p.kind(), 1, Integer::sum);
    if (kept.size() < cap) {
      kept.add(p);
    }
  }

  public void addAll(Iterable<Problem> ps) {
    for (Problem p : ps) add(p);
  }

  /** The kept problems, in a stable order. */
  public synchronized List<Problem> sorted() {
    var copy = new ArrayList<>(kept);
    copy.sort(null);
    return List.copyOf(copy);
  }

  public synchronized int warnings() {
    return warnings;
  }

  public synchronized int errors() {
    return errors;
  }

  public synchronized int total() {
    return warnings + errors;
  }

  /** How many problems of each kind, kinds in alphabetical order. */
  public synchronized Map<String, Integer> countsByKind() {
    return new TreeMap<>(countsByKind);
  }

  /** Everything it holds, so a build that finds nothing to do reports what the last one did. */
  public record Snapshot(List<Problem> kept, Map<String, Integer> countsByKind, int warnings, int errors)
      implements java.io.Serializable {}

  public synchronized Snapshot snapshot() {
    return new Snapshot(List.copyOf(kept), new TreeMap<>(countsByKind), warnings, errors);
  }

  /** The problems a snapshot was taken of, counts and all. */
  public static Problems of(Snapshot s) {
    var p = new Problems();
    p.kept.addAll(s.kept());
    p.countsByKind.putAll(s.countsByKind());
    p.warnings = s.warnings();
    p.errors = s.errors();
    return p;
  }

  /** How many were counted but not kept because of the cap. */
  public synchronized int dropped() {
    return warnings + errors - kept.size();
  }
}
