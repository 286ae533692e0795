package dev.corpuskit.pipeline;

import dev.corpuskit.audit.DocumentAudit;
import dev.corpuskit.clean.RepeatedLines;
import dev.corpuskit.concurrent.Workers;
import dev.corpuskit.format.ManifestEntry;
import dev.corpuskit.near.NearDuplicateConfig;
import dev.corpuskit.near.NearDuplicateIndex;
import dev.corpuskit.format.Sha256;
import dev.corpuskit.io.AtomicFiles;
import dev.corpuskit.pipeline.state.Fingerprints;
import dev.corpuskit.pipeline.state.LastRun;
import dev.corpuskit.report.CorpusReport;
import dev.corpuskit.report.ReportDocuments;
import dev.corpuskit.source.CorpusScanner;
import dev.corpuskit.source.SourceFile;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.Signal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * A validate or clean run with its reports, as a build goal runs it: when the configuration, the tool
 * version and every source file's size, time and file key are those of the last completed run, and
 * its reports and cleaned files are as it left them, nothing is read or written again: the run's
 * findings are passed on from its stamp and everything is kept. Otherwise the corpus is run through
 * {@link CorpusRun} (unchanged files still come from the cache) and the stamp is written last. Without
 * a cache file in the options, every run is a full one.
 */
public final class CorpusBuild {

  private CorpusBuild() {}

  /**
   * What a build goal's run did.
   *
   * @param summary its totals
   * @param kept whether nothing had changed since the last run, whose reports and files were kept
   * @param leftOut how many files of the corpus folder the includes and excludes left out
   * @param reportMillis the time a cleaning run spent on {@code index.html} and {@code summary.json}
   *     (collecting and writing), 0 when it kept them
   * @param skippedRecords how many records of the corpus's WARC archives and JSONL files are no
   *     document ({@link CorpusScanner.Selection#skippedRecords})
   */
  public record Result(RunSummary summary, boolean kept, int leftOut, long reportMillis, int skippedRecords) {

    /** A run of a corpus without archive records skipped. */
    public Result(RunSummary summary, boolean kept, int leftOut, long reportMillis) {
      this(summary, kept, leftOut, reportMillis, 0);
    }

    /** A run that spent no time on the page. */
    public Result(RunSummary summary, boolean kept, int leftOut) {
      this(summary, kept, leftOut, 0);
    }
  }

  /**
   * Validates the corpus of {@code config} into {@code validation.json} in {@code reportsDirectory},
   * sending every finding to {@code findings} as well.
   *
   * @throws TooFewDocumentsException when the selection takes fewer files than the configuration requires
   * @throws IOException when a file cannot be read or written
   */
  public static Result validate(CorpusConfig config, RunOptions options, Path reportsDirectory, RunSink findings)
      throws IOException {
    return new Goal(config, options, RunKind.VALIDATE, reportsDirectory, null, findings, null,
        ReportDocuments.none()).run();
  }

  /**
   * Cleans the corpus of {@code config} into {@code outputDirectory}, with {@code validation.json},
   * {@code cleaning.json} and {@code manifest.tsv} in {@code reportsDirectory}, sending every finding
   * to {@code findings} as well.
   *
   * @throws OverlappingDirectoriesException when the output would be written into the sources
   * @throws OutputNotOwnedException when the output holds files that no cleaning run wrote
   * @throws DuplicateDocumentIdException when two sources clean to the same file
   * @throws TooFewDocumentsException when the selection takes fewer files than the configuration requires
   * @throws IOException when a file cannot be read or written
   */
  public static Result clean(CorpusConfig config, RunOptions options, Path outputDirectory, Path reportsDirectory,
      RunSink findings) throws IOException {
    return clean(config, options, outputDirectory, reportsDirectory, findings, OutputOwnership.strict());
  }

