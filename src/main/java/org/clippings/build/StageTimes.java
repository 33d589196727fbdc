package org.clippings.build;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Wall time per pipeline stage, in the order the stages ran, for the build summary and benchmarks. */
public final class StageTimes {

  private final Map<String, Duration> times = new LinkedHashMap<>();
  private long start = System.nanoTime();
  private final long buildStart = start;

  /** Ends the running stage under {@code name} and starts the next. */
  public void lap(String name) {
    long now = System.nanoTime();
    times.merge(name, Duration.ofNanos(now - start), Duration::plus);
    start = now;
  }

  public Map<String, Duration> asMap() {
    return Map.copyOf(times);
  }

  public Map<String, Duration> ordered() {
    return new LinkedHashMap<>(times);
  }

  public Duration total() {
    return Duration.ofNanos(System.nanoTime() - buildStart);
  }
}
