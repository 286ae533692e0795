package dev.corpuskit.perf;

import com.sun.management.GarbageCollectionNotificationInfo;
import dev.corpuskit.near.NearDuplicateConfig;
import dev.corpuskit.near.NearDuplicateIndex;
import dev.corpuskit.near.Signature;
import dev.corpuskit.near.Signer;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Measures the near-duplicate index at scale, in a heap as small as the run is given: {@code N}
 * generated documents are signed (in parallel, not timed), added in a scrambled id order (timed),
 * then banded, confirmed and clustered (timed: wall and the main thread's CPU time, the steadier figure on
 * a shared machine). Prints the candidates, confirmed pairs and clusters, both times, the heap (the
 * most used, sampled every 10 ms, garbage included; the most left after any collection, which counts
 * old garbage a young collection does not reclaim; and what is held after a full collection, after
 * the adds and with the result, outside the timed parts) and the peak size of the index's scratch
 * files.
 *
 * <p>The corpus is deterministic for a seed: documents of 150 to 450 words drawn from a seeded
 * vocabulary of 20,000 words; in every 20, the 2nd is a copy of the 1st with 1% of its words
 * substituted and the 3rd a copy with 1% substituted and the last 5% dropped, so confirmation has
 * work (clusters of three); and every 200th document is the same text (one huge cluster, above the
 * size where a bucket gives all its pairs). A text is made again from its id whenever the index asks
 * for it: nothing but the index holds memory.
 *
 * <pre>
 * ./mvnw -B -o -q -pl corpus-perf -am package -DskipTests
 * java -Xmx256m -cp corpus-perf/target/benchmarks.jar dev.corpuskit.perf.NearDuplicateScale 1000000 /tmp/near [SEED=20]
 * </pre>
 */
public final class NearDuplicateScale {

  private static final int VOCABULARY = 20_000;
  private static final int BATCH = 4_096;

  private final String[] vocabulary;
  private final long seed;

  private NearDuplicateScale(long seed) {
    this.seed = seed;
    Random random = new Random(seed);
    vocabulary = new String[VOCABULARY];
    for (int i = 0; i < VOCABULARY; i++) {
      vocabulary[i] = "w" + Integer.toString(random.nextInt(1 << 30), 36);
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: NearDuplicateScale DOCUMENTS SCRATCH_DIR [SEED=20]");
      System.exit(2);
    }
    int documents = Integer.parseInt(args[0]);
    Path scratch = Path.of(args[1]).resolve("near-duplicate-scale");
    Files.createDirectories(scratch);
    NearDuplicateScale corpus = new NearDuplicateScale(args.length > 2 ? Long.parseLong(args[2]) : 20);
    NearDuplicateConfig config = NearDuplicateConfig.DEFAULTS;
    Signer signer = new Signer(config);

    Peaks peaks = new Peaks(scratch);
    peaks.start();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long signNanos = 0;
    long addNanos = 0;
    long addCpu = 0;
    long resultNanos;
    long resultCpu;
    NearDuplicateIndex.Result result;
    try (NearDuplicateIndex index = new NearDuplicateIndex(config, scratch)) {
      // A stride coprime with the count visits every document once, far from id order.
      long stride = 1_000_003L % documents == 0 ? 1_000_033L : 1_000_003L;
      Signature[] batch = new Signature[BATCH];
      int[] order = new int[BATCH];
      for (int from = 0; from < documents; from += BATCH) {
        int size = Math.min(BATCH, documents - from);
        for (int k = 0; k < size; k++) {
          order[k] = (int) ((from + k) * stride % documents);
        }
        long start = System.nanoTime();
        IntStream.range(0, size).parallel().forEach(k -> batch[k] = signer.sign(corpus.text(order[k])));
        long signed = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        for (int k = 0; k < size; k++) {
          index.add(id(order[k]), batch[k]);
        }
        addCpu += threads.getCurrentThreadCpuTime() - cpu;
        signNanos += signed - start;
        addNanos += System.nanoTime() - signed;
      }
      long afterAdd = peaks.scratchBytes();
      long heldAfterAdds = heldHeap();
      long start = System.nanoTime();
      long cpu = threads.getCurrentThreadCpuTime();
      result = index.result(id -> corpus.text(Integer.parseInt(id.substring(4))));
      resultCpu = threads.getCurrentThreadCpuTime() - cpu;
      resultNanos = System.nanoTime() - start;
      long heldWithResult = heldHeap();
      System.out.printf(Locale.ROOT, "scratch after the adds: %.1f MB; heap held (after a full GC) after the adds"
          + " %.1f MB, with the result %.1f MB%n", afterAdd / 1e6, heldAfterAdds / 1e6, heldWithResult / 1e6);
    }
    peaks.stopSampling();
    int largest = result.clusters().stream().mapToInt(c -> c.members().size()).max().orElse(0);
    long clustered = result.clusters().stream().mapToLong(c -> c.members().size()).sum();
    System.out.printf(Locale.ROOT, "documents %d (indexed %d, too short %d), candidates %d, pairs %d,"
            + " clusters %d (%d documents, largest %d)%n", documents, result.indexed(), result.tooShort(),
        result.candidates(), result.pairs().size(), result.clusters().size(), clustered, largest);
    System.out.printf(Locale.ROOT, "sign %.1f s (parallel, not counted); add %.2f s wall, %.2f s CPU (%.2f us/doc);"
            + " band+confirm+cluster %.2f s wall, %.2f s CPU%n", signNanos / 1e9, addNanos / 1e9, addCpu / 1e9,
        addCpu / 1e3 / documents, resultNanos / 1e9, resultCpu / 1e9);
    System.out.printf(Locale.ROOT, "heap: max %d MB, peak used (sampled, garbage included) %.1f MB,"
            + " peak after a young or full GC %.1f MB; scratch peak %.1f MB%n", Runtime.getRuntime().maxMemory() >> 20,
        peaks.heapUsed.get() / 1e6, peaks.heapAfterGc.get() / 1e6, peaks.scratch.get() / 1e6);
    try (Stream<Path> left = Files.list(scratch)) {
      System.out.println("scratch files left after close: " + left.count());
    }
    Files.deleteIfExists(scratch);
  }

