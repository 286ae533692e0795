package dev.corpuskit.pipeline;

import dev.corpuskit.audit.DocumentAudit;
import dev.corpuskit.concurrent.Workers;
import dev.corpuskit.format.ManifestEntry;
import dev.corpuskit.format.Sha256;
import dev.corpuskit.io.AtomicFiles;
import dev.corpuskit.source.CorpusScanner;
import dev.corpuskit.source.SourceFile;
import dev.corpuskit.validate.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
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

  private static final List<String> VALIDATION_REPORTS = List.of(CorpusPackaging.VALIDATION_REPORT);
  private static final List<String> CLEANING_REPORTS =
      List.of(CorpusPackaging.VALIDATION_REPORT, CorpusPackaging.CLEANING_REPORT, CorpusPackaging.MANIFEST);

  private CorpusBuild() {}

  /**
   * What a build goal's run did.
   *
   * @param summary its totals
   * @param kept whether nothing had changed since the last run, whose reports and files were kept
   * @param leftOut how many files of the corpus folder the includes and excludes left out
   */
  public record Result(RunSummary summary, boolean kept, int leftOut) {}

  /**
   * Validates the corpus of {@code config} into {@code validation.json} in {@code reportsDirectory},
   * sending every finding to {@code findings} as well.
   *
   * @throws TooFewDocumentsException when the selection takes fewer files than the configuration requires
   * @throws IOException when a file cannot be read or written
   */
  public static Result validate(CorpusConfig config, RunOptions options, Path reportsDirectory, RunSink findings)
      throws IOException {
    return new Goal(config, options, reportsDirectory, null, findings, null).run();
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
    return new Goal(config, options, reportsDirectory, outputDirectory, findings, ownership).run();
  }

  /**
   * Deletes the cache file {@code cacheFile}, the stamps of both goals beside it and every leftover of a
   * killed run in its folder, so that the next build reuses nothing: for a build told not to use the
   * cache (which would otherwise leave a damaged cache for the next one to reuse), and for a packaging
   * that found the cleaned files and the manifest at odds (the stamp of the clean that wrote them
   * would otherwise keep them as they are).
   *
   * @throws IOException when a file cannot be deleted
   */
  public static void forgetCache(Path cacheFile) throws IOException {
    Files.deleteIfExists(stampFile(cacheFile, true));
    Files.deleteIfExists(stampFile(cacheFile, false));
    Files.deleteIfExists(cacheFile);
    Path folder = cacheFile.toAbsolutePath().getParent();
    if (folder != null) {
      AtomicFiles.sweepDeadWriters(folder);
    }
  }

  /** The stamp file of a goal, beside the cache file. */
  static Path stampFile(Path cacheFile, boolean cleaning) {
    return cacheFile.resolveSibling(cacheFile.getFileName() + (cleaning ? ".clean" : ".validate") + ".stamp");
  }

  /** The selected files, without their attributes. */
  static List<SourceFile> files(CorpusScanner.Selection selection) {
    List<SourceFile> files = new ArrayList<>(selection.files().size());
    for (CorpusScanner.Listed entry : selection.files()) {
      files.add(entry.file());
    }
    return files;
  }

  private record Goal(CorpusConfig config, RunOptions options, Path reports, Path output, RunSink findings,
      OutputOwnership ownership) {

    Result run() throws IOException {
      long startedAt = System.currentTimeMillis(); // before any file is looked at
      // A killed run's temporary files (reports, cache, stamp) are deleted whether or not this one runs.
      AtomicFiles.sweepDeadWriters(reports);
      if (options.cacheFile() != null && options.cacheFile().toAbsolutePath().getParent() != null) {
        AtomicFiles.sweepDeadWriters(options.cacheFile().toAbsolutePath().getParent());
      }
      if (options.cacheFile() == null) {
        CorpusScanner.Selection selection = config.select();
        return new Result(fullRun(files(selection), null, tree -> { }), false, selection.leftOut());
      }
      Path stamp = stampFile(options.cacheFile(), output != null);
      String key = key();
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
        Future<byte[]> outputs = output == null ? null : pool.submit(tree);
        CorpusScanner.Selection selection = config.select();
        List<CorpusScanner.Listed> listed = selection.files();
        Fingerprints.Sources sources = Fingerprints.sources(listed);
        Optional<LastRun> last = LastRun.read(stamp, key, sources);
        byte[] cleanedFiles = outputs == null ? null : Workers.await(outputs); // done before anything is written
        if (last.isPresent() && last.get().outputsUnchanged(reports, cleanedFiles)) {
          for (Finding finding : last.get().findings()) {
            findings.finding(finding);
          }
          return new Result(last.get().summary(), true, selection.leftOut());
        }
        List<SourceFile> files = files(selection);
        Files.deleteIfExists(stamp); // before anything is written: an unfinished run must leave no stamp
        try (LastRun.Writer next = new LastRun.Writer(stamp, key, startedAt, sources)) {
          byte[][] outputTree = new byte[1][];
          RunSummary summary = fullRun(files, next, left -> outputTree[0] = left);
          List<Fingerprints.Report> written = new ArrayList<>();
          for (String name : output == null ? VALIDATION_REPORTS : CLEANING_REPORTS) {
            written.add(Fingerprints.report(reports, name));
          }
          next.finish(summary, written, outputTree[0]);
          return new Result(summary, false, selection.leftOut());
        }
      } finally {
        Workers.stop(pool);
      }
    }

    /**
     * Runs the corpus through {@link CorpusRun}, streaming to the reports, the sink and the stamp;
     * {@code outputTree} takes the cleaned files' {@link Fingerprints#tree} as a cleaning run leaves them.
     */
    private RunSummary fullRun(List<SourceFile> files, LastRun.Writer stamp, Consumer<byte[]> outputTree)
        throws IOException {
      List<String> steps = output == null ? List.of() : config.cleaning().enabledSteps();
      try (ReportFiles reportFiles = output == null ? ReportFiles.forValidation(reports, config.validation().rules())
          : ReportFiles.forCleaning(reports, config.validation().rules(), steps, config.auditDetail())) {
        RunSink sink = new RunSink() {
          @Override
          public void finding(Finding finding) throws IOException {
            reportFiles.finding(finding);
            findings.finding(finding);
            if (stamp != null) {
              stamp.finding(finding);
            }
          }

          @Override
          public void cleaned(ManifestEntry entry, DocumentAudit audit) throws IOException {
            reportFiles.cleaned(entry, audit);
          }

          @Override
          public void outputTidied(int removed, long unrecorded, List<String> examples) throws IOException {
            findings.outputTidied(removed, unrecorded, examples);
          }
        };
        RunSummary summary = output == null ? CorpusRun.validate(config, options, sink, files)
            : CorpusRun.clean(config, options, output, sink, files, outputTree, ownership);
        reportFiles.finish(summary);
        return summary;
      }
    }

    /**
     * What the run's results depend on besides the sources: the validation cache key (tool version,
     * corpus root, encoding, every rule's level and parameters), the file selection, where the reports
     * go, and for cleaning the steps switched off, the language, the audit detail, the output and the
     * user's boilerplate rules.
     */
    private String key() {
      String validation = CacheKeys.of(config, options.toolVersion(), List.of()).validation();
      String text = "corpuskit-last-run 1\n" + validation + "\n" + config.includes() + "\n" + config.excludes()
          + "\n" + reports.toAbsolutePath().normalize() + "\n";
      if (output != null) {
        text += "clean\n" + new TreeSet<>(config.cleaning().disabledSteps()) + "\n" + config.cleaning().language()
            + "\n" + config.auditDetail().id() + "\n" + output.toAbsolutePath().normalize() + "\n"
            + CacheKeys.lexicon(config);
      }
      return Sha256.hex(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
