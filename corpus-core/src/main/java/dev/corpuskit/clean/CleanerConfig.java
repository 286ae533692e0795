package dev.corpuskit.clean;

import java.util.Set;
import java.util.TreeSet;

/**
 * Which cleaning steps are switched off.
 *
 * @param disabledSteps ids of steps that do not run
 */
public record CleanerConfig(Set<String> disabledSteps) {

  /**
   * @throws IllegalArgumentException when an id names no step
   */
  public CleanerConfig {
    disabledSteps = Set.copyOf(new TreeSet<>(disabledSteps));
    for (String id : disabledSteps) {
      if (StepCatalog.find(id).isEmpty()) {
        throw new IllegalArgumentException(
            "no cleaning step '" + id + "'; known steps are " + String.join(", ", StepCatalog.ids()));
      }
    }
  }

  /** Every step on. */
  public static CleanerConfig defaults() {
    return new CleanerConfig(Set.of());
  }
}