  /** The heap still used after a full collection: what the program holds at this point. */
  private static long heldHeap() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static String id(int document) {
    return String.format(Locale.ROOT, "doc-%07d", document);
  }

  /** The text of document {@code d}, made again from the seed and {@code d} each time. */
  String text(int d) {
    if (d % 200 == 199) {
      return words(199, 0, 0);
    }
    int copy = d % 20;
    if (copy == 1) {
      return words(d - 1, d, 0);
    } else if (copy == 2) {
      return words(d - 2, d, 5);
    }
    return words(d, 0, 0);
  }

  /**
   * The words of original document {@code base}; when {@code edit} is set, 1% of them substituted
   * (seeded by {@code edit}) and the last {@code dropPercent}% dropped.
   */
  private String words(int base, int edit, int dropPercent) {
    Random random = new Random(seed * 1_000_003L + base);
    int length = 150 + random.nextInt(300);
    List<String> words = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      words.add(vocabulary[random.nextInt(VOCABULARY)]);
    }
    if (edit != 0) {
      Random edits = new Random(~(seed * 1_000_003L + edit));
      for (int i = 0; i < length; i++) {
        if (edits.nextInt(100) == 0) {
          words.set(i, vocabulary[edits.nextInt(VOCABULARY)]);
        }
      }
      words = words.subList(0, length - length * dropPercent / 100);
    }
    return String.join(" ", words);
  }

  /** Samples the used heap and the scratch folder's size, and listens for the heap left after each GC. */
  private static final class Peaks extends Thread {
    final AtomicLong heapUsed = new AtomicLong();
    final AtomicLong heapAfterGc = new AtomicLong();
    final AtomicLong scratch = new AtomicLong();
    private final Path directory;
    private volatile boolean running = true;

    Peaks(Path directory) {
      this.directory = directory;
      setDaemon(true);
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
          if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long used = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
              MemoryUsage after = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
              if (pool.getType() == MemoryType.HEAP && after != null) {
                used += after.getUsed();
              }
            }
            heapAfterGc.accumulateAndGet(used, Math::max);
          }
        }, null, null);
      }
    }

    long scratchBytes() {
      long total = 0;
      try (Stream<Path> files = Files.list(directory)) {
        for (Path file : files.toList()) {
          try {
            total += Files.size(file);
          } catch (IOException gone) {
            // deleted between the listing and the size: a merged run
          }
        }
      } catch (IOException e) {
        return 0;
      }
      return total;
    }

    @Override
    public void run() {
      for (int tick = 0; running; tick++) {
        heapUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        if (tick % 10 == 0) {
          scratch.accumulateAndGet(scratchBytes(), Math::max);
        }
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    void stopSampling() throws InterruptedException {
      running = false;
      join();
    }
  }
}
