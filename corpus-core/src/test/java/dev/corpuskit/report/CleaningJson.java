package dev.corpuskit.report;

import dev.corpuskit.audit.Change;
import dev.corpuskit.audit.DocumentAudit;
import dev.corpuskit.pipeline.CleanResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the cleaning audit as JSON: the steps that ran, the audit detail, per document every change
 * with its source line and the text before and after (whole or excerpts, as the detail says), and
 * change counts per step. Runs stream the same format with
 * {@link CleaningJsonWriter}.
 */
public final class CleaningJson {

  private CleaningJson() {}

  /** Writes the audit of {@code result} to {@code target}. */
  public static void write(CleanResult result, Path target) throws IOException {
    try (CleaningJsonWriter writer = new CleaningJsonWriter(target, result.steps(), result.auditDetail())) {
      for (DocumentAudit audit : result.audits()) {
        writer.add(audit);
      }
      writer.finish(result.audits().size(), countByStep(result));
    }
  }

  /** Change counts per step id (with detail, such as {@code boilerplate/cookie-notice}), sorted. */
  public static Map<String, Integer> countByStep(CleanResult result) {
    Map<String, Integer> counts = new TreeMap<>();
    for (DocumentAudit audit : result.audits()) {
      for (Change change : audit.changes()) {
        counts.merge(change.step(), 1, Integer::sum);
      }
      audit.counted().forEach(count -> counts.merge(count.step(), count.changes(), Integer::sum));
    }
    return counts;
  }
}
