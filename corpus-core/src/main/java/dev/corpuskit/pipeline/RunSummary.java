package dev.corpuskit.pipeline;

import dev.corpuskit.report.DropTotals;
import dev.corpuskit.report.ValidationTotals;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The totals of a run.
 *
 * @param validation documents, bytes and findings per severity
 * @param cleaned documents cleaned and listed in the manifest (0 when the run does not clean)
 * @param reused documents whose per-file results came from the cache
 * @param cleanedNow documents this run cleaned; the other {@code cleaned} ones kept their cleaned form
 * @param steps the cleaning steps that ran, in order (empty when the run does not clean)
 * @param changesByStep change counts per detailed step id, sorted
 * @param nearDuplicates what the near-duplicate rule found ({@link NearDuplicateSummary#NONE} when it
 *     was off, or the run was skipped as nothing changed)
 * @param drops what the rules whose action is drop left out of a cleaning run's corpus
 *     ({@link DropTotals#NONE} for a validating run, or without such a rule)
 */
public record RunSummary(ValidationTotals validation, int cleaned, int reused, int cleanedNow, List<String> steps,
    Map<String, Integer> changesByStep, NearDuplicateSummary nearDuplicates, DropTotals drops) {

  public RunSummary {
    steps = List.copyOf(steps);
    changesByStep = Collections.unmodifiableMap(new TreeMap<>(changesByStep));
    nearDuplicates = nearDuplicates == null ? NearDuplicateSummary.NONE : nearDuplicates;
    drops = drops == null ? DropTotals.NONE : drops;
  }

  /** A summary without drops. */
  public RunSummary(ValidationTotals validation, int cleaned, int reused, int cleanedNow, List<String> steps,
      Map<String, Integer> changesByStep, NearDuplicateSummary nearDuplicates) {
    this(validation, cleaned, reused, cleanedNow, steps, changesByStep, nearDuplicates, DropTotals.NONE);
  }

  /** A summary without near-duplicate figures. */
  public RunSummary(ValidationTotals validation, int cleaned, int reused, int cleanedNow, List<String> steps,
      Map<String, Integer> changesByStep) {
    this(validation, cleaned, reused, cleanedNow, steps, changesByStep, NearDuplicateSummary.NONE, DropTotals.NONE);
  }

  /** Whether any finding is an error. */
  public boolean hasErrors() {
    return validation.errors() > 0;
  }

  /**
   * What a cleaning run says of the rules whose action is drop, a line each: per rule the documents it
   * kept and dropped, then the documents left out, audited in {@code cleaning.json}; none without drops.
   */
  public List<String> dropLines() {
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, Integer> rule : drops.byRule().entrySet()) {
      lines.add(String.format(Locale.ROOT, "%s (action drop): kept %d, dropped %d document%s", rule.getKey(),
          drops.kept(rule.getKey()), rule.getValue(), rule.getValue() == 1 ? "" : "s"));
    }
    if (!drops.byRule().isEmpty()) {
      lines.add(String.format(Locale.ROOT, "Dropped %d document%s from the corpus, each audited under leftOut"
          + " in %s", drops.documents(), drops.documents() == 1 ? "" : "s", CorpusPackaging.CLEANING_REPORT));
    }
    return lines;
  }
}