  /**
   * Cleans as {@link #clean(CorpusConfig, RunOptions, Path, Path, RunSink)} does, taking over output
   * folders as {@code ownership} says.
   */
  public static Result clean(CorpusConfig config, RunOptions options, Path outputDirectory, Path reportsDirectory,
      RunSink findings, OutputOwnership ownership) throws IOException {
    return clean(config, options, outputDirectory, reportsDirectory, findings, ownership, ReportDocuments.none());
  }

  /**
   * Cleans as {@link #clean(CorpusConfig, RunOptions, Path, Path, RunSink, OutputOwnership)} does, the
   * report page ({@code index.html}) showing {@code reportDocuments} in full besides its samples.
   */
  public static Result clean(CorpusConfig config, RunOptions options, Path outputDirectory, Path reportsDirectory,
      RunSink findings, OutputOwnership ownership, ReportDocuments reportDocuments) throws IOException {
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    return new Goal(config, options, RunKind.CLEAN, reportsDirectory, outputDirectory, findings, ownership,
        reportDocuments).run();
  }

  /** The selected files, without their attributes. */
  static List<SourceFile> files(CorpusScanner.Selection selection) {
    List<SourceFile> files = new ArrayList<>(selection.files().size());
    for (CorpusScanner.Listed entry : selection.files()) {
      files.add(entry.file());
    }
    return files;
  }

