package dev.corpuskit.perf;

import dev.corpuskit.pipeline.CorpusBuild;
import dev.corpuskit.pipeline.CorpusConfig;
import dev.corpuskit.pipeline.NearDuplicateSummary;
import dev.corpuskit.pipeline.RunOptions;
import dev.corpuskit.pipeline.RunSink;
import dev.corpuskit.validate.RuleConfig;
import dev.corpuskit.validate.RuleSetting;
import dev.corpuskit.validate.Severity;
import dev.corpuskit.validate.ValidationConfig;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures what the {@code near-duplicate} rule adds to a cold clean, as the clean goal runs it (no
 * cache): each round cleans the corpus into fresh folders twice, with the rule off and on (the
 * default), in alternating order so that neither always runs on a warmer machine; the last line gives
 * the medians and their ratio. Outputs are deleted only at the end: on a file system that is slow to
 * reuse inodes freed a moment ago (ext4 without a journal), deleting 50,000 files between runs would
 * slow the next one (see BENCHMARKS.md, "Kernel time").
 *
 * <p>Beside the wall time, each run's CPU time is given (the process's, and the main thread's, which
 * runs the ordered stage and the banding at the end) and its garbage collectors' time: on a machine
 * shared with other work the wall time of a run swings with the load, its CPU time much less.
 *
 * <pre>java -cp benchmarks.jar dev.corpuskit.perf.NearDuplicateShare CORPUS_DIR WORK_DIR [ROUNDS=3] [THREADS]</pre>
 */
public final class NearDuplicateShare {

  private NearDuplicateShare() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: NearDuplicateShare CORPUS_DIR WORK_DIR [ROUNDS=3] [THREADS]");
      System.exit(2);
    }
    Path corpus = Path.of(args[0]);
    Path work = Path.of(args[1]);
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    RunOptions options = args.length > 3 ? RunOptions.defaults().withThreads(Integer.parseInt(args[3]))
        : RunOptions.defaults();
    CorpusConfig defaults = CorpusConfig.defaults(corpus);
    CorpusConfig on = new CorpusConfig(corpus, List.of(), List.of(".complete"), defaults.validation(),
        defaults.cleaning());
    ValidationConfig withoutRule = new ValidationConfig(defaults.validation().charset(),
        RuleConfig.of(List.of(RuleSetting.severity("near-duplicate", Severity.OFF))));
    CorpusConfig off = new CorpusConfig(corpus, List.of(), List.of(".complete"), withoutRule, defaults.cleaning());
    List<Long> offTimes = new ArrayList<>();
    List<Long> onTimes = new ArrayList<>();
    List<Long> offCpu = new ArrayList<>();
    List<Long> onCpu = new ArrayList<>();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int round = 1; round <= rounds; round++) {
      boolean onFirst = round % 2 == 0;
      for (int i = 0; i < 2; i++) {
        boolean ruleOn = (i == 0) == onFirst;
        Path dir = work.resolve("near-share-" + round + (ruleOn ? "-on" : "-off"));
        if (Files.exists(dir)) {
          throw new IllegalStateException(dir + " exists: give an empty WORK_DIR");
        }
        long gcBefore = gcMillis();
        long cpuBefore = os.getProcessCpuTime();
        long mainBefore = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        CorpusBuild.Result result = CorpusBuild.clean(ruleOn ? on : off, options, dir.resolve("out"),
            dir.resolve("reports"), new RunSink() {});
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpu = (os.getProcessCpuTime() - cpuBefore) / 1_000_000;
        long main = (threads.getCurrentThreadCpuTime() - mainBefore) / 1_000_000;
        (ruleOn ? onTimes : offTimes).add(millis);
        (ruleOn ? onCpu : offCpu).add(cpu);
        NearDuplicateSummary near = result.summary().nearDuplicates();
        System.out.printf(Locale.ROOT, "round %d, rule %s: %d documents cleaned in %d ms (CPU %d ms, main thread %d"
            + " ms, GC %d ms); indexed %d, too short %d, clusters %d, copies %d%n", round, ruleOn ? "on " : "off",
            result.summary().cleaned(), millis, cpu, main, gcMillis() - gcBefore, near.indexed(), near.tooShort(),
            near.clusters(), near.copies());
      }
    }
    long offMedian = ColdRuns.median(offTimes);
    long onMedian = ColdRuns.median(onTimes);
    System.out.printf(Locale.ROOT, "median of %d: rule off %d ms %s, rule on %d ms %s: +%.1f%%%n", rounds, offMedian,
        offTimes, onMedian, onTimes, 100.0 * (onMedian - offMedian) / offMedian);
    long offCpuMedian = ColdRuns.median(offCpu);
    long onCpuMedian = ColdRuns.median(onCpu);
    System.out.printf(Locale.ROOT, "median of %d, CPU: rule off %d ms %s, rule on %d ms %s: +%.1f%%%n", rounds,
        offCpuMedian, offCpu, onCpuMedian, onCpu, 100.0 * (onCpuMedian - offCpuMedian) / offCpuMedian);
    for (int round = 1; round <= rounds; round++) {
      ColdRuns.delete(work.resolve("near-share-" + round + "-on"));
      ColdRuns.delete(work.resolve("near-share-" + round + "-off"));
    }
  }

  /** The time the garbage collectors took so far. */
  private static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }
}
