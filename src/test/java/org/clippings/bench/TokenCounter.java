package org.clippings.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A second throughput figure beside articles per second: JMH divides {@code tokens} by the measured
 * time and prints it as {@code <benchmark>:tokens} in ops/s, i.e. tokens per second. Articles differ
 * in length, so tokens/s is the figure to compare with the build's own (bench/README.md).
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class TokenCounter {

  /** Tokens processed in this iteration; public because JMH reads the counters from public fields. */
  public long tokens;

  @Setup(Level.Iteration)
  public void reset() {
    tokens = 0;
  }
}
