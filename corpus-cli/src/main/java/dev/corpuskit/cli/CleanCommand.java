package dev.corpuskit.cli;

import dev.corpuskit.clean.CleanerConfig;
import dev.corpuskit.clean.NearDuplicateHandling;
import dev.corpuskit.config.CorpusSettings;
import dev.corpuskit.format.InvalidConfigurationException;
import dev.corpuskit.pipeline.CorpusBuild;
import dev.corpuskit.pipeline.CorpusConfig;
import dev.corpuskit.pipeline.CorpusPackaging;
import dev.corpuskit.pipeline.OutputOwnership;
import dev.corpuskit.pipeline.RunOptions;
import dev.corpuskit.pipeline.RunSummary;
import dev.corpuskit.report.AuditDetail;
import dev.corpuskit.report.CorpusReport;
import dev.corpuskit.report.ReportDocuments;
import dev.corpuskit.validate.ValidationConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code corpuskit clean}: what {@code corpus:clean} does, through the same core call
 * ({@link CorpusBuild#clean}) with the configuration the goal passes: the cleaned documents in the
 * output folder, {@code manifest.tsv}, {@code validation.json}, {@code cleaning.json} and the review
 * page in the reports folder.
 */
@Command(name = "clean", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = {"Validates the corpus with the same rules as validate, then writes the cleaned documents"
        + " to the output folder (HTML pages become .txt), with manifest.tsv, validation.json, cleaning.json"
        + " and the review page index.html in the reports folder, as corpus:clean does. Documents with errors"
        + " are not cleaned."},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
        "0:cleaned, no finding at the failing severity",
        "1:findings at the failing severity, too few documents, or two sources that clean to one",
        "2:usage or configuration error",
        "3:a file could not be read or written, or an internal error"})
class CleanCommand extends RunCommand {

  @Option(names = {"-o", "--output-dir"}, paramLabel = "DIR", defaultValue = "target/corpus",
      description = "Where the cleaned documents go, at their relative paths (default: ${DEFAULT-VALUE}).")
  Path outputDirectory;

  @Option(names = "--adopt-output-dir",
      description = "Clean into an output folder that holds files no clean wrote (and no record of one),"
          + " which is otherwise refused. Files it did not write are never deleted.")
  boolean adoptOutputDirectory;

  @Option(names = "--disable-step", paramLabel = "ID", split = ",",
      description = "A cleaning step to switch off, such as repeated-paragraphs. Repeatable or comma-separated.")
  List<String> disabledSteps = new ArrayList<>();

  @Option(names = "--enable-step", paramLabel = "ID", split = ",",
      description = "An opt-in cleaning step to switch on: c4 (C4's line rules) or pii (personal data to"
          + " placeholders). Repeatable or comma-separated.")
  List<String> enabledSteps = new ArrayList<>();

  @Option(names = "--step-param", paramLabel = "KEY=VALUE",
      description = "A cleaning step's parameter, such as c4.minWordsPerLine=3. Repeatable.")
  List<String> stepParameters = new ArrayList<>();

  @Option(names = "--audit-detail", paramLabel = "LEVEL", defaultValue = "excerpt",
      description = "How much of each change cleaning.json keeps: excerpt (the default), full or counts.")
  String auditDetail;

  @Option(names = "--lexicon", paramLabel = "FILE",
      description = "A file of boilerplate rules of your own, in the format of the shipped boilerplate.tsv.")
  Path lexicon;

  @Option(names = "--report-documents", paramLabel = "IDS",
      description = "Documents the review page shows in full: ids or globs separated by commas. At most 50.")
  String reportDocuments;

  @Option(names = "--near-duplicates", paramLabel = "HANDLING", defaultValue = "report",
      description = "report (the default: a finding each) or keep-representative (one document of each"
          + " cluster kept, the others left out). Needs the near-duplicate rule on.")
  String nearDuplicates;

  @Override
  String name() {
    return "clean";
  }

  @Override
  void applyConfig(CorpusSettings file) {
    if (!Given.option(spec, "--output-dir") && file.outputDirectory() != null) {
      outputDirectory = file.outputDirectory();
    }
    disabledSteps = disabledSteps.isEmpty() ? new ArrayList<>(file.disabledSteps()) : disabledSteps;
    enabledSteps = enabledSteps.isEmpty() ? new ArrayList<>(file.enabledSteps()) : enabledSteps;
    List<String> parameters = new ArrayList<>();
    file.stepParameters().forEach((k, v) -> parameters.add(k + "=" + v));
    parameters.addAll(stepParameters); // later entries win
    stepParameters = parameters;
    if (!Given.option(spec, "--audit-detail") && file.auditDetail() != null) {
      auditDetail = file.auditDetail();
    }
    lexicon = lexicon != null ? lexicon : file.lexicon();
    reportDocuments = reportDocuments != null ? reportDocuments : file.reportDocuments();
    if (!Given.option(spec, "--near-duplicates") && file.nearDuplicates() != null) {
      nearDuplicates = file.nearDuplicates();
    }
  }

  @Override
  CorpusBuild.Result run(RunOptions runOptions, FindingsOutput sink) throws IOException {
    ValidationConfig validation = options.validation();
    CorpusConfig config = options.corpusConfig(validation, cleaning()).withAuditDetail(auditDetail());
    ReportDocuments documents;
    try {
      documents = ReportDocuments.of(reportDocuments);
    } catch (InvalidConfigurationException e) {
      throw Settings.invalidSetting(e);
    }
    return CorpusBuild.clean(config, runOptions, outputDirectory, options.reportsDirectory, sink,
        OutputOwnership.strict().adopting(adoptOutputDirectory), documents);
  }

  /** The cleaning configuration as the goal builds it: steps off, language, lexicon, opt-in steps. */
  private CleanerConfig cleaning() {
    NearDuplicateHandling handling;
    try {
      handling = nearDuplicates == null || nearDuplicates.isBlank() ? NearDuplicateHandling.REPORT
          : NearDuplicateHandling.of(nearDuplicates);
    } catch (InvalidConfigurationException e) {
      throw Settings.invalidSetting(e);
    }
    CleanerConfig cleaning = options.cleaning(Set.copyOf(disabledSteps), lexicon, handling);
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String entry : stepParameters) {
      String[] pair = CorpusOptions.pair("--step-param", entry, "KEY=VALUE, such as c4.minWordsPerLine=3");
      parameters.put(pair[0], pair[1]);
    }
    try {
      return cleaning.withOptInSteps(Set.copyOf(enabledSteps), parameters);
    } catch (InvalidConfigurationException e) {
      throw Settings.invalidSetting(e);
    }
  }

  private AuditDetail auditDetail() {
    try {
      return auditDetail == null || auditDetail.isBlank() ? AuditDetail.EXCERPT : AuditDetail.of(auditDetail);
    } catch (InvalidConfigurationException e) {
      throw Settings.invalidSetting(e);
    }
  }

  @Override
  Path reportFile() {
    return options.reportsDirectory.resolve(CorpusPackaging.VALIDATION_REPORT);
  }

  @Override
  void after(CorpusBuild.Result result, PrintWriter out) {
    RunSummary summary = result.summary();
    summary.dropLines().forEach(out::println);
    summary.nearDuplicates().logLines().forEach(out::println);
    if (result.kept()) {
      out.println(String.format("Nothing changed since the last clean: kept %d cleaned documents and the reports",
          summary.cleaned()));
    } else {
      int total = summary.changesByStep().values().stream().mapToInt(Integer::intValue).sum();
      out.println(String.format("Cleaned %d documents into %s: %d changes", summary.cleaned(), outputDirectory,
          total));
    }
    out.println("The review page: " + options.reportsDirectory.resolve(CorpusReport.PAGE));
  }
}
