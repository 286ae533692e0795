package dev.corpuskit.bench.near;

import dev.corpuskit.near.NearDuplicateConfig;
import dev.corpuskit.near.Shingles;
import dev.corpuskit.near.Signer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;

/**
 * How fast {@link Signer#sign} is: every text of a set signed by {@code threads} threads sharing one
 * signer (as the pipeline's workers do), after an untimed warm-up pass (over the first
 * {@value #WARM_UP} texts at most), the median wall time of {@code runs} passes. Nothing else is
 * timed: the texts are in memory. {@link #shingling} times the shingling alone the same way, to show
 * its share.
 */
public final class SigningSpeed {

  /**
   * One measurement.
   *
   * @param documents the texts signed per pass
   * @param bytes their UTF-8 size
   * @param threads the threads that signed them
   * @param medianNanos the median wall time of a pass
   * @param medianCpuNanos the median CPU time of a pass, all its threads together: unlike the wall
   *     time, it does not grow when other processes share the cores
   */
  public record Speed(int documents, long bytes, int threads, long medianNanos, long medianCpuNanos) {

    /** Thread time per document: wall time × threads / documents, in microseconds. */
    public double microsPerDocument() {
      return medianNanos / 1e3 * threads / documents;
    }

    /** Megabytes (10^6 bytes of UTF-8) signed per second by each thread. */
    public double megabytesPerSecondPerThread() {
      return bytes / 1e6 / (medianNanos / 1e9) / threads;
    }

    /** CPU time per document, in microseconds. */
    public double cpuMicrosPerDocument() {
      return medianCpuNanos / 1e3 / documents;
    }

    /** Megabytes signed per CPU second: what a thread does with a core of its own. */
    public double megabytesPerCpuSecond() {
      return bytes / 1e6 / (medianCpuNanos / 1e9);
    }
  }

  /** Where the signatures' hashes go, so that the JIT cannot drop the signing. */
  private static volatile long consumed;

  private SigningSpeed() {}

  /** Texts of the warm-up pass, at most: enough for the JIT to compile the path. */
  static final int WARM_UP = 2_000;

  /** Measures {@code texts} signed by {@code threads} threads, median of {@code runs} passes. */
  public static Speed measure(List<String> texts, NearDuplicateConfig config, int threads, int runs)
      throws Exception {
    Signer signer = new Signer(config);
    return measure(texts, text -> signer.sign(text).hashCode(), threads, runs);
  }

  /** Measures {@link Shingles#hashes} alone over {@code texts}, as {@link #measure} does. */
  public static Speed shingling(List<String> texts, NearDuplicateConfig config, int threads, int runs)
      throws Exception {
    return measure(texts, text -> Shingles.hashes(text, config.shingleWords()).length, threads, runs);
  }

  /** Runs {@code work} (whose result is kept from the JIT) over {@code texts}, median of {@code runs} passes. */
  static Speed measure(List<String> texts, ToLongFunction<String> work, int threads, int runs) throws Exception {
    long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      pass(texts.subList(0, Math.min(WARM_UP, texts.size())), work, pool, threads);
      long[] nanos = new long[runs];
      long[] cpu = new long[runs];
      for (int r = 0; r < runs; r++) {
        long[] pass = pass(texts, work, pool, threads);
        nanos[r] = pass[0];
        cpu[r] = pass[1];
      }
      Arrays.sort(nanos);
      Arrays.sort(cpu);
      return new Speed(texts.size(), bytes, threads, nanos[runs / 2], cpu[runs / 2]);
    } finally {
      pool.shutdownNow();
    }
  }

  /** One pass: its wall time and the CPU time of its threads, in nanoseconds. */
  private static long[] pass(List<String> texts, ToLongFunction<String> work, ExecutorService pool, int threads)
      throws Exception {
    AtomicInteger next = new AtomicInteger();
    long[] sinks = new long[threads];
    long[] cpu = new long[threads];
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    Future<?>[] workers = new Future<?>[threads];
    for (int t = 0; t < threads; t++) {
      int worker = t;
      workers[t] = pool.submit(() -> {
        long cpuStart = bean.getCurrentThreadCpuTime();
        long sink = 0;
        for (int i = next.getAndIncrement(); i < texts.size(); i = next.getAndIncrement()) {
          sink += work.applyAsLong(texts.get(i)); // kept, so the work cannot be optimised away
        }
        sinks[worker] = sink;
        cpu[worker] = bean.getCurrentThreadCpuTime() - cpuStart;
      });
    }
    for (Future<?> worker : workers) {
      worker.get();
    }
    long elapsed = System.nanoTime() - start;
    consumed = Arrays.stream(sinks).sum();
    return new long[] {elapsed, Arrays.stream(cpu).sum()};
  }
}
