package dev.corpuskit.maven;

import dev.corpuskit.clean.CleanerConfig;
import dev.corpuskit.format.InvalidConfigurationException;
import dev.corpuskit.pipeline.CorpusBuild;
import dev.corpuskit.pipeline.CorpusConfig;
import dev.corpuskit.pipeline.CorpusPackaging;
import dev.corpuskit.pipeline.OutputOwnership;
import dev.corpuskit.pipeline.RunSink;
import dev.corpuskit.pipeline.RunSummary;
import dev.corpuskit.report.CorpusReport;
import dev.corpuskit.report.ReportDocuments;
import dev.corpuskit.validate.Finding;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates the corpus with the same rules as {@code corpus:validate}, then writes the cleaned
 * documents to the output directory (HTML pages become {@code .txt}), with {@code manifest.tsv},
 * {@code validation.json} and {@code cleaning.json} in the reports directory. Documents with errors
 * are not cleaned, and fail the build. Files unchanged since the last run (or validated by
 * {@code corpus:validate} in the same build) are not validated again, and their cleaned files are
 * kept; when nothing changed at all, the reports and cleaned files are kept as they are and the last
 * run's findings are logged again.
 *
 * <p>The goal deletes only files that an earlier run recorded as written (in {@code .corpuskit-output}
 * in the output directory). It refuses an output directory that holds other files and no such record,
 * unless {@code adoptOutputDirectory} is set or the folder lies inside the build directory (where
 * earlier versions wrote without a record).
 */
@Mojo(name = "clean", defaultPhase = LifecyclePhase.PROCESS_RESOURCES, threadSafe = true,
    requiresProject = false)
public class CleanMojo extends AbstractCorpusMojo {

  /** Where the cleaned documents go, at their relative paths. */
  @Parameter(property = "corpus.outputDirectory", defaultValue = "${project.build.directory}/corpus")
  File outputDirectory;

  /**
   * Clean into an output directory that holds files this goal did not write (and no record of an
   * earlier clean), which is otherwise refused, lest a mistyped path mix the corpus with other files.
   * Files it did not write are never deleted. Not needed for a folder inside the build directory.
   */
  @Parameter(property = "corpus.adoptOutputDirectory", defaultValue = "false")
  boolean adoptOutputDirectory;

  /** The project build directory, whose subfolders are taken over without {@code adoptOutputDirectory}. */
  @Parameter(defaultValue = "${project.build.directory}", readonly = true)
  File buildDirectory;

  /** Ids of cleaning steps to switch off, for example {@code repeated-paragraphs}. */
  @Parameter(property = "corpus.disabledSteps")
  List<String> disabledSteps;

  /**
   * Ids of opt-in cleaning steps to switch on: {@code c4} (C4's line rules) and {@code pii} (personal
   * data to placeholders). Off by default.
   */
  @Parameter(property = "corpus.enabledSteps")
  List<String> enabledSteps;

  /** Parameters of the cleaning steps, for example {@code <c4.minWordsPerLine>3</c4.minWordsPerLine>}. */
  @Parameter
  Map<String, String> stepParameters;

  @Override
  CleanerConfig optInSteps(CleanerConfig cleaning) throws MojoExecutionException {
    try {
      return cleaning.withOptInSteps(enabledSteps == null ? Set.of() : Set.copyOf(enabledSteps),
          stepParameters == null ? Map.of() : stepParameters);
    } catch (InvalidConfigurationException e) {
      throw ErrorMessages.invalidSetting(e);
    }
  }

  /**
   * How much of each change {@code cleaning.json} (and the cache) keeps: {@code excerpt} (up to 80
   * characters around the change, 40 of a removed line, within a budget of a quarter of the document's
   * size, the rest counted), {@code full} (the whole line before and after, which can make the report as
   * large as the corpus) or {@code counts} (per document and step, the changes, lines and characters
   * removed, no text: for very large corpora). Every level counts every change.
   */
  @Parameter(property = "corpus.auditDetail", defaultValue = "excerpt")
  String auditDetail;

  /**
   * A file of boilerplate rules of your own, in the format of the shipped {@code boilerplate.tsv}: one
   * rule a line, rule id, TAB, {@code line} or {@code tail}, TAB, an RE2 pattern matched against the
   * whole line after whitespace is collapsed, ends trimmed and letters lower-cased; {@code #} lines are
   * comments. Read as UTF-8. Its rules run after the language's, and their removals are audited as
   * {@code boilerplate/user:<rule id>}; changing a rule cleans the corpus again.
   */
  @Parameter(property = "corpus.lexicon")
  File lexicon;

  /**
   * Documents the report page ({@code index.html} in the reports directory) shows in full, line by line
   * with what each step did, besides its samples: document ids or globs over them ({@code *}, {@code **},
   * {@code ?}), separated by commas, for example {@code 001_f0d43eef8eea6572,news/2019-*}. At most 50.
   */
  @Parameter(property = "corpus.reportDocuments")
  String reportDocuments;

  /**
   * What to do with the near-duplicates the {@code near-duplicate} rule finds: {@code report} (the
   * default: a finding each, every document kept) or {@code keep-representative}, which keeps one
   * document of each cluster (the smallest source path) and leaves the others out of the cleaned
   * folder, {@code manifest.tsv} and the jar, listing each under {@code leftOut} in {@code cleaning.json}
   * with its representative and similarity. Needs the rule on.
   */
  @Parameter(property = "corpus.nearDuplicates", defaultValue = "report")
  String nearDuplicates;

