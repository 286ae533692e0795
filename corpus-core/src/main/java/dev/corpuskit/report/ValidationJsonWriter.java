package dev.corpuskit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.corpuskit.io.Json;
import dev.corpuskit.io.PendingFile;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.Measure;
import dev.corpuskit.validate.RuleAction;
import dev.corpuskit.validate.RuleCatalog;
import dev.corpuskit.validate.RuleConfig;
import dev.corpuskit.validate.RuleDefinition;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Streams {@code validation.json}: the rules in force (with {@code "action": "drop"} for a rule that
 * drops what it reports), every finding as it is added (a threshold rule's with its {@code measure}:
 * name, value and threshold), and the totals last, so that no finding is held in memory. The file
 * appears only on {@link #finish}.
 */
public final class ValidationJsonWriter implements Closeable {

  private final PendingFile file;
  private final JsonGenerator json;

  /**
   * A corpus the run checked its documents against ({@code contamination}).
   *
   * @param file the corpus jar's file name
   * @param sha256 the jar's SHA-256, in lower-case hex
   */
  public record Against(String file, String sha256) {}

  /** Starts the report for a run under {@code rules}. */
  public ValidationJsonWriter(Path target, RuleConfig rules) throws IOException {
    this(target, rules, List.of());
  }

  /**
   * Starts the report for a run under {@code rules} that checks against {@code against}: those are
   * listed after the rules (only when there are some), so that a reviewer sees what the absence of
   * {@code contamination} findings was checked against.
   */
  public ValidationJsonWriter(Path target, RuleConfig rules, List<Against> against) throws IOException {
    file = PendingFile.create(target);
    json = Json.open(file.out());
    json.writeStartObject();
    json.writeArrayFieldStart("rules");
    for (RuleDefinition rule : RuleCatalog.all()) {
      if (!rules.listed(rule)) {
        continue; // an opt-in rule left off: the file reads as it did before the rule existed
      }
      json.writeStartObject();
      json.writeStringField("id", rule.id());
      json.writeStringField("severity", rules.severityOf(rule).name());
      if (rules.actionOf(rule) == RuleAction.DROP) {
        json.writeStringField("action", RuleAction.DROP.id());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    if (!against.isEmpty()) {
      json.writeArrayFieldStart("against");
      for (Against corpus : against) {
        json.writeStartObject();
        json.writeStringField("file", corpus.file());
        json.writeStringField("sha256", corpus.sha256());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    json.writeArrayFieldStart("findings");
  }

  /** Adds a finding; findings come in file order, then rule order. */
  public void add(Finding finding) throws IOException {
    json.writeStartObject();
    json.writeStringField("rule", finding.ruleId());
    json.writeStringField("severity", finding.severity().name());
    json.writeStringField("file", finding.file());
    json.writeNumberField("line", finding.line());
    json.writeNumberField("column", finding.column());
    if (finding.byteOffset() >= 0) {
      json.writeNumberField("byteOffset", finding.byteOffset());
    }
    json.writeStringField("message", finding.message());
    if (finding.detail() != null) {
      json.writeStringField("detail", finding.detail());
    }
    Measure measure = finding.measure();
    if (measure != null) {
      json.writeObjectFieldStart("measure");
      json.writeStringField("name", measure.name());
      json.writeFieldName("value");
      Numbers.write(json, measure.value());
      json.writeFieldName("threshold");
      Numbers.write(json, measure.threshold());
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  /** Writes the totals and publishes the file. */
  public void finish(ValidationTotals totals) throws IOException {
    finish(totals, DropTotals.NONE);
  }

  /**
   * Writes the totals, with what the rules whose action is drop left out of a cleaning run's corpus
   * (nothing when none did), and publishes the file.
   */
  public void finish(ValidationTotals totals, DropTotals drops) throws IOException {
    json.writeEndArray();
    json.writeNumberField("documents", totals.documents());
    json.writeNumberField("bytes", totals.bytes());
    json.writeNumberField("errors", totals.errors());
    json.writeNumberField("warnings", totals.warnings());
    json.writeNumberField("infos", totals.infos());
    drops.write(json);
    json.writeEndObject();
    json.writeRaw('\n');
    json.close();
    file.commit();
  }

  @Override
  public void close() throws IOException {
    file.close();
  }
}
