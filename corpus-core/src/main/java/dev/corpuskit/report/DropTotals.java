package dev.corpuskit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the rules whose action is drop left out of a cleaning run's corpus: the documents they dropped,
 * and per rule how many it kept and dropped.
 *
 * @param documents the documents left out by at least one rule
 * @param checked the documents the rules judged: every document that was parsed
 * @param byRule per rule whose action is drop (every one that is switched on, sorted by id), the
 *     documents it reported and so dropped; a document reported by two rules counts for both
 */
public record DropTotals(int documents, int checked, Map<String, Integer> byRule) {

  /** No rule drops: a validating run, or no rule with that action. */
  public static final DropTotals NONE = new DropTotals(0, 0, Map.of());

  public DropTotals {
    byRule = Collections.unmodifiableMap(new TreeMap<>(byRule));
  }

  /** The documents {@code rule} judged and did not drop (some may be left out for another reason). */
  public int kept(String rule) {
    return checked - byRule.getOrDefault(rule, 0);
  }

  /**
   * Writes the field {@code dropped} of a report's totals, {@code {"documents": n, "rules": {"id":
   * {"kept": k, "dropped": d}}}}; nothing when no rule drops, so that reports stay as they were.
   */
  void write(JsonGenerator json) throws IOException {
    if (byRule.isEmpty()) {
      return;
    }
    json.writeObjectFieldStart("dropped");
    json.writeNumberField("documents", documents);
    json.writeObjectFieldStart("rules");
    for (Map.Entry<String, Integer> rule : byRule.entrySet()) {
      json.writeObjectFieldStart(rule.getKey());
      json.writeNumberField("kept", kept(rule.getKey()));
      json.writeNumberField("dropped", rule.getValue());
      json.writeEndObject();
    }
    json.writeEndObject();
    json.writeEndObject();
  }
}
