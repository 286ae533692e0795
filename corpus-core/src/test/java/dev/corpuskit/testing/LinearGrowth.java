package dev.corpuskit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.IntConsumer;

/**
 * Checks that work grows linearly with the size of its input, without a wall-clock limit: a busy
 * machine slows every run alike, so the cost at {@code 4n} against the cost at {@code n} stays near 4
 * for linear work, where quadratic work gives 16. The cost is the CPU time of the calling thread
 * (wall time where the JVM cannot measure it), which other processes hardly touch, and the least of a
 * few interleaved runs, so that a pause in one run does not count. A ratio just over the bound is
 * measured again with more runs before it fails, so one unlucky series does not fail a build. Speed
 * itself belongs in the benchmarks.
 */
public final class LinearGrowth {

  /** The largest accepted cost at {@code 4n} over the cost at {@code n}: linear gives 4, quadratic 16. */
  public static final double MAX_RATIO = 10;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private LinearGrowth() {}

  /**
   * Asserts that {@code work}, run on an input of size {@code n} and of size {@code 4n}, costs less than
   * {@link #MAX_RATIO} times as much at {@code 4n}; returns the ratio. Choose {@code n} so that a run
   * takes some milliseconds: much less is lost in the clock's noise, and a quadratic regression must
   * still finish at {@code 4n}.
   */
  public static double assertLinear(String what, int n, IntConsumer work) {
    double ratio = ratio(n, work, 3);
    if (ratio >= MAX_RATIO && ratio < 2 * MAX_RATIO) {
      ratio = Math.min(ratio, ratio(n, work, 5)); // near the bound: one more series, longer, before failing
    }
    assertThat(ratio).as("%s: the cost at %d against %d (linear gives 4, quadratic 16)", what, 4 * n, n)
        .isLessThan(MAX_RATIO);
    return ratio;
  }

  /** The least cost of {@code runs} runs at {@code 4n} over the least at {@code n}, after a warm-up. */
  public static double ratio(int n, IntConsumer work, int runs) {
    work.accept(n); // loads and compiles what it needs
    long small = Long.MAX_VALUE;
    long large = Long.MAX_VALUE;
    for (int i = 0; i < runs; i++) { // interleaved, so that a slow spell weighs on both sizes
      small = Math.min(small, cost(work, n));
      large = Math.min(large, cost(work, 4 * n));
    }
    return (double) large / Math.max(1, small);
  }

  private static long cost(IntConsumer work, int n) {
    boolean cpu = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
    long start = cpu ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    work.accept(n);
    return (cpu ? THREADS.getCurrentThreadCpuTime() : System.nanoTime()) - start;
  }
}
