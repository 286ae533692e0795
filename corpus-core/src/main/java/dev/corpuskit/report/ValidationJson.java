package dev.corpuskit.report;

import dev.corpuskit.io.Json;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.RuleCatalog;
import dev.corpuskit.validate.RuleConfig;
import dev.corpuskit.validate.RuleDefinition;
import dev.corpuskit.validate.Severity;
import dev.corpuskit.validate.ValidationReport;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a validation report as JSON: totals, the rules in force with their severities, and every
 * finding. The output holds no time or absolute path, so the same corpus gives the same file.
 */
public final class ValidationJson {

  private ValidationJson() {}

  /** Writes {@code report}, produced under {@code rules}, to {@code target}. */
  public static void write(ValidationReport report, RuleConfig rules, Path target) throws IOException {
    Json.write(target, json -> {
      json.writeStartObject();
      json.writeNumberField("documents", report.documents());
      json.writeNumberField("bytes", report.bytes());
      json.writeNumberField("errors", report.count(Severity.ERROR));
      json.writeNumberField("warnings", report.count(Severity.WARNING));
      json.writeNumberField("infos", report.count(Severity.INFO));
      json.writeArrayFieldStart("rules");
      for (RuleDefinition rule : RuleCatalog.all()) {
        json.writeStartObject();
        json.writeStringField("id", rule.id());
        json.writeStringField("severity", rules.severityOf(rule).name());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("findings");
      for (Finding finding : report.findings()) {
        writeFinding(json, finding);
      }
      json.writeEndArray();
      json.writeEndObject();
    });
  }

  private static void writeFinding(JsonGenerator json, Finding finding) throws IOException {
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
    json.writeEndObject();
  }
}
