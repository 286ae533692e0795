package dev.corpuskit.perf;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** A JMH counter of input bytes processed, reported per second as the secondary result {@code bytes}. */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Bytes {

  public long bytes;

  @Setup(Level.Iteration)
  public void reset() {
    bytes = 0;
  }
}
