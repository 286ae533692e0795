package dev.corpuskit.describe;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a corpus was made, for its data card: the rules in force with their findings, and the cleaning
 * steps that ran with their changes.
 *
 * @param ruleSeverities rule id to the severity in force, in run order
 * @param findingsByRule rule id to the number of findings
 * @param steps the ids of the cleaning steps that ran, in order
 * @param changesByStep detailed step id (such as {@code boilerplate/cookie-notice}) to change count, sorted
 * @param auditDetail how much of each changed line {@code cleaning.json} holds: {@code full},
 *     {@code excerpt}, {@code counts}, or empty when the report does not say (it then holds whole lines)
 * @param cleaningReportPublished whether the corpus holds {@code cleaning.json}, which the card then names
 */
public record BuildSummary(
    Map<String, String> ruleSeverities,
    Map<String, Long> findingsByRule,
    List<String> steps,
    Map<String, Integer> changesByStep,
    String auditDetail,
    boolean cleaningReportPublished) {

  public BuildSummary {
    ruleSeverities = Collections.unmodifiableMap(new LinkedHashMap<>(ruleSeverities));
    findingsByRule = Collections.unmodifiableMap(new TreeMap<>(findingsByRule));
    steps = List.copyOf(steps);
    changesByStep = Collections.unmodifiableMap(new TreeMap<>(changesByStep));
    auditDetail = auditDetail == null ? "" : auditDetail;
  }

  /** A summary of a build whose {@code cleaning.json} is published with the corpus. */
  public BuildSummary(Map<String, String> ruleSeverities, Map<String, Long> findingsByRule, List<String> steps,
      Map<String, Integer> changesByStep, String auditDetail) {
    this(ruleSeverities, findingsByRule, steps, changesByStep, auditDetail, true);
  }

  /** This summary, for a corpus published without its {@code cleaning.json}. */
  public BuildSummary withoutCleaningReport() {
    return new BuildSummary(ruleSeverities, findingsByRule, steps, changesByStep, auditDetail, false);
  }

  /** A summary whose audit holds whole lines. */
  public BuildSummary(Map<String, String> ruleSeverities, Map<String, Long> findingsByRule, List<String> steps,
      Map<String, Integer> changesByStep) {
    this(ruleSeverities, findingsByRule, steps, changesByStep, "");
  }

  /** Nothing known about the build. */
  public static BuildSummary empty() {
    return new BuildSummary(Map.of(), Map.of(), List.of(), Map.of());
  }

  /** Whether nothing is known about the build. */
  public boolean isEmpty() {
    return ruleSeverities.isEmpty() && steps.isEmpty();
  }

  /** The changes a step made, counting its detailed ids. */
  public int changesOf(String step) {
    return changesByStep.entrySet().stream()
        .filter(e -> e.getKey().equals(step) || e.getKey().startsWith(step + "/"))
        .mapToInt(Map.Entry::getValue).sum();
  }
}
