package dev.corpuskit.pipeline;

import dev.corpuskit.clean.Cleaner;
import dev.corpuskit.pack.ManifestEntry;
import dev.corpuskit.source.CorpusScanner;
import dev.corpuskit.source.SourceFile;
import dev.corpuskit.text.Sha256;
import dev.corpuskit.validate.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
   */
  public record Result(RunSummary summary, boolean kept) {}

  /**
   * Validates the corpus of {@code config} into {@code validation.json} in {@code reportsDirectory},
   * sending every finding to {@code findings} as well.
   *
   * @throws IOException when a file cannot be read or written
   */
  public static Result validate(CorpusConfig config, RunOptions options, Path reportsDirectory, RunSink findings)
      throws IOException {
    return new Goal(config, options, reportsDirectory, null, findings).run();
  }

  /**
   * Cleans the corpus of {@code config} into {@code outputDirectory}, with {@code validation.json},
   * {@code cleaning.json} and {@code manifest.tsv} in {@code reportsDirectory}, sending every finding
   * to {@code findings} as well.
   *
   * @throws OverlappingDirectoriesException when the output would be written into the sources
   * @throws DuplicateDocumentIdException when two sources clean to the same file
   * @throws IOException when a file cannot be read or written
   */
  public static Result clean(CorpusConfig config, RunOptions options, Path outputDirectory, Path reportsDirectory,
      RunSink findings) throws IOException {
    return new Goal(config, options, reportsDirectory, outputDirectory, findings).run();
  }

  /** The stamp file of a goal, beside the cache file. */
  static Path stampFile(Path cacheFile, boolean cleaning) {
    return cacheFile.resolveSibling(cacheFile.getFileName() + (cleaning ? ".clean" : ".validate") + ".stamp");
  }

  private record Goal(CorpusConfig config, RunOptions options, Path reports, Path output, RunSink findings) {

    Result run() throws IOException {
      long startedAt = System.currentTimeMillis(); // before any file is looked at
      List<CorpusScanner.Listed> listed = config.scanner().list(config.sourceDirectory());
      List<SourceFile> files = new ArrayList<>(listed.size());
      for (CorpusScanner.Listed entry : listed) {
        files.add(entry.file());
      }
      List<String> steps = output == null ? List.of() : new Cleaner(config.cleaning()).stepIds();
      if (options.cacheFile() == null) {
        return new Result(fullRun(files, steps, null), false);
      }
      Path stamp = stampFile(options.cacheFile(), output != null);
      String key = key(steps);
      Fingerprints.Sources sources = Fingerprints.sources(listed);
      Optional<LastRun> last = LastRun.read(stamp, key, sources);
      if (last.isPresent() && last.get().outputsUnchanged(reports, output)) {
        for (Finding finding : last.get().findings()) {
          findings.finding(finding);
        }
        return new Result(last.get().summary(), true);
      }
      Files.deleteIfExists(stamp); // before anything is written: an unfinished run must leave no stamp
      try (LastRun.Writer next = new LastRun.Writer(stamp, key, startedAt, sources)) {
        RunSummary summary = fullRun(files, steps, next);
        List<Fingerprints.Report> written = new ArrayList<>();
        for (String name : output == null ? VALIDATION_REPORTS : CLEANING_REPORTS) {
          written.add(Fingerprints.report(reports, name));
        }
        next.finish(summary, written, output == null ? null : Fingerprints.tree(output));
        return new Result(summary, false);
      }
    }

    /** Runs the corpus through {@link CorpusRun}, streaming to the reports, the sink and the stamp. */
    private RunSummary fullRun(List<SourceFile> files, List<String> steps, LastRun.Writer stamp)
        throws IOException {
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
        };
        RunSummary summary = output == null ? CorpusRun.validate(config, options, sink, files)
            : CorpusRun.clean(config, options, output, sink, files);
        reportFiles.finish(summary);
        return summary;
      }
    }

    /**
     * What the run's results depend on besides the sources: the cache keys (tool version, corpus root,
     * encoding, rules, and for cleaning the steps, language and audit detail), the file selection and
     * where the reports and cleaned files go.
     */
    private String key(List<String> steps) {
      CacheKeys keys = CacheKeys.of(config, options.toolVersion(), steps);
      String text = "corpuskit-last-run 1\n" + (output == null ? "validate\n" + keys.validation()
          : "clean\n" + keys.cleaning() + "\n" + output.toAbsolutePath().normalize())
          + "\n" + reports.toAbsolutePath().normalize() + "\n" + config.includes() + "\n" + config.excludes();
      return Sha256.hex(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
