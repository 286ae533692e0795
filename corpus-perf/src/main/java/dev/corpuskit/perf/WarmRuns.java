package dev.corpuskit.perf;

import com.sun.management.OperatingSystemMXBean;
import dev.corpuskit.pipeline.CorpusBuild;
import dev.corpuskit.pipeline.CorpusConfig;
import dev.corpuskit.pipeline.RunOptions;
import dev.corpuskit.pipeline.RunSink;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How much of a cold build is the JIT warming up: validates and cleans a corpus several times in one
 * JVM, as {@code corpus:clean} does ({@link CorpusBuild#clean}, reports included) but without a cache,
 * each run into a new folder below {@code OUT_DIR} ({@code run-N/corpus}, {@code run-N/reports}), and
 * prints each run's wall and process CPU time. The first run is what a Maven build pays; the later ones
 * run compiled code.
 *
 * <p>{@code java -cp corpus-perf/target/benchmarks.jar dev.corpuskit.perf.WarmRuns CORPUS OUT_DIR [RUNS=3] [THREADS]}
 */
public final class WarmRuns {

  private WarmRuns() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: WarmRuns CORPUS OUT_DIR [RUNS=3] [THREADS]");
      System.exit(2);
    }
    Path corpus = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    RunOptions options = args.length > 3 ? RunOptions.defaults().withThreads(Integer.parseInt(args[3]))
        : RunOptions.defaults();
    if (Files.exists(out)) {
      throw new IOException(out + " exists; give a folder that does not, so that every run writes new files");
    }
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int run = 1; run <= runs; run++) {
      long cpu = os.getProcessCpuTime();
      long start = System.nanoTime();
      Path runDir = out.resolve("run-" + run);
      CorpusBuild.clean(CorpusConfig.defaults(corpus), options, runDir.resolve("corpus"), runDir.resolve("reports"),
          new RunSink() {});
      System.out.printf(Locale.ROOT, "run %d: %.2f s wall, %.2f s CPU%n", run, (System.nanoTime() - start) / 1e9,
          (os.getProcessCpuTime() - cpu) / 1e9);
    }
  }
}
