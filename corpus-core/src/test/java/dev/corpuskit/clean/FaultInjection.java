package dev.corpuskit.clean;

import java.util.List;

/** Cleaners with a step made to fail, for the tests of fault isolation. */
public final class FaultInjection {

  private FaultInjection() {}

  /** A cleaner of {@code config} that runs {@code extraSteps} after the configured steps. */
  public static Cleaner cleaner(CleanerConfig config, List<CleaningStep> extraSteps) {
    return new Cleaner(config, RepeatedLines.none(), extraSteps);
  }
}
