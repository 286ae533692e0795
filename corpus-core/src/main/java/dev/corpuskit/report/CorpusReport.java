package dev.corpuskit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.corpuskit.audit.Change;
import dev.corpuskit.audit.DocumentAudit;
import dev.corpuskit.audit.StepCount;
import dev.corpuskit.format.ManifestEntry;
import dev.corpuskit.format.Sha256;
import dev.corpuskit.io.AtomicFiles;
import dev.corpuskit.io.Json;
import dev.corpuskit.near.NearDuplicateConfig;
import dev.corpuskit.near.NearDuplicateIndex;
import dev.corpuskit.pack.PackageResult;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.Severity;
import dev.corpuskit.validate.Signal;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The report a person reviews, {@code index.html}, and its figures as JSON, {@code summary.json}: fed
 * with a run's sources, findings and cleaned documents in file order, it keeps only totals, counts per
 * rule and step, histograms, the first findings and a few sampled audits per step pattern, so that its
 * memory does not grow with the corpus; on {@link #finish} it reads the sampled sources again to show
 * them line by line, and writes both files.
 *
 * <p>Both files depend only on the run's inputs and configuration (no time, no absolute path, no
 * thread-dependent order): the same build gives the same bytes. The page is one static HTML file with
 * one style sheet and no script, within a few megabytes whatever the corpus size.
 */
public final class CorpusReport {

  /** The page's file name in the reports directory. */
  public static final String PAGE = "index.html";
  /** The figures' file name in the reports directory. */
  public static final String SUMMARY = "summary.json";

  /** Errors and warnings listed on the page; {@code validation.json} lists them all. */
  static final int MAX_LISTED_FINDINGS = 100;
  /** Documents sampled per step pattern, the smallest ids. */
  static final int EXAMPLES_PER_PATTERN = 3;
  /** Example documents on the page at most, taken round-robin over the patterns. */
  static final int MAX_EXAMPLE_DOCUMENTS = 40;
  /** Rows of one example document at most: its changed lines with a line of context each. */
  static final int MAX_EXAMPLE_ROWS = 300;
  /** Unchanged lines shown around a changed one in an example. */
  private static final int CONTEXT_LINES = 1;
  /** Log-2 bins of document length in words: 0, 1, 2–3, 4–7, … up to 2^30 and more. */
  private static final int LENGTH_BINS = 32;
  /** Bins of the share removed: none, then tenths. */
  private static final int SHARE_BINS = 11;

  private static final String PACKAGE_START = "<section id=\"package\">";
  private static final String PACKAGE_END = "</section>";
  private static final HexFormat HEX = HexFormat.of();

  /** Reads a source again as its cleaning saw it; empty when it cannot (gone, unreadable). */
  @FunctionalInterface
  public interface SourceReader {
    Optional<SourceText> read(String relativePath) throws IOException;
  }

  /** Counts of one step pattern (a detailed step id such as {@code boilerplate/cookie-notice}). */
  private static final class PatternCounts {
    long documents;
    long linesRemoved;
    long linesChanged;
    long charsRemoved;
  }

  private final Path directory;
  private final List<String> steps;
  private final AuditDetail detail;
  private final String configurationSha256;
  private final ReportDocuments requested;
  private final Predicate<String> isRequested;
  private final MessageDigest sources = Sha256.digest();
  private final Map<String, long[]> findingsByRule = new TreeMap<>();
  private final List<Finding> listed = new ArrayList<>();
  private final long[] bySeverity = new long[Severity.values().length];
  private final Map<String, PatternCounts> patterns = new TreeMap<>();
  private final Map<String, PatternCounts> stepTotals = new TreeMap<>();
  private final Map<String, TreeMap<String, DocumentAudit>> samples = new TreeMap<>();
  private final TreeMap<String, DocumentAudit> requestedAudits = new TreeMap<>();
  private final long[] lengthBefore = new long[LENGTH_BINS];
  private final long[] lengthAfter = new long[LENGTH_BINS];
  private final long[] removedShares = new long[SHARE_BINS];
  private long requestedMatched;
  private long documentsOut;
  private long bytesOut;
  private long wordsIn;
  private long wordsOut;
  private NearDuplicatesSection near;
  /** What the rules measured and dropped. */
  private final QualitySignalsSection quality = new QualitySignalsSection();

  /**
   * A report of a cleaning run of {@code steps} (in order), its audit kept at {@code detail}, into
   * {@code directory}; {@code configurationSha256} identifies the configuration, {@code requested} the
   * documents shown in full.
   */
  public CorpusReport(Path directory, List<String> steps, AuditDetail detail, String configurationSha256,
      ReportDocuments requested) {
    this.directory = directory;
    this.steps = List.copyOf(steps);
    this.detail = detail;
    this.configurationSha256 = configurationSha256;
    this.requested = requested;
    this.isRequested = requested.matcher();
  }

