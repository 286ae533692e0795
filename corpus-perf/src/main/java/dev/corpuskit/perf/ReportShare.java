package dev.corpuskit.perf;

import dev.corpuskit.pipeline.CorpusBuild;
import dev.corpuskit.pipeline.CorpusConfig;
import dev.corpuskit.pipeline.RunOptions;
import dev.corpuskit.pipeline.RunSink;
import dev.corpuskit.report.CorpusReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures the report page's share of a cold clean, as the clean goal runs it (no cache): each run
 * cleans the corpus into fresh folders and reports the clean's time, the time spent on
 * {@code index.html} and {@code summary.json} (collecting and writing, {@link CorpusBuild.Result#reportMillis})
 * and their sizes; the last line gives the medians.
 *
 * <pre>java -cp benchmarks.jar dev.corpuskit.perf.ReportShare CORPUS_DIR WORK_DIR [RUNS=3] [THREADS]</pre>
 */
public final class ReportShare {

  private ReportShare() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: ReportShare CORPUS_DIR WORK_DIR [RUNS=3] [THREADS]");
      System.exit(2);
    }
    Path corpus = Path.of(args[0]);
    Path work = Path.of(args[1]);
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    RunOptions options = args.length > 3 ? RunOptions.defaults().withThreads(Integer.parseInt(args[3]))
        : RunOptions.defaults();
    CorpusConfig config = new CorpusConfig(corpus, List.of(), List.of(".complete"),
        CorpusConfig.defaults(corpus).validation(), CorpusConfig.defaults(corpus).cleaning());
    List<Long> cleans = new ArrayList<>();
    List<Long> reports = new ArrayList<>();
    long pageBytes = 0;
    long summaryBytes = 0;
    for (int run = 1; run <= runs; run++) {
      Path dir = work.resolve("report-share-" + run);
      ColdRuns.delete(dir);
      long start = System.nanoTime();
      CorpusBuild.Result result = CorpusBuild.clean(config, options, dir.resolve("out"), dir.resolve("reports"),
          new RunSink() {});
      long millis = (System.nanoTime() - start) / 1_000_000;
      pageBytes = Files.size(dir.resolve("reports").resolve(CorpusReport.PAGE));
      summaryBytes = Files.size(dir.resolve("reports").resolve(CorpusReport.SUMMARY));
      cleans.add(millis);
      reports.add(result.reportMillis());
      System.out.printf(Locale.ROOT, "run %d: %d documents, clean %d ms, report %d ms (%.1f%%), index.html %d bytes,"
          + " summary.json %d bytes%n", run, result.summary().cleaned(), millis, result.reportMillis(),
          100.0 * result.reportMillis() / millis, pageBytes, summaryBytes);
      ColdRuns.delete(dir);
    }
    long clean = ColdRuns.median(cleans);
    long report = ColdRuns.median(reports);
    System.out.printf(Locale.ROOT, "median of %d: clean %d ms, report %d ms (%.1f%% of the clean),"
        + " index.html %.2f MB, summary.json %d bytes%n", runs, clean, report, 100.0 * report / clean,
        pageBytes / 1e6, summaryBytes);
  }
}