  /**
   * One build goal's run.
   *
   * @param output the output folder of a cleaning run, null for a validating one
   * @param ownership which output folders a cleaning run may take over, null for a validating one
   * @param reportDocuments the documents a cleaning run's page shows in full
   */
  private record Goal(CorpusConfig config, RunOptions options, RunKind kind, Path reports, Path output,
      RunSink findings, OutputOwnership ownership, ReportDocuments reportDocuments) {

    Result run() throws IOException {
      long startedAt = System.currentTimeMillis(); // before any file is looked at
      // A killed run's temporary files (reports, cache, stamp) are deleted whether or not this one runs.
      AtomicFiles.sweepDeadWriters(reports);
      if (options.cacheFile() != null && options.cacheFile().toAbsolutePath().getParent() != null) {
        AtomicFiles.sweepDeadWriters(options.cacheFile().toAbsolutePath().getParent());
      }
      if (options.cacheFile() == null) {
        CorpusScanner.Selection selection = config.select();
        long[] reportMillis = new long[1];
        RunSummary summary = fullRun(files(selection), null, tree -> { }, reportMillis);
        return new Result(summary, false, selection.leftOut(), reportMillis[0], selection.skippedRecords());
      }
      Path stamp = BuildCache.runStamp(options.cacheFile(), kind);
      String key = CacheKeys.of(config, options.toolVersion()).lastRun(config, kind, reports, output);
      if (!reportDocuments.key().isEmpty()) { // the documents the page shows in full
        key = Sha256.hex((key + reportDocuments.key()).getBytes(StandardCharsets.UTF_8));
      }
      // The cleaned files are stat'ed on a second thread while the sources are listed.
      ExecutorService pool = Workers.pool("corpus-check", 1);
      try {
        Callable<byte[]> tree = () -> {
          try {
            return Fingerprints.tree(output);
          } catch (IOException e) {
            return null; // cannot tell: clean again, which reports the problem if it persists
          }
        };
        Future<byte[]> outputs = kind.cleans() ? pool.submit(tree) : null;
        CorpusScanner.Selection selection = config.select();
        List<CorpusScanner.Listed> listed = selection.files();
        Fingerprints.Sources sources = Fingerprints.sources(listed);
        Optional<LastRun> last = LastRun.read(stamp, key, sources);
        byte[] cleanedFiles = outputs == null ? null : Workers.await(outputs); // done before anything is written
        // The page is not fingerprinted, as packaging fills its package section; it only has to be there.
        if (last.isPresent() && last.get().outputsUnchanged(reports, cleanedFiles)
            && (!kind.cleans() || Files.isRegularFile(reports.resolve(CorpusReport.PAGE)))) {
          for (Finding finding : last.get().findings()) {
            findings.finding(finding);
          }
          // As a run that took every document from the cache and cleaned none.
          LastRun.Totals totals = last.get().totals();
          RunSummary summary = new RunSummary(totals.validation(), totals.cleaned(),
              totals.validation().documents(), 0, totals.steps(), totals.changesByStep(), null, totals.drops());
          return new Result(summary, true, selection.leftOut(), 0, selection.skippedRecords());
        }
        List<SourceFile> files = files(selection);
        Files.deleteIfExists(stamp); // before anything is written: an unfinished run must leave no stamp
        try (LastRun.Writer next = new LastRun.Writer(stamp, key, startedAt, sources)) {
          byte[][] outputTree = new byte[1][];
          long[] reportMillis = new long[1];
          RunSummary summary = fullRun(files, next, left -> outputTree[0] = left, reportMillis);
          List<Fingerprints.Report> written = new ArrayList<>();
          for (String name : kind.reports()) {
            written.add(Fingerprints.report(reports, name));
          }
          next.finish(new LastRun.Totals(summary.validation(), summary.cleaned(), summary.steps(),
              summary.changesByStep(), summary.drops()), written, outputTree[0]);
          return new Result(summary, false, selection.leftOut(), reportMillis[0], selection.skippedRecords());
        }
      } finally {
        Workers.stop(pool);
      }
    }

    /**
     * Runs the corpus through {@link CorpusRun}, streaming to the reports, the sink and the stamp;
     * {@code outputTree} takes the cleaned files' {@link Fingerprints#tree} as a cleaning run leaves them,
     * {@code reportMillis} the time spent on the page.
     */
    private RunSummary fullRun(List<SourceFile> files, LastRun.Writer stamp, Consumer<byte[]> outputTree,
        long[] reportMillis) throws IOException {
      try (ReportFiles reportFiles = kind.cleans()
          ? ReportFiles.forCleaning(reports, config, reportDocuments, files.stream().anyMatch(SourceFile::crawled))
          : ReportFiles.forValidation(reports, config.validation())) {
        RunSink sink = new RunSink() {
          @Override
          public void source(String relativePath, long size, byte[] sha256) throws IOException {
            reportFiles.source(relativePath, size, sha256);
          }

          @Override
          public void signals(String relativePath, List<Signal> signals) throws IOException {
            reportFiles.signals(relativePath, signals);
          }

          @Override
          public void dropped(DocumentAudit audit, List<Finding> dropping) throws IOException {
            reportFiles.dropped(audit, dropping);
          }

          @Override
          public void finding(Finding finding) throws IOException {
            reportFiles.finding(finding);
            findings.finding(finding);
            if (stamp != null) {
              stamp.finding(finding);
            }
          }

          @Override
          public void repeatedLines(RepeatedLines repeated) throws IOException {
            reportFiles.repeatedLines(repeated);
          }

          @Override
          public void cleaned(ManifestEntry entry, DocumentAudit audit) throws IOException {
            reportFiles.cleaned(entry, audit);
          }

          @Override
          public void leftOut(DocumentAudit audit, String representative, double jaccard) throws IOException {
            reportFiles.leftOut(audit, representative, jaccard);
          }

          @Override
          public void nearDuplicates(NearDuplicateConfig config, NearDuplicateIndex.Result result,
              NearDuplicateIndex.TextLookup texts) throws IOException {
            reportFiles.nearDuplicates(config, result, texts);
          }

          @Override
          public void outputTidied(int removed, long unrecorded, List<String> examples) throws IOException {
            findings.outputTidied(removed, unrecorded, examples);
          }
        };
        RunSummary summary = kind.cleans()
            ? CorpusRun.clean(config, options, output, sink, files, outputTree, ownership)
            : CorpusRun.validate(config, options, sink, files);
        reportFiles.finish(summary);
        reportMillis[0] = reportFiles.pageMillis();
        return summary;
      }
    }
  }
}