  /** Skips this goal only; {@code corpus.skip} skips every corpus goal. */
  @Parameter(property = "corpus.clean.skip", defaultValue = "false")
  boolean skipClean;

  @Override
  String goal() {
    return "clean";
  }

  @Override
  void applyConfig(dev.corpuskit.config.CorpusSettings file) {
    super.applyConfig(file);
    if (file.outputDirectory() != null && atDefault(outputDirectory, "corpus", true)) {
      outputDirectory = file.outputDirectory().toFile();
    }
    if ((disabledSteps == null || disabledSteps.isEmpty()) && !file.disabledSteps().isEmpty()) {
      disabledSteps = file.disabledSteps();
    }
    if ((enabledSteps == null || enabledSteps.isEmpty()) && !file.enabledSteps().isEmpty()) {
      enabledSteps = file.enabledSteps();
    }
    if (!file.stepParameters().isEmpty()) {
      Map<String, String> merged = new java.util.TreeMap<>(file.stepParameters());
      if (stepParameters != null) {
        merged.putAll(stepParameters);
      }
      stepParameters = merged;
    }
    if (file.auditDetail() != null && (auditDetail == null || auditDetail.equals("excerpt"))) {
      auditDetail = file.auditDetail();
    }
    if (file.lexicon() != null && lexicon == null) {
      lexicon = file.lexicon().toFile();
    }
    if (file.reportDocuments() != null && (reportDocuments == null || reportDocuments.isBlank())) {
      reportDocuments = file.reportDocuments();
    }
    if (file.nearDuplicates() != null && (nearDuplicates == null || nearDuplicates.equals("report"))) {
      nearDuplicates = file.nearDuplicates();
    }
  }

  @Override
  boolean goalSkipped() {
    return skipClean;
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    CorpusConfig config = corpusConfig(disabledSteps, lexicon, Configurations.nearDuplicates(nearDuplicates))
        .withAuditDetail(Configurations.auditDetail(auditDetail));
    Path reportsDirectory = reportsDirectory();
    Path validationReport = reportsDirectory.resolve(CorpusPackaging.VALIDATION_REPORT);
    FindingsLog findings = findingsLog();
    long start = System.nanoTime();
    CorpusBuild.Result result;
    forgetCacheUnlessUsed();
    OutputOwnership ownership = new OutputOwnership(buildDirectory == null ? null : resolve(buildDirectory),
        adoptOutputDirectory);
    try {
      ReportDocuments documents = ReportDocuments.of(reportDocuments);
      result = CorpusBuild.clean(config, runOptions(), resolve(outputDirectory), reportsDirectory,
          tidying(logging(findings)), ownership, documents);
    } catch (IOException e) {
      throw ErrorMessages.io("clean " + sourceDirectory, sourceDirectory.toPath(), e);
    }
    logSelection(result);
    RunSummary summary = result.summary();
    findings.summary(summary.validation(), (System.nanoTime() - start) / 1_000_000, validationReport);
    logDrops(summary);
    if (result.kept()) {
      getLog().info(String.format("Nothing changed since the last clean: kept %d cleaned documents and the reports",
          summary.cleaned()));
    } else {
      logReuse(summary);
      logChanges(summary);
      logNearDuplicates(summary);
      long millis = (System.nanoTime() - start) / 1_000_000;
      getLog().info(String.format("Wrote the report %s in %d ms (%d%% of this goal's %d ms)",
          reportsDirectory.resolve(CorpusReport.PAGE), result.reportMillis(),
          millis == 0 ? 0 : result.reportMillis() * 100 / millis, millis));
    }
    if (failsOnFindings()) {
      findings.failIfNeeded(summary.validation(), validationReport);
    }
  }

  /**
   * Whether findings fail the goal as {@code failOnError} and {@code failOnWarning} say: true for the
   * clean goal; the report, which runs the same clean, shows them instead.
   */
  boolean failsOnFindings() {
    return true;
  }

  /** {@code sink}, logging what the run removed from the output directory and what it left there. */
  private RunSink tidying(RunSink sink) {
    Path output = resolve(outputDirectory);
    return new RunSink() {
      @Override
      public void finding(Finding finding) throws IOException {
        sink.finding(finding);
      }

      @Override
      public void outputTidied(int removed, long unrecorded, List<String> examples) {
        if (removed > 0) {
          getLog().info(String.format("Removed %d file%s of earlier cleans from %s", removed,
              removed == 1 ? "" : "s", output));
        }
        if (unrecorded > 0) {
          getLog().warn(String.format("%s holds %d file%s that corpus:clean did not write (%s%s): left in place;"
              + " corpus:package refuses a folder with files its manifest does not list", output, unrecorded,
              unrecorded == 1 ? "" : "s", String.join(", ", examples), unrecorded > examples.size() ? ", ..." : ""));
        }
      }
    };
  }

  private void logChanges(RunSummary summary) {
    int total = summary.changesByStep().values().stream().mapToInt(Integer::intValue).sum();
    getLog().info(String.format("Cleaned %d documents into %s: %d changes", summary.cleaned(),
        resolve(outputDirectory), total));
    summary.changesByStep().forEach((step, count) -> getLog().info(String.format("  %-40s %6d", step, count)));
    if (summary.cleanedNow() < summary.cleaned()) {
      getLog().info(String.format("Cleaned %d document%s in this build; the other %d kept their cleaned form",
          summary.cleanedNow(), summary.cleanedNow() == 1 ? "" : "s", summary.cleaned() - summary.cleanedNow()));
    }
  }
}
