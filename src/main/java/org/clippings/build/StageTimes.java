package org.clippings.build;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per pipeline stage, in the order the stages ran: wall time, CPU time of the whole process, and
 * peak heap in use; plus CPU time spent inside named steps of parallel stages (reading and
 * extracting articles) and counters (words extracted). For the build summary and the benchmarks.
 */
public final class StageTimes {

  /** One stage's figures. */
  public record Stage(Duration wall, Duration cpu, long peakHeapBytes) {}

  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private static final List<MemoryPoolMXBean> HEAP = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(p -> p.getType() == MemoryType.HEAP).toList();

  private final Map<String, Stage> stages = new LinkedHashMap<>();
  private final Map<String, AtomicLong> stepNanos = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();
  private long start = System.nanoTime();
  private long cpuStart = OS.getProcessCpuTime();
  private final long buildStart = start;

  public StageTimes() {
    HEAP.forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** Ends the running stage under {@code name} and starts the next. */
  public synchronized void lap(String name) {
    long now = System.nanoTime();
    long cpu = OS.getProcessCpuTime();
    long peak = HEAP.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    HEAP.forEach(MemoryPoolMXBean::resetPeakUsage);
    stages.merge(name, new Stage(Duration.ofNanos(now - start), Duration.ofNanos(cpu - cpuStart), peak),
        (a, b) -> new Stage(a.wall().plus(b.wall()), a.cpu().plus(b.cpu()), Math.max(a.peakHeapBytes(), b.peakHeapBytes())));
    start = now;
    cpuStart = cpu;
  }

  /** Adds CPU nanoseconds a thread spent in {@code step} (e.g. "ingest", "extract"). */
  public void addStep(String step, long nanos) {
    stepNanos.computeIfAbsent(step, k -> new AtomicLong()).addAndGet(nanos);
  }

  public void count(String counter, long n) {
    counters.computeIfAbsent(counter, k -> new AtomicLong()).addAndGet(n);
  }

  public synchronized Map<String, Stage> stages() {
    return new LinkedHashMap<>(stages);
  }

  /** Wall time per stage, in order. */
  public synchronized Map<String, Duration> ordered() {
    var m = new LinkedHashMap<String, Duration>();
    stages.forEach((k, v) -> m.put(k, v.wall()));
    return m;
  }

  public Map<String, Long> stepNanos() {
    var m = new java.util.TreeMap<String, Long>();
    stepNanos.forEach((k, v) -> m.put(k, v.get()));
    return m;
  }

  public Map<String, Long> counters() {
    var m = new java.util.TreeMap<String, Long>();
    counters.forEach((k, v) -> m.put(k, v.get()));
    return m;
  }

  public Duration total() {
    return Duration.ofNanos(System.nanoTime() - buildStart);
  }
}