  /** A source of the run, in file order: its path, size and SHA-256 (null when not read) enter the sources' hash. */
  public void source(String relativePath, long size, byte[] sha256) {
    String line = relativePath + '\t' + size + '\t' + (sha256 == null ? "-" : HEX.formatHex(sha256)) + '\n';
    sources.update(line.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * What the rules measured on a document ({@link dev.corpuskit.validate.Reporter#signal}), in file
   * order, every document's: the page charts each signal's distribution.
   */
  public void signals(List<Signal> signals) {
    quality.signals(signals);
  }

  /**
   * What the rules whose action is drop left out of the corpus, before {@link #finish}: the page and
   * {@code summary.json} count the documents each kept and dropped.
   */
  public void drops(DropTotals drops) {
    quality.drops(drops);
  }

  /** A finding, in file order. */
  public void finding(Finding finding) {
    quality.finding(finding);
    findingsByRule.computeIfAbsent(finding.ruleId(), rule -> new long[Severity.values().length])
        [finding.severity().ordinal()]++;
    bySeverity[finding.severity().ordinal()]++;
    if (finding.severity() != Severity.INFO && listed.size() < MAX_LISTED_FINDINGS) {
      listed.add(finding);
    }
  }

  /** A cleaned document, in file order: its manifest row and its audit. */
  public void cleaned(ManifestEntry entry, DocumentAudit audit) {
    documentsOut++;
    bytesOut += entry.bytes();
    wordsIn += audit.wordsIn();
    wordsOut += entry.words();
    lengthBefore[lengthBin(audit.wordsIn())]++;
    lengthAfter[lengthBin(entry.words())]++;
    removedShares[shareBin(audit.wordsIn(), entry.words())]++;
    Set<String> touched = new HashSet<>();
    Set<String> touchedSteps = new HashSet<>();
    for (Change change : audit.changes()) {
      PatternCounts counts = patterns.computeIfAbsent(change.step(), step -> new PatternCounts());
      PatternCounts total = stepTotals.computeIfAbsent(stepOf(change.step()), step -> new PatternCounts());
      for (PatternCounts c : new PatternCounts[] {counts, total}) {
        if (change.isRemoval()) {
          c.linesRemoved++;
        } else {
          c.linesChanged++;
        }
        c.charsRemoved += change.charsRemoved();
      }
      if (touchedSteps.add(stepOf(change.step()))) {
        total.documents++;
      }
      if (touched.add(change.step())) {
        counts.documents++;
        sample(change.step(), audit);
      }
    }
    // Changes past the document's excerpt budget (or all, at the counts level): counted, not listed.
    for (StepCount count : audit.counted()) {
      PatternCounts counts = patterns.computeIfAbsent(count.step(), step -> new PatternCounts());
      PatternCounts total = stepTotals.computeIfAbsent(stepOf(count.step()), step -> new PatternCounts());
      for (PatternCounts c : new PatternCounts[] {counts, total}) {
        c.linesRemoved += count.linesRemoved();
        c.linesChanged += count.changes() - count.linesRemoved();
        c.charsRemoved += count.charsRemoved();
      }
      if (touchedSteps.add(stepOf(count.step()))) {
        total.documents++;
      }
      if (touched.add(count.step())) {
        counts.documents++;
        sample(count.step(), audit); // shown cleaned again, every change listed
      }
    }
    if (isRequested.test(audit.id())) {
      requestedMatched++;
      requestedAudits.put(audit.id(), audit);
      if (requestedAudits.size() > ReportDocuments.MAX_DOCUMENTS) {
        requestedAudits.pollLastEntry();
      }
    }
  }

  /**
   * The near-duplicates of the run, found with {@code config}: the page gains a section on them, after
   * its charts, and {@code summary.json} their counts. Call it before {@link #finish}, at most once;
   * {@link #finish} reads the texts of the clusters it shows through {@code texts}, which must answer
   * until it returns. Without this call, neither file says anything of near-duplicates.
   */
  public void nearDuplicates(NearDuplicateConfig config, NearDuplicateIndex.Result result,
      NearDuplicateIndex.TextLookup texts) {
    near = new NearDuplicatesSection(Objects.requireNonNull(config, "config"), Objects.requireNonNull(result, "result"),
        Objects.requireNonNull(texts, "texts"));
  }

  /** Keeps {@code audit} among the examples of {@code pattern} if its id is among the smallest. */
  private void sample(String pattern, DocumentAudit audit) {
    TreeMap<String, DocumentAudit> sample = samples.computeIfAbsent(pattern, step -> new TreeMap<>());
    sample.put(audit.id(), audit);
    if (sample.size() > EXAMPLES_PER_PATTERN) {
      sample.pollLastEntry();
    }
  }

  /**
   * Writes {@code summary.json} and {@code index.html}, each replacing the old one atomically, reading
   * the sampled and requested documents again through {@code reader}.
   *
   * @param totals the run's documents, source bytes and findings per severity
   */
  public void finish(ValidationTotals totals, SourceReader reader) throws IOException {
    Figures figures = figures(totals);
    AtomicFiles.write(directory.resolve(SUMMARY), Json.toBytes(json -> summary(json, figures)));
    AtomicFiles.write(directory.resolve(PAGE), page(figures, reader).getBytes(StandardCharsets.UTF_8));
  }

  /** The totals both files show. */
  private record Figures(ValidationTotals totals, boolean passed, double removedShare, String sourcesSha256,
      List<String> steps) {}

  private Figures figures(ValidationTotals totals) {
    double share = wordsIn == 0 ? 0 : Math.max(0, 1 - (double) wordsOut / wordsIn);
    // Steps in run order, after those the audit names but the run did not list (the HTML extraction).
    Set<String> shown = new LinkedHashSet<>();
    for (String pattern : patterns.keySet()) {
      if (!steps.contains(stepOf(pattern))) {
        shown.add(stepOf(pattern));
      }
    }
    shown.addAll(steps);
    return new Figures(totals, totals.errors() == 0, share, Sha256.hex(sources), List.copyOf(shown));
  }

  static String stepOf(String pattern) {
    int slash = pattern.indexOf('/');
    return slash < 0 ? pattern : pattern.substring(0, slash);
  }

  private static int lengthBin(long words) {
    return words <= 0 ? 0 : Math.min(LENGTH_BINS - 1, 64 - Long.numberOfLeadingZeros(words));
  }

  private static int shareBin(long in, long out) {
    if (in <= 0 || out >= in) {
      return 0;
    }
    double share = 1 - (double) out / in;
    return 1 + Math.min(9, (int) (share * 10));
  }

  // ---------------------------------------------------------------- summary.json

  private void summary(JsonGenerator json, Figures figures) throws IOException {
    ValidationTotals totals = figures.totals();
    json.writeStartObject();
    json.writeStringField("status", figures.passed() ? "passed" : "failed");
    json.writeObjectFieldStart("documents");
    json.writeNumberField("in", totals.documents());
    json.writeNumberField("out", documentsOut);
    json.writeEndObject();
    json.writeObjectFieldStart("bytes");
    json.writeNumberField("in", totals.bytes());
    json.writeNumberField("out", bytesOut);
    json.writeEndObject();
    json.writeObjectFieldStart("words");
    json.writeNumberField("in", wordsIn);
    json.writeNumberField("out", wordsOut);
    json.writeEndObject();
    json.writeFieldName("removedShare");
    json.writeNumber(BigDecimal.valueOf(Math.round(figures.removedShare() * 10_000), 4));
    json.writeStringField("configurationSha256", configurationSha256);
    json.writeStringField("sourcesSha256", figures.sourcesSha256());
    json.writeStringField("auditDetail", detail.id());
    json.writeObjectFieldStart("findings");
    json.writeNumberField("errors", totals.errors());
    json.writeNumberField("warnings", totals.warnings());
    json.writeNumberField("infos", totals.infos());
    json.writeObjectFieldStart("byRule");
    for (Map.Entry<String, long[]> rule : findingsByRule.entrySet()) {
      json.writeObjectFieldStart(rule.getKey());
      for (Severity severity : Severity.values()) {
        if (rule.getValue()[severity.ordinal()] > 0) {
          json.writeNumberField(severity.name(), rule.getValue()[severity.ordinal()]);
        }
      }
      json.writeEndObject();
    }
    json.writeEndObject();
    json.writeEndObject();
    json.writeObjectFieldStart("steps");
    for (String step : figures.steps()) {
      Map<String, PatternCounts> of = patternsOf(step);
      json.writeObjectFieldStart(step);
      counts(json, total(step));
      json.writeObjectFieldStart("patterns");
      for (Map.Entry<String, PatternCounts> pattern : of.entrySet()) {
        json.writeObjectFieldStart(pattern.getKey());
        counts(json, pattern.getValue());
        json.writeEndObject();
      }
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndObject();
    json.writeObjectFieldStart("charts");
    histogram(json, "wordsBeforeLog2", lengthBefore);
    histogram(json, "wordsAfterLog2", lengthAfter);
    histogram(json, "removedShareTenths", removedShares);
    json.writeEndObject();
    quality.summary(json);
    if (near != null) {
      near.summary(json);
    }
    json.writeEndObject();
  }

  private static void counts(JsonGenerator json, PatternCounts counts) throws IOException {
    json.writeNumberField("documents", counts.documents);
    json.writeNumberField("linesRemoved", counts.linesRemoved);
    json.writeNumberField("linesChanged", counts.linesChanged);
    json.writeNumberField("charsRemoved", counts.charsRemoved);
  }

  private static void histogram(JsonGenerator json, String name, long[] bins) throws IOException {
    json.writeArrayFieldStart(name);
    for (long bin : bins) {
      json.writeNumber(bin);
    }
    json.writeEndArray();
  }

  /** The patterns of {@code step}, by id ({@code step} itself, when its changes carry no detail, first). */
  private Map<String, PatternCounts> patternsOf(String step) {
    Map<String, PatternCounts> of = new TreeMap<>();
    for (Map.Entry<String, PatternCounts> pattern : patterns.entrySet()) {
      if (stepOf(pattern.getKey()).equals(step)) {
        of.put(pattern.getKey(), pattern.getValue());
      }
    }
    return of;
  }

  /** The totals of {@code step}: a document touched by two of its patterns counts once. */
  private PatternCounts total(String step) {
    return stepTotals.getOrDefault(step, new PatternCounts());
  }

  // ---------------------------------------------------------------- index.html

  private String page(Figures figures, SourceReader reader) throws IOException {
    Html html = new Html();
    html.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .raw("<title>Corpus report</title>\n<style>\n").raw(STYLE).raw(near == null ? "" : NearDuplicatesSection.STYLE)
        .raw("</style>\n</head>\n<body>\n")
        .raw("<main id=\"corpus-report\">\n");
    banner(html, figures);
    html.raw(PACKAGE_START).raw(PACKAGE_END).raw('\n');
    findings(html, figures.totals());
    cleaning(html, figures);
    charts(html);
    quality.write(html);
    if (near != null) {
      near.write(html);
    }
    examples(html, figures, reader);
    documents(html, reader);
    html.raw("</main>\n</body>\n</html>\n");
    return html.toString();
  }

  private void banner(Html html, Figures figures) {
    ValidationTotals totals = figures.totals();
    html.raw("<section id=\"banner\" class=\"").raw(figures.passed() ? "passed" : "failed").raw("\">\n")
        .raw("<h1>").raw(figures.passed() ? "Passed" : "Failed").raw(": ")
        .text(String.format(Locale.ROOT, "%,d errors, %,d warnings", totals.errors(), totals.warnings()))
        .raw("</h1>\n<table class=\"figures\">\n<tr><th></th><th>in</th><th>out</th></tr>\n");
    row(html, "Documents", totals.documents(), documentsOut);
    row(html, "Bytes", totals.bytes(), bytesOut);
    row(html, "Words", wordsIn, wordsOut);
    html.raw("</table>\n<p>Removed: <strong>").text(percent(figures.removedShare()))
        .raw("</strong> of the words of the cleaned documents.</p>\n<dl>\n<dt>Configuration SHA-256</dt><dd><code>")
        .text(configurationSha256).raw("</code></dd>\n<dt>Sources SHA-256</dt><dd><code>")
        .text(figures.sourcesSha256()).raw("</code></dd>\n<dt>Audit detail</dt><dd>").text(detail.id())
        .raw("</dd>\n</dl>\n<p>Files: <a href=\"summary.json\">summary.json</a>, ")
        .raw("<a href=\"validation.json\">validation.json</a>, <a href=\"cleaning.json\">cleaning.json</a>, ")
        .raw("<a href=\"manifest.tsv\">manifest.tsv</a>")
        .raw(near == null ? "" : ", <a href=\"" + NearDuplicatesJson.FILE + "\">" + NearDuplicatesJson.FILE + "</a>")
        .raw("</p>\n</section>\n");
  }

  private static void row(Html html, String name, long in, long out) {
    html.raw("<tr><th>").text(name).raw("</th><td>").text(number(in)).raw("</td><td>").text(number(out))
        .raw("</td></tr>\n");
  }

  private void findings(Html html, ValidationTotals totals) {
    html.raw("<section id=\"findings-section\">\n<h2>Findings</h2>\n<table id=\"findings-by-rule\">\n")
        .raw("<tr><th>Rule</th><th>Severity</th><th>Findings</th></tr>\n");
    for (Map.Entry<String, long[]> rule : findingsByRule.entrySet()) {
      for (Severity severity : Severity.values()) {
        long count = rule.getValue()[severity.ordinal()];
        if (count > 0) {
          html.raw("<tr class=\"").raw(severity.name().toLowerCase(Locale.ROOT)).raw("\"><td>")
              .text(rule.getKey()).raw("</td><td>").text(severity.name()).raw("</td><td>").text(number(count))
              .raw("</td></tr>\n");
        }
      }
    }
    if (findingsByRule.isEmpty()) {
      html.raw("<tr><td colspan=\"3\">No findings.</td></tr>\n");
    }
    long listable = totals.errors() + totals.warnings();
    html.raw("</table>\n<h3>Errors and warnings</h3>\n<table id=\"findings\">\n")
        .raw("<tr><th>Where</th><th>Severity</th><th>Rule</th><th>Message</th></tr>\n");
    for (Finding finding : listed) {
      html.raw("<tr class=\"").raw(finding.severity().name().toLowerCase(Locale.ROOT)).raw("\"><td><code>")
          .text(finding.file() + ":" + finding.line() + ":" + finding.column()).raw("</code></td><td>")
          .text(finding.severity().name()).raw("</td><td>").text(finding.ruleId()).raw("</td><td>")
          .text(finding.message()).raw("</td></tr>\n");
    }
    if (listed.isEmpty()) {
      html.raw("<tr><td colspan=\"4\">No errors or warnings.</td></tr>\n");
    }
    html.raw("</table>\n<p>");
    if (listable > listed.size()) {
      html.raw("The first ").text(number(listed.size())).raw(" of ").text(number(listable)).raw("; ");
    }
    html.raw("every finding is in <a href=\"validation.json\">validation.json</a>.</p>\n</section>\n");
  }

  private void cleaning(Html html, Figures figures) {
    html.raw("<section id=\"cleaning-section\">\n<h2>Cleaning</h2>\n<table id=\"cleaning\">\n")
        .raw("<tr><th>Step</th><th>Pattern</th><th>Documents</th><th>Lines removed</th><th>Lines changed</th>")
        .raw("<th>Characters removed</th><th></th></tr>\n");
    for (String step : figures.steps()) {
      Map<String, PatternCounts> of = patternsOf(step);
      cleaningRow(html, "step", step, "", total(step), !of.isEmpty());
      if (!(of.size() == 1 && of.containsKey(step))) {
        for (Map.Entry<String, PatternCounts> pattern : of.entrySet()) {
          cleaningRow(html, "pattern", step, pattern.getKey(), pattern.getValue(), true);
        }
      }
    }
    html.raw("</table>\n<p>Characters removed count whole lines, also where <code>cleaning.json</code> keeps ")
        .raw("excerpts; a negative count is a line that grew.</p>\n</section>\n");
  }

  private static void cleaningRow(Html html, String kind, String step, String pattern, PatternCounts counts,
      boolean linked) {
    html.raw("<tr class=\"").raw(kind).raw("\"><td>").text(kind.equals("step") ? step : "").raw("</td><td>")
        .text(pattern).raw("</td><td>").text(number(counts.documents)).raw("</td><td>")
        .text(number(counts.linesRemoved)).raw("</td><td>").text(number(counts.linesChanged)).raw("</td><td>")
        .text(number(counts.charsRemoved)).raw("</td><td>");
    if (linked) {
      html.raw("<a href=\"#step-").attr(anchor(step)).raw("\">examples</a>");
    }
    html.raw("</td></tr>\n");
  }

  private void charts(Html html) {
    html.raw("<section id=\"charts\">\n<h2>Charts</h2>\n<h3>Document length in words, before and after</h3>\n");
    int first = LENGTH_BINS;
    int last = -1;
    for (int i = 0; i < LENGTH_BINS; i++) {
      if (lengthBefore[i] + lengthAfter[i] > 0) {
        first = Math.min(first, i);
        last = i;
      }
    }
    List<String> labels = new ArrayList<>();
    List<long[]> values = new ArrayList<>();
    for (int i = first; i <= last; i++) {
      labels.add(i == 0 ? "0" : i == 1 ? "1" : number(1L << (i - 1)) + "–" + number((1L << i) - 1));
      values.add(new long[] {lengthBefore[i], lengthAfter[i]});
    }
    Svg.bars(html, "Documents by length in words (log bins): before, after", labels, values,
        new String[] {"before", "after"});
    html.raw("<h3>Share of words removed per document</h3>\n");
    labels = new ArrayList<>();
    values = new ArrayList<>();
    for (int i = 0; i < SHARE_BINS; i++) {
      labels.add(i == 0 ? "none" : (i - 1) * 10 + "–" + i * 10 + "%");
      values.add(new long[] {removedShares[i]});
    }
    Svg.bars(html, "Documents by share of words removed", labels, values, new String[] {"documents"});
    html.raw("</section>\n");
  }

  private void examples(Html html, Figures figures, SourceReader reader) throws IOException {
    html.raw("<section id=\"examples\">\n<h2>Examples</h2>\n<p>For each step, up to ")
        .text(String.valueOf(EXAMPLES_PER_PATTERN)).raw(" documents per pattern, the smallest ids first (at most ")
        .text(String.valueOf(MAX_EXAMPLE_DOCUMENTS)).raw(" documents). Removed lines are struck through with ")
        .raw("their step beside them, changed characters are marked, invisible characters are shown as ")
        .raw("<span class=\"invisible\" title=\"U+00A0\">⍽</span> or their code.</p>\n");
    Map<String, DocumentAudit> shown = exampleDocuments(figures);
    for (String step : figures.steps()) {
      Map<String, PatternCounts> of = patternsOf(step);
      if (of.isEmpty()) {
        continue; // a step that changed nothing has no example
      }
      html.raw("<h3 id=\"step-").attr(anchor(step)).raw("\">").text(step).raw("</h3>\n<ul>\n");
      for (String pattern : of.keySet()) {
        html.raw("<li>").text(pattern).raw(":");
        for (String id : samples.getOrDefault(pattern, new TreeMap<>()).keySet()) {
          if (shown.containsKey(id)) {
            html.raw(" <a href=\"#example-").attr(anchor(id)).raw("\">").text(id).raw("</a>");
          }
        }
        html.raw("</li>\n");
      }
      html.raw("</ul>\n");
    }
    for (DocumentAudit audit : new TreeMap<>(shown).values()) {
      document(html, "example-", audit, reader.read(audit.source()), true);
    }
    html.raw("</section>\n");
  }

  /** The sampled documents, taken round-robin over the patterns until {@link #MAX_EXAMPLE_DOCUMENTS}. */
  private Map<String, DocumentAudit> exampleDocuments(Figures figures) {
    List<TreeMap<String, DocumentAudit>> ordered = new ArrayList<>();
    for (String step : figures.steps()) {
      for (String pattern : patternsOf(step).keySet()) {
        ordered.add(samples.get(pattern));
      }
    }
    Map<String, DocumentAudit> shown = new LinkedHashMap<>();
    for (int round = 0; round < EXAMPLES_PER_PATTERN; round++) {
      for (TreeMap<String, DocumentAudit> sample : ordered) {
        if (sample != null && sample.size() > round && shown.size() < MAX_EXAMPLE_DOCUMENTS) {
          DocumentAudit audit = new ArrayList<>(sample.values()).get(round);
          shown.putIfAbsent(audit.id(), audit);
        }
      }
    }
    return shown;
  }

  private void documents(Html html, SourceReader reader) throws IOException {
    if (requested.patterns().isEmpty()) {
      return;
    }
    html.raw("<section id=\"documents\">\n<h2>Documents</h2>\n<p>Requested: <code>")
        .text(String.join(",", requested.patterns())).raw("</code>; ").text(number(requestedMatched))
        .raw(" cleaned documents match");
    if (requestedMatched > requestedAudits.size()) {
      html.raw(", the first ").text(number(requestedAudits.size())).raw(" are shown");
    }
    html.raw(".</p>\n");
    for (DocumentAudit audit : requestedAudits.values()) {
      document(html, "document-", audit, reader.read(audit.source()), false);
    }
    html.raw("</section>\n");
  }

  /** One document line by line; {@code excerpt} shows only changed lines with some context. */
  private static void document(Html html, String prefix, DocumentAudit audit, Optional<SourceText> source,
      boolean excerpt) {
    html.raw("<article class=\"document\" id=\"").attr(prefix + anchor(audit.id())).raw("\">\n<h4>").text(audit.id())
        .raw(" <small>").text(audit.source()).raw(" → ").text(audit.path()).raw("</small></h4>\n");
    List<Change> markup = new ArrayList<>();
    List<Change> text = new ArrayList<>();
    // Cleaned again, the document shows every change whole, whatever the audit's detail kept of them.
    List<Change> changes = source.map(SourceText::changes).orElse(null);
    for (Change change : changes != null ? changes : audit.changes()) {
      (source.isPresent() && source.get().inMarkup(change) ? markup : text).add(change);
    }
    if (!markup.isEmpty()) {
      html.raw("<p>Blocks of the page that the main-text extraction left out, by their line in the markup:</p>\n")
          .raw("<table class=\"lines markup\">\n");
      for (Change change : markup) {
        html.raw("<tr><td class=\"ln\">").text(String.valueOf(change.line())).raw("</td><td>");
        changeCell(html, change, change.before());
        html.raw("</td></tr>\n");
      }
      html.raw("</table>\n");
    }
    TreeMap<Integer, List<Change>> byLine = new TreeMap<>();
    for (Change change : text) {
      byLine.computeIfAbsent(change.line(), line -> new ArrayList<>()).add(change);
    }
    if (source.isEmpty()) {
      html.raw("<p>The source could not be read again; its changes as the audit keeps them:</p>\n");
    } else if (excerpt) {
      html.raw("<p>Its changed lines, with a line of context each.</p>\n");
    }
    List<String> lines = source.isPresent() ? lines(source.get().text()) : List.of();
    html.raw("<table class=\"lines\">\n");
    int rows = 0;
    int previous = 0;
    Set<Integer> visible = new TreeSet<>();
    if (!excerpt) {
      for (int line = 1; line <= lines.size(); line++) {
        visible.add(line);
      }
    }
    for (int line : byLine.keySet()) {
      for (int near = line - (excerpt ? CONTEXT_LINES : 0); near <= line + (excerpt ? CONTEXT_LINES : 0); near++) {
        if (near >= 1 && (near <= lines.size() || near == line)) {
          visible.add(near);
        }
      }
    }
    for (int line : visible) {
      if (excerpt && rows >= MAX_EXAMPLE_ROWS) {
        html.raw("<tr class=\"gap\"><td></td><td>⋯ more in <a href=\"cleaning.json\">cleaning.json</a></td></tr>\n");
        break;
      }
      if (line > previous + 1) {
        int skipped = line - previous - 1;
        html.raw("<tr class=\"gap\"><td></td><td>⋯ ").text(number(skipped)).raw(skipped == 1 ? " line" : " lines")
            .raw("</td></tr>\n");
      }
      previous = line;
      String shown = line <= lines.size() ? lines.get(line - 1) : null;
      List<Change> at = byLine.get(line);
      if (at == null) {
        html.raw("<tr><td class=\"ln\">").text(String.valueOf(line)).raw("</td><td>").text(shown).raw("</td></tr>\n");
        rows++;
        continue;
      }
      for (int i = 0; i < at.size(); i++) {
        Change change = at.get(i);
        html.raw("<tr><td class=\"ln\">").text(String.valueOf(line)).raw("</td><td>");
        // The first change of a line starts from the source's line; a later one from what the audit kept.
        changeCell(html, change, i == 0 && change.isRemoval() && shown != null && detailKeptWhole(change, shown)
            ? shown : change.before());
        html.raw("</td></tr>\n");
        rows++;
      }
    }
    if (excerpt && previous < lines.size() && rows < MAX_EXAMPLE_ROWS) {
      int skipped = lines.size() - previous;
      html.raw("<tr class=\"gap\"><td></td><td>⋯ ").text(number(skipped)).raw(skipped == 1 ? " line" : " lines")
          .raw("</td></tr>\n");
    }
    html.raw("</table>\n</article>\n");
  }

  /** Whether {@code change}'s text is the line {@code text} or an excerpt of it: then the whole line is shown. */
  private static boolean detailKeptWhole(Change change, String text) {
    return change.before().equals(text) || text.startsWith(change.before().replace("…", ""));
  }

  private static void changeCell(Html html, Change change, String before) {
    if (change.isRemoval()) {
      html.raw("<del class=\"removed\" data-step=\"").attr(change.step()).raw("\">").text(before).raw("</del>");
    } else {
      String after = change.after();
      String cut = "";
      if (cutAtEnd(before) && cutAtEnd(after)) {
        // Excerpts cut at the end: compare them up to the same point of the line, so that only the
        // changed characters are marked, not the tail that the cut shifted.
        cut = "…";
        before = before.substring(0, before.length() - 1);
        after = after.substring(0, after.length() - 1);
        int removed = change.charsRemoved();
        if (removed > 0 && removed < after.length()) {
          after = after.substring(0, after.length() - removed);
        } else if (removed < 0 && -removed < before.length()) {
          before = before.substring(0, before.length() + removed);
        }
      }
      int prefix = 0;
      int max = Math.min(before.length(), after.length());
      while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
        prefix++;
      }
      if (prefix > 0 && Character.isHighSurrogate(before.charAt(prefix - 1))) {
        prefix--;
      }
      int suffix = 0;
      while (suffix < max - prefix
          && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
        suffix++;
      }
      if (suffix > 0 && Character.isLowSurrogate(before.charAt(before.length() - suffix))) {
        suffix--;
      }
      html.text(before.substring(0, prefix)).raw("<del class=\"changed\">")
          .text(before.substring(prefix, before.length() - suffix)).raw("</del><ins class=\"changed\">")
          .text(after.substring(prefix, after.length() - suffix)).raw("</ins>")
          .text(before.substring(before.length() - suffix)).text(cut);
    }
    html.raw(" <span class=\"step\">").text(change.step()).raw("</span>");
  }

  /** Whether {@code text} is an excerpt that {@link AuditDetail#EXCERPT} cut at the end. */
  private static boolean cutAtEnd(String text) {
    String visible = text.startsWith("…") ? text.substring(1) : text;
    return visible.endsWith("…") && visible.length() >= AuditDetail.EXCERPT_CHARS;
  }

  /** The lines of {@code text} as the cleaning numbers them: split at {@code \r\n}, {@code \r} or {@code \n}. */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  /** An id usable as a fragment: whitespace and quotes replaced. */
  static String anchor(String id) {
    StringBuilder anchor = new StringBuilder(id.length());
    id.codePoints().forEach(c -> anchor.appendCodePoint(Character.isWhitespace(c) || Character.isSpaceChar(c)
        || c == '"' || c == '\'' || c == '#' || c == '%' ? '_' : c));
    return anchor.toString();
  }

  static String number(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f %%", share * 100);
  }

  // ---------------------------------------------------------------- corpus:package

  /** The descriptors packaging may write beside the page, linked from its package section when there. */
  public static final List<String> DESCRIPTORS = List.of("README.md", "datapackage.json", "croissant.json");

  /**
   * Fills the page's package section with the jar of {@code result} and links to those of
   * {@link #DESCRIPTORS} that exist in {@code reportsDirectory}; see {@link #refreshPackage(Path, String,
   * String, List)}.
   */
  public static boolean refreshPackage(Path reportsDirectory, PackageResult result) throws IOException {
    List<String> files = new ArrayList<>();
    for (String name : DESCRIPTORS) {
      if (Files.isRegularFile(reportsDirectory.resolve(name))) {
        files.add(name);
      }
    }
    return refreshPackage(reportsDirectory, result.jar().getFileName().toString(), result.jarSha256(), files);
  }

  /**
   * Fills the page's package section in {@code reportsDirectory} with what packaging wrote: the jar's
   * name and SHA-256, and links to {@code files} (written beside the page, such as the data card),
   * replacing what an earlier packaging put there. Only the page is read and written again, atomically,
   * not the corpus. Does nothing when there is no page (cleaning did not write one).
   *
   * @return whether the page was there and was written
   */
  public static boolean refreshPackage(Path reportsDirectory, String jarName, String jarSha256, List<String> files)
      throws IOException {
    Path page = reportsDirectory.resolve(PAGE);
    if (!Files.isRegularFile(page)) {
      return false;
    }
    String text = Files.readString(page, StandardCharsets.UTF_8);
    int start = text.indexOf(PACKAGE_START);
    int end = start < 0 ? -1 : text.indexOf(PACKAGE_END, start);
    if (end < 0) {
      throw new IOException(page + ": not a Corpuskit report (no " + PACKAGE_START + "); run corpus:clean again");
    }
    Html section = new Html();
    section.raw(PACKAGE_START).raw("\n<h2>Package</h2>\n<p>Jar: <code>").text(jarName)
        .raw("</code>, SHA-256 <code>").text(jarSha256).raw("</code></p>\n");
    if (!files.isEmpty()) {
      section.raw("<ul>\n");
      for (String file : files) {
        section.raw("<li><a href=\"").attr(file).raw("\">").text(file).raw("</a></li>\n");
      }
      section.raw("</ul>\n");
    }
    String refreshed = text.substring(0, start) + section + text.substring(end);
    AtomicFiles.write(page, refreshed.getBytes(StandardCharsets.UTF_8));
    return true;
  }

  private static final String STYLE = """
      #corpus-report{font:15px/1.45 system-ui,sans-serif;color:#1b1b1b;background:#fff;max-width:1100px;margin:0 auto;padding:1em 1.5em}
      #corpus-report h1{margin:.2em 0}#corpus-report h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:1.6em}
      #corpus-report #banner{padding:.8em 1.2em;border-radius:6px;border:2px solid}
      #corpus-report #banner.passed{background:#eaf7ea;border-color:#3a8a3a}#corpus-report #banner.failed{background:#fbeaea;border-color:#b03030}
      #corpus-report table{border-collapse:collapse;margin:.5em 0}#corpus-report td,#corpus-report th{border:1px solid #ddd;padding:.15em .5em;text-align:left;vertical-align:top}
      #corpus-report table.figures td,#corpus-report #cleaning td,#corpus-report #findings-by-rule td{text-align:right}
      #corpus-report #cleaning td:nth-child(-n+2),#corpus-report #findings-by-rule td:nth-child(-n+2){text-align:left}
      #corpus-report #cleaning tr.step{background:#f4f4f4;font-weight:600}
      #corpus-report tr.error td{background:#fdf0f0}#corpus-report tr.warning td{background:#fdf8e8}
      #corpus-report code{font-family:ui-monospace,monospace;font-size:90%;word-break:break-all}
      #corpus-report table.lines{width:100%;font-family:ui-monospace,monospace;font-size:13px}
      #corpus-report table.lines td{border:none;border-bottom:1px solid #f0f0f0;white-space:pre-wrap;word-break:break-word}
      #corpus-report td.ln{color:#888;text-align:right;width:4em;user-select:none}
      #corpus-report tr.gap td{color:#888;font-style:italic}
      #corpus-report del.removed{background:#fde2e2;color:#8a1f1f;text-decoration:line-through}
      #corpus-report del.changed{background:#f8b4b4;text-decoration:line-through}#corpus-report ins.changed{background:#b8e6b8;text-decoration:none}
      #corpus-report span.step{font-family:system-ui,sans-serif;font-size:11px;color:#fff;background:#666;border-radius:3px;padding:0 .35em;margin-left:.4em}
      #corpus-report span.invisible{background:#e0e7ff;color:#3344aa;border-radius:2px}
      #corpus-report article.document{margin:1.2em 0;border-top:2px solid #ddd}
      #corpus-report svg{max-width:100%;height:auto}#corpus-report svg text{font:11px system-ui,sans-serif}
      """;

  /** Builds the page's text, escaping what it is given as text. */
  static final class Html {
    private final StringBuilder out = new StringBuilder(64 * 1024);

    Html raw(String markup) {
      out.append(markup);
      return this;
    }

    Html raw(char c) {
      out.append(c);
      return this;
    }

    /** {@code text} escaped, with invisible characters shown. */
    Html text(String text) {
      if (text == null) {
        return this;
      }
      for (int i = 0; i < text.length(); ) {
        int c = text.codePointAt(i);
        i += Character.charCount(c);
        switch (c) {
          case '&' -> out.append("&amp;");
          case '<' -> out.append("&lt;");
          case '>' -> out.append("&gt;");
          case '"' -> out.append("&quot;");
          default -> {
            if (invisible(c)) {
              String code = String.format(Locale.ROOT, "U+%04X", c);
              out.append("<span class=\"invisible\" title=\"").append(code).append("\">")
                  .append(Character.getType(c) == Character.SPACE_SEPARATOR ? "⍽" : "[" + code + "]")
                  .append("</span>");
            } else {
              out.appendCodePoint(c);
            }
          }
        }
      }
      return this;
    }

    /** {@code value} escaped for an attribute in double quotes. */
    Html attr(String value) {
      out.append(value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;"));
      return this;
    }

    /** Characters a reader cannot see or tell from a space: other spaces, zero widths, controls, marks. */
    static boolean invisible(int c) {
      if (c == ' ') {
        return false;
      }
      int type = Character.getType(c);
      return type == Character.SPACE_SEPARATOR || type == Character.FORMAT || type == Character.CONTROL
          || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
          || type == Character.UNASSIGNED || type == Character.PRIVATE_USE || type == Character.SURROGATE;
    }

    @Override
    public String toString() {
      return out.toString();
    }
  }

  /** Inline SVG bar charts, drawn with integers only so that the text is the same everywhere. */
  static final class Svg {
    private static final int HEIGHT = 160;
    /** Room above the bars for the legend and the tallest bar's count. */
    private static final int TOP = 32;
    private static final int LABELS = 48;
    private static final String[] COLOURS = {"#7a9cc6", "#d9884a"};

    private Svg() {}

    static void bars(Html html, String title, List<String> labels, List<long[]> values, String[] series) {
      long max = 1;
      for (long[] group : values) {
        for (long v : group) {
          max = Math.max(max, v);
        }
      }
      int bar = 14;
      int groupWidth = Math.max(series.length * bar + 10, 64);
      int width = Math.max(200, 40 + labels.size() * groupWidth);
      int total = TOP + HEIGHT + LABELS;
      html.raw("<svg role=\"img\" width=\"").raw(String.valueOf(width))
          .raw("\" height=\"").raw(String.valueOf(total)).raw("\" viewBox=\"0 0 ").raw(String.valueOf(width))
          .raw(" ").raw(String.valueOf(total)).raw("\">\n<title>").text(title).raw("</title>\n");
      for (int s = 0; s < series.length && series.length > 1; s++) {
        html.raw("<rect x=\"").raw(String.valueOf(40 + s * 80)).raw("\" y=\"2\" width=\"10\" height=\"10\" fill=\"")
            .raw(COLOURS[s % COLOURS.length]).raw("\"/><text x=\"").raw(String.valueOf(54 + s * 80))
            .raw("\" y=\"11\">").text(series[s]).raw("</text>\n");
      }
      html.raw("<line x1=\"30\" y1=\"").raw(String.valueOf(TOP + HEIGHT)).raw("\" x2=\"").raw(String.valueOf(width))
          .raw("\" y2=\"").raw(String.valueOf(TOP + HEIGHT)).raw("\" stroke=\"#999\"/>\n");
      for (int i = 0; i < labels.size(); i++) {
        int x0 = 40 + i * groupWidth;
        for (int s = 0; s < series.length; s++) {
          long v = values.get(i)[s];
          int h = (int) (v * HEIGHT / max);
          int x = x0 + s * bar;
          html.raw("<rect x=\"").raw(String.valueOf(x)).raw("\" y=\"").raw(String.valueOf(TOP + HEIGHT - h))
              .raw("\" width=\"").raw(String.valueOf(bar - 2)).raw("\" height=\"").raw(String.valueOf(h))
              .raw("\" fill=\"").raw(COLOURS[s % COLOURS.length]).raw("\"><title>").text(labels.get(i) + ", "
                  + series[s] + ": " + number(v)).raw("</title></rect>\n");
          if (v > 0) {
            html.raw("<text x=\"").raw(String.valueOf(x)).raw("\" y=\"").raw(String.valueOf(TOP - 3 + HEIGHT - h))
                .raw("\">").text(number(v)).raw("</text>\n");
          }
        }
        html.raw("<text x=\"").raw(String.valueOf(x0)).raw("\" y=\"").raw(String.valueOf(TOP + 16 + HEIGHT)).raw("\">")
            .text(labels.get(i)).raw("</text>\n");
      }
      html.raw("</svg>\n");
    }
  }
}
