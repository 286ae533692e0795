package dev.corpuskit.report;

import dev.corpuskit.io.Json;
import dev.corpuskit.clean.Change;
import dev.corpuskit.pipeline.CleanResult;
import dev.corpuskit.pipeline.DocumentAudit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the cleaning audit as JSON: the steps that ran, change counts per step, and per document
 * every change with its source line and the text before and after.
 */
public final class CleaningJson {

  private CleaningJson() {}

  /** Writes the audit of {@code result} to {@code target}. */
  public static void write(CleanResult result, Path target) throws IOException {
    Json.write(target, json -> {
      json.writeStartObject();
      json.writeNumberField("documents", result.audits().size());
      json.writeArrayFieldStart("steps");
      for (String step : result.steps()) {
        json.writeString(step);
      }
      json.writeEndArray();
      json.writeObjectFieldStart("changesByStep");
      for (Map.Entry<String, Integer> count : countByStep(result).entrySet()) {
        json.writeNumberField(count.getKey(), count.getValue());
      }
      json.writeEndObject();
      json.writeArrayFieldStart("audit");
      for (DocumentAudit audit : result.audits()) {
        json.writeStartObject();
        json.writeStringField("id", audit.id());
        json.writeStringField("source", audit.source());
        json.writeStringField("path", audit.path());
        json.writeArrayFieldStart("changes");
        for (Change change : audit.changes()) {
          json.writeStartObject();
          json.writeStringField("step", change.step());
          json.writeNumberField("line", change.line());
          json.writeStringField("before", change.before());
          if (change.isRemoval()) {
            json.writeNullField("after");
          } else {
            json.writeStringField("after", change.after());
          }
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    });
  }

  /** Change counts per step id (with detail, such as {@code boilerplate/cookie-notice}), sorted. */
  public static Map<String, Integer> countByStep(CleanResult result) {
    Map<String, Integer> counts = new TreeMap<>();
    for (DocumentAudit audit : result.audits()) {
      for (Change change : audit.changes()) {
        counts.merge(change.step(), 1, Integer::sum);
      }
    }
    return counts;
  }
}
