package dev.corpuskit.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.RuleCatalog;
import dev.corpuskit.validate.RuleDefinition;
import dev.corpuskit.validate.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes findings as a SARIF 2.1.0 log (OASIS), the format code-scanning tools read: one run whose
 * {@code tool.driver} names corpuskit, its version and every rule of the catalog (plus any other rule a
 * finding names, such as {@code internal-error}), and one result per finding with its rule, level and
 * message, located by the file's URI relative to the current folder and, unless the finding concerns
 * the whole file, its line and column. A corpus outside the current folder is located relative to the
 * base id {@code CORPUS_ROOT}, which the log maps to the corpus folder. Deterministic: the same findings
 * give the same bytes.
 */
final class SarifWriter {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String BASE_ID = "CORPUS_ROOT";

  private final FindingsOutput output;

  SarifWriter(FindingsOutput output) {
    this.output = output;
  }

  void write(PrintWriter out, List<Finding> findings) throws IOException {
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    List<RuleDefinition> catalog = new ArrayList<>();
    for (RuleDefinition definition : RuleCatalog.all()) {
      ruleIndex.put(definition.id(), ruleIndex.size());
      catalog.add(definition);
    }
    List<String> others = new ArrayList<>();
    for (Finding finding : findings) {
      if (!ruleIndex.containsKey(finding.ruleId())) {
        ruleIndex.put(finding.ruleId(), ruleIndex.size());
        others.add(finding.ruleId());
      }
    }
    try (JsonGenerator json = FindingsOutput.generator(out)) {
      json.writeStartObject();
      json.writeStringField("$schema", SCHEMA);
      json.writeStringField("version", "2.1.0");
      json.writeArrayFieldStart("runs");
      json.writeStartObject();
      json.writeObjectFieldStart("tool");
      json.writeObjectFieldStart("driver");
      json.writeStringField("name", "corpuskit");
      json.writeStringField("version", Version.get());
      json.writeArrayFieldStart("rules");
      for (RuleDefinition definition : catalog) {
        writeRule(json, definition.id(), definition.description(), definition.defaultSeverity());
      }
      for (String id : others) {
        writeRule(json, id, "Rule " + id + ".", null);
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndObject();
      boolean outside = output.outsideWorkingDirectory();
      if (outside) {
        json.writeObjectFieldStart("originalUriBaseIds");
        json.writeObjectFieldStart(BASE_ID);
        json.writeStringField("uri", output.sourceDirectory().toUri().toASCIIString());
        json.writeEndObject();
        json.writeEndObject();
      }
      json.writeArrayFieldStart("results");
      for (Finding finding : findings) {
        json.writeStartObject();
        json.writeStringField("ruleId", finding.ruleId());
        json.writeNumberField("ruleIndex", ruleIndex.get(finding.ruleId()));
        json.writeStringField("level", level(finding.severity()));
        json.writeObjectFieldStart("message");
        json.writeStringField("text", finding.message());
        json.writeEndObject();
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", uri(outside ? finding.file() : output.shown(finding.file())));
        if (outside) {
          json.writeStringField("uriBaseId", BASE_ID);
        }
        json.writeEndObject();
        if (finding.line() > 0) {
          json.writeObjectFieldStart("region");
          json.writeNumberField("startLine", finding.line());
          json.writeNumberField("startColumn", Math.max(finding.column(), 1));
          json.writeEndObject();
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
    }
    out.println();
  }

  private static void writeRule(JsonGenerator json, String id, String description, Severity severity)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("id", id);
    json.writeObjectFieldStart("shortDescription");
    json.writeStringField("text", description);
    json.writeEndObject();
    json.writeObjectFieldStart("defaultConfiguration");
    json.writeBooleanField("enabled", severity != Severity.OFF);
    if (severity != null && severity != Severity.OFF) {
      json.writeStringField("level", level(severity));
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  /** SARIF's level of a severity: error, warning, or note for an info. */
  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      default -> "note";
    };
  }

  /** A relative URI reference of the forward-slashed path {@code path}, its characters escaped. */
  static String uri(String path) {
    try {
      String escaped = new URI(null, null, path, null).toASCIIString();
      // A first segment holding ':' would read as a scheme.
      int colon = escaped.indexOf(':');
      int slash = escaped.indexOf('/');
      return colon >= 0 && (slash < 0 || colon < slash) ? "./" + escaped : escaped;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("Cannot make a URI of " + path, e);
    }
  }
}
