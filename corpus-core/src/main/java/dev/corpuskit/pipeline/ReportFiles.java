package dev.corpuskit.pipeline;

import dev.corpuskit.audit.Change;
import dev.corpuskit.audit.DocumentAudit;
import dev.corpuskit.clean.Cleaner;
import dev.corpuskit.clean.RepeatedLines;
import dev.corpuskit.format.Manifest;
import dev.corpuskit.format.ManifestEntry;
import dev.corpuskit.near.NearDuplicateConfig;
import dev.corpuskit.near.NearDuplicateIndex;
import dev.corpuskit.pack.ManifestWriter;
import dev.corpuskit.parse.Format;
import dev.corpuskit.parse.MainText;
import dev.corpuskit.parse.ParsedDocument;
import dev.corpuskit.parse.Parser;
import dev.corpuskit.report.AuditDetail;
import dev.corpuskit.report.CleaningJsonWriter;
import dev.corpuskit.report.CorpusReport;
import dev.corpuskit.report.NearDuplicatesJson;
import dev.corpuskit.report.QualitySignalsJson;
import dev.corpuskit.report.ReportDocuments;
import dev.corpuskit.report.SourceText;
import dev.corpuskit.report.ValidationJsonWriter;
import dev.corpuskit.source.SourceFile;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.RuleCatalog;
import dev.corpuskit.validate.RuleConfig;
import dev.corpuskit.validate.Severity;
import dev.corpuskit.validate.Signal;
import dev.corpuskit.validate.ValidationConfig;
import dev.corpuskit.validate.Validator;
import dev.corpuskit.validate.rules.LanguageRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A sink that streams a run's results to the reports directory: {@code validation.json} and, for a
 * cleaning run, {@code cleaning.json}, {@code manifest.tsv} and the report a person reviews,
 * {@code index.html} with {@code summary.json} ({@link CorpusReport}); for both, each document's
 * quality signals, {@code quality-signals.jsonl} ({@link QualitySignalsJson}). The files replace the
 * old ones only on {@link #finish}; closing without it leaves the old ones as they were.
 */
public final class ReportFiles implements RunSink, AutoCloseable {

  private final Path reportsDirectory;
  /** The near-duplicate clusters to write on {@link #finish}; null when the rule is off. */
  private NearDuplicateConfig nearConfig;
  private NearDuplicateIndex.Result nearResult;
  private final ValidationJsonWriter validation;
  private final CleaningJsonWriter cleaning;
  private final ManifestWriter manifest;
  private final QualitySignalsJson signals;
  /** The page of a cleaning run, null without one. */
  private final CorpusReport page;
  /** Reads the page's sampled sources again. */
  private final CorpusReport.SourceReader sources;
  /** Milliseconds spent on the page, for the log of a run's phases. */
  private long pageNanos;

  private ReportFiles(Path reportsDirectory, ValidationJsonWriter validation, CleaningJsonWriter cleaning,
      ManifestWriter manifest, CorpusReport page, CorpusReport.SourceReader sources) throws IOException {
    this.signals = new QualitySignalsJson(reportsDirectory);
    this.reportsDirectory = reportsDirectory;
    this.validation = validation;
    this.cleaning = cleaning;
    this.manifest = manifest;
    this.page = page;
    this.sources = sources;
  }

  /** The report of a validation run. */
  public static ReportFiles forValidation(Path reportsDirectory, RuleConfig rules) throws IOException {
    return forValidation(reportsDirectory, rules, List.of());
  }

  /** The report of a validation run under {@code config}, naming the corpora it checks against. */
  public static ReportFiles forValidation(Path reportsDirectory, ValidationConfig config) throws IOException {
    return forValidation(reportsDirectory, config.rules(), against(config));
  }

  private static ReportFiles forValidation(Path reportsDirectory, RuleConfig rules,
      List<ValidationJsonWriter.Against> against) throws IOException {
    ValidationJsonWriter validation =
        new ValidationJsonWriter(reportsDirectory.resolve(CorpusPackaging.VALIDATION_REPORT), rules, against);
    try {
      return new ReportFiles(reportsDirectory, validation, null, null, null, null);
    } catch (IOException e) {
      validation.close();
      throw e;
    }
  }

  /** The corpora {@code config} checks against, as {@code validation.json} lists them. */
  private static List<ValidationJsonWriter.Against> against(ValidationConfig config) {
    return Validator.againstCorpora(config).stream()
        .map(corpus -> new ValidationJsonWriter.Against(corpus.file(), corpus.sha256())).toList();
  }

  /**
   * The reports, manifest and page of a cleaning run of {@code config}, the page showing
   * {@code documents} in full besides its samples.
   */
  public static ReportFiles forCleaning(Path reportsDirectory, CorpusConfig config, ReportDocuments documents)
      throws IOException {
    return forCleaning(reportsDirectory, config, documents, false);
  }

  /**
   * The reports, manifest and page of a cleaning run of {@code config}, as
   * {@link #forCleaning(Path, CorpusConfig, ReportDocuments)}; the manifest has the crawl columns
   * ({@code url}, {@code date}) when {@code crawled}: when records of WARC archives are among the sources.
   */
  public static ReportFiles forCleaning(Path reportsDirectory, CorpusConfig config, ReportDocuments documents,
      boolean crawled) throws IOException {
    CorpusReport page = new CorpusReport(reportsDirectory, config.cleaning().enabledSteps(), config.auditDetail(),
        CacheKeys.configuration(config), documents);
    return forCleaning(reportsDirectory, config.validation().rules(), against(config.validation()),
        config.cleaning().enabledSteps(), config.auditDetail(), page, new SampleReader(config), crawled);
  }

  /**
   * The reports and manifest of a cleaning run of {@code config}, without the page (which reads sampled
   * sources again): for an engine whose sources are not on this machine. The manifest has the crawl
   * columns when {@code crawled}, as {@link #forCleaning(Path, CorpusConfig, ReportDocuments, boolean)}.
   */
  public static ReportFiles forCleaningWithoutPage(Path reportsDirectory, CorpusConfig config, boolean crawled)
      throws IOException {
    return forCleaning(reportsDirectory, config.validation().rules(), against(config.validation()),
        config.cleaning().enabledSteps(), config.auditDetail(), null, null, crawled);
  }

  /** The reports and manifest of a cleaning run of {@code steps}, its audit at {@code detail}. */
  public static ReportFiles forCleaning(Path reportsDirectory, RuleConfig rules, List<String> steps,
      AuditDetail detail) throws IOException {
    return forCleaning(reportsDirectory, rules, List.of(), steps, detail, null, null, false);
  }

  private static ReportFiles forCleaning(Path reportsDirectory, RuleConfig rules,
      List<ValidationJsonWriter.Against> against, List<String> steps, AuditDetail detail, CorpusReport page,
      CorpusReport.SourceReader sources, boolean crawled) throws IOException {
    ValidationJsonWriter validation =
        new ValidationJsonWriter(reportsDirectory.resolve(CorpusPackaging.VALIDATION_REPORT), rules, against);
    try {
      return new ReportFiles(reportsDirectory, validation,
          new CleaningJsonWriter(reportsDirectory.resolve(CorpusPackaging.CLEANING_REPORT), steps, detail),
          new ManifestWriter(reportsDirectory.resolve(CorpusPackaging.MANIFEST),
              new Manifest.Columns(identifiesLanguages(rules), crawled)), page,
          sources);
    } catch (IOException e) {
      validation.close();
      throw e;
    }
  }

  /** Whether {@code rules} switch the {@code language} rule on: the manifest then states languages. */
  static boolean identifiesLanguages(RuleConfig rules) {
    return rules.severityOf(RuleCatalog.find(LanguageRule.ID).orElseThrow()) != Severity.OFF;
  }

  /**
   * Reads a source of {@code config} again as its cleaning saw it (an HTML page's main text, with the
   * step of the blocks its extraction removed) and cleans it again, so that the page shows every change
   * of the few documents it samples whole, whatever the audit's detail kept of them. A source that
   * cannot be read or parsed any more gives none.
   */
  static final class SampleReader implements CorpusReport.SourceReader {
    private final CorpusConfig config;
    private final Validator validator;
    private RepeatedLines repeated = RepeatedLines.none();
    /** The cleaners made so far, by the language whose data they use ("" for the cleaning's own). */
    private final Map<String, Cleaner> cleaners = new HashMap<>();

    SampleReader(CorpusConfig config) {
      this.config = config;
      this.validator = new Validator(config.validation(), config.cleaning().language());
    }

    /** The corpus's repeated lines, which the run's {@code corpus-repeated} step removed. */
    void repeatedLines(RepeatedLines lines) {
      repeated = lines;
      cleaners.clear();
    }

    @Override
    public Optional<SourceText> read(String relativePath) {
      SourceFile file = new SourceFile(config.sourceDirectory(), relativePath);
      Optional<Parser> parser = validator.parserFor(file);
      if (parser.isEmpty()) {
        return Optional.empty();
      }
      try {
        dev.corpuskit.source.SourceContent content = file.read();
        ParsedDocument document = parser.get().parse(file, content.bytes(), validator.charsetOf(content));
        // Cleaned with its own language's data, as the run cleaned it (DocumentProcessor#cleanerFor).
        String language = DocumentProcessor.routedLanguage(validator, config.cleaning(), document);
        Cleaner cleaner = cleaners.computeIfAbsent(language == null ? "" : language, code -> new Cleaner(
            code.isEmpty() ? config.cleaning() : config.cleaning().withLanguage(code), repeated));
        List<Change> changes = DocumentProcessor.changes(document, DocumentProcessor.clean(cleaner, document));
        return Optional.of(new SourceText(document.text(),
            document.format() == Format.HTML ? MainText.AUDIT_STEP : null, changes));
      } catch (IOException | RuntimeException e) {
        return Optional.empty(); // gone or changed since: the page shows the audit's texts instead
      }
    }
  }

  @Override
  public void repeatedLines(RepeatedLines repeated) {
    if (sources instanceof SampleReader reader) {
      reader.repeatedLines(repeated);
    }
  }

  @Override
  public void source(String relativePath, long size, byte[] sha256) {
    if (page != null) {
      long start = System.nanoTime();
      page.source(relativePath, size, sha256);
      pageNanos += System.nanoTime() - start;
    }
  }

  @Override
  public void signals(String relativePath, List<Signal> measured) throws IOException {
    signals.add(relativePath, measured);
    if (page != null) {
      long start = System.nanoTime();
      page.signals(measured);
      pageNanos += System.nanoTime() - start;
    }
  }

  @Override
  public void dropped(DocumentAudit audit, List<Finding> findings) throws IOException {
    if (cleaning != null) {
      cleaning.dropped(audit, findings);
    }
  }

  @Override
  public void finding(Finding finding) throws IOException {
    validation.add(finding);
    if (page != null) {
      long start = System.nanoTime();
      page.finding(finding);
      pageNanos += System.nanoTime() - start;
    }
  }

  @Override
  public void cleaned(ManifestEntry entry, DocumentAudit audit) throws IOException {
    manifest.add(entry);
    cleaning.add(audit);
    if (page != null) {
      long start = System.nanoTime();
      page.cleaned(entry, audit);
      pageNanos += System.nanoTime() - start;
    }
  }

  @Override
  public void leftOut(DocumentAudit audit, String representative, double jaccard) throws IOException {
    if (cleaning != null) {
      cleaning.leftOut(audit, representative, jaccard);
    }
  }

  @Override
  public void nearDuplicates(NearDuplicateConfig config, NearDuplicateIndex.Result result,
      NearDuplicateIndex.TextLookup texts) throws IOException {
    long start = System.nanoTime();
    writeNearDuplicates(config, result, texts);
    pageNanos += System.nanoTime() - start;
  }

  /**
   * The clusters in {@code near-duplicates.json} (both goals) and on the page (a cleaning run), whose
   * {@code texts} stay valid until {@link #finish} returns.
   */
  private void writeNearDuplicates(NearDuplicateConfig config, NearDuplicateIndex.Result result,
      NearDuplicateIndex.TextLookup texts) throws IOException {
    nearConfig = config;
    nearResult = result;
    if (page != null) {
      page.nearDuplicates(config, result, texts);
    }
  }

  /** The time spent on the page so far, in milliseconds (its collecting and writing). */
  public long pageMillis() {
    return pageNanos / 1_000_000;
  }

  /** Writes the totals and publishes the files. */
  public void finish(RunSummary summary) throws IOException {
    Path near = reportsDirectory.resolve(NearDuplicatesJson.FILE);
    if (nearResult != null) {
      NearDuplicatesJson.write(reportsDirectory, nearConfig, nearResult);
    } else {
      Files.deleteIfExists(near); // an earlier run's, with the rule on: it would speak of clusters not looked for
    }
    signals.finish(); // or deletes an earlier run's, when no rule measured anything
    validation.finish(summary.validation(), summary.drops());
    if (cleaning != null) {
      cleaning.finish(summary.cleaned(), summary.changesByStep(), summary.drops());
      manifest.finish();
    }
    if (page != null) {
      long start = System.nanoTime();
      page.drops(summary.drops());
      page.finish(summary.validation(), sources);
      pageNanos += System.nanoTime() - start;
    }
  }

  @Override
  public void close() throws IOException {
    try (validation; cleaning; manifest; signals) {
      // each closes, deleting what was not published
    }
  }
}
