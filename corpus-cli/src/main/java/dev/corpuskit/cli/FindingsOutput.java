package dev.corpuskit.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.corpuskit.pipeline.RunSink;
import dev.corpuskit.report.ValidationTotals;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints a run's findings in the chosen format: as text, each finding as it comes as
 * {@code file:line:col: message [rule]} (paths relative to the current folder when inside it, as the
 * plugin shows them relative to the project), at most {@code maxPrinted} of each severity; as JSON or
 * SARIF, one document holding every finding once the run is over. Then one summary line: on standard
 * output for text, on standard error for JSON and SARIF, so that standard output stays one document.
 */
final class FindingsOutput implements RunSink {

  /** The formats of {@code --format}. */
  enum Format {
    text, json, sarif
  }

  private final Format format;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Path workingDirectory;
  private final Path sourceDirectory;
  private final int maxPrinted;
  private final List<Finding> findings = new ArrayList<>();
  private final long[] printed = new long[Severity.values().length];
  private final long[] notPrinted = new long[Severity.values().length];

  FindingsOutput(Format format, PrintWriter out, PrintWriter err, Path sourceDirectory, int maxPrinted) {
    this.format = format;
    this.out = out;
    this.err = err;
    this.workingDirectory = Path.of("").toAbsolutePath().normalize();
    this.sourceDirectory = sourceDirectory.toAbsolutePath().normalize();
    this.maxPrinted = maxPrinted;
  }

  @Override
  public synchronized void finding(Finding finding) {
    if (format != Format.text) {
      findings.add(finding);
      return;
    }
    int severity = finding.severity().ordinal();
    if (maxPrinted >= 0 && printed[severity] >= maxPrinted) {
      notPrinted[severity]++;
      return;
    }
    printed[severity]++;
    out.println(finding.format(shown(finding.file())));
    out.flush();
  }

  /** A finding's file as it is shown: relative to the current folder when inside it. */
  String shown(String relativeFile) {
    return display(sourceDirectory.resolve(relativeFile));
  }

  /** {@code path} relative to the current folder when inside it, with forward slashes. */
  String display(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute) : absolute;
    String text = shown.toString().replace('\\', '/');
    return text.isEmpty() ? "." : text;
  }

  /**
   * Ends the output: the JSON or SARIF document, and the summary line "corpuskit validate: 5 documents,
   * ... in 12 ms; report target/corpus-reports/validation.json".
   */
  void finish(String command, ValidationTotals totals, long millis, Path reportFile) throws IOException {
    switch (format) {
      case json -> writeJson(command, totals);
      case sarif -> new SarifWriter(this).write(out, findings);
      default -> { }
    }
    out.flush();
    PrintWriter summaryTo = format == Format.text ? out : err;
    summaryTo.println(String.format(Locale.ROOT,
        "corpuskit %s: %s, %d documents, %d bytes, %d errors, %d warnings, %d infos in %d ms; report %s", command,
        display(sourceDirectory), totals.documents(), totals.bytes(), totals.errors(), totals.warnings(),
        totals.infos(), millis, display(reportFile)));
    List<String> counts = new ArrayList<>();
    for (Severity severity : Severity.values()) {
      long count = notPrinted[severity.ordinal()];
      if (count > 0) {
        counts.add(count + " " + severity.name().toLowerCase(Locale.ROOT) + (count == 1 ? "" : "s"));
      }
    }
    if (!counts.isEmpty()) {
      summaryTo.println(String.format(Locale.ROOT, "Printed the first %d findings of each severity; not printed: %s."
          + " Every finding is in %s; --max-findings -1 prints them all", maxPrinted, String.join(", ", counts),
          display(reportFile)));
    }
    summaryTo.flush();
  }

  /** The exit code for {@code totals}: 1 when a finding is at a failing severity. */
  static int exitCode(ValidationTotals totals, boolean failOnError, boolean failOnWarning) {
    boolean fails = (failOnError && totals.errors() > 0) || (failOnWarning && totals.warnings() > 0);
    return fails ? ExitCodes.FAILED : ExitCodes.OK;
  }

  /** Whether the corpus folder lies outside the current folder, so that paths are given relative to it. */
  boolean outsideWorkingDirectory() {
    return !sourceDirectory.startsWith(workingDirectory);
  }

  /** The corpus folder, absolute. */
  Path sourceDirectory() {
    return sourceDirectory;
  }

  /** The sorted-by-arrival findings of a JSON or SARIF run. */
  List<Finding> findings() {
    return findings;
  }

  /** A generator writing indented JSON with LF line ends, whatever the platform, to {@code writer}. */
  static JsonGenerator generator(Writer writer) throws IOException {
    JsonGenerator json = new JsonFactory().createGenerator(writer);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    json.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)).withObjectIndenter(indenter).withArrayIndenter(indenter));
    return json;
  }

  private void writeJson(String command, ValidationTotals totals) throws IOException {
    try (JsonGenerator json = generator(out)) {
      json.writeStartObject();
      json.writeStringField("tool", "corpuskit");
      json.writeStringField("version", Version.get());
      json.writeStringField("command", command);
      json.writeStringField("sourceDirectory", display(sourceDirectory));
      json.writeNumberField("documents", totals.documents());
      json.writeNumberField("bytes", totals.bytes());
      json.writeNumberField("errors", totals.errors());
      json.writeNumberField("warnings", totals.warnings());
      json.writeNumberField("infos", totals.infos());
      json.writeArrayFieldStart("findings");
      for (Finding finding : findings) {
        json.writeStartObject();
        json.writeStringField("file", finding.file());
        json.writeStringField("path", shown(finding.file()));
        json.writeNumberField("line", finding.line());
        json.writeNumberField("column", finding.column());
        json.writeStringField("severity", finding.severity().name());
        json.writeStringField("rule", finding.ruleId());
        json.writeStringField("message", finding.message());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.println();
  }
}
