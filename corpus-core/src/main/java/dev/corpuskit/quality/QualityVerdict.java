package dev.corpuskit.quality;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a quality filter measured on one document and, when the document fails, the first check it
 * failed in the reference implementation's order (datatrove's filters return the first failing reason).
 *
 * @param signals every value measured, by stable kebab-case name, in the filter's order; a value the
 *     reference leaves undefined (a division by zero) is absent
 * @param failure the first failed check, or empty when the document passes
 */
public record QualityVerdict(Map<String, Double> signals, Optional<Failure> failure) {

  public QualityVerdict {
    signals = Collections.unmodifiableMap(new LinkedHashMap<>(signals));
    Objects.requireNonNull(failure, "failure");
  }

  /** Whether the document passes every check (datatrove keeps it). */
  public boolean keeps() {
    return failure.isEmpty();
  }

  /**
   * A failed check.
   *
   * @param reason the reason code: datatrove's, in kebab case ({@code gopher_short_doc} is
   *     {@code gopher-short-doc})
   * @param value the measured value
   * @param threshold the configured threshold it crossed
   * @param message what was measured and the threshold, for people
   */
  public record Failure(String reason, double value, double threshold, String message) {

    public Failure {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(message, "message");
    }
  }

  /** Collects the signals and the first failure while a filter measures. */
  static final class Builder {
    private final Map<String, Double> signals = new LinkedHashMap<>();
    private Failure failure;

    void signal(String name, double value) {
      signals.put(name, value);
    }

    /** Records a failure unless an earlier check already failed. */
    void fail(String reason, double value, double threshold, String message) {
      if (failure == null) {
        failure = new Failure(reason, value, threshold, message);
      }
    }

    QualityVerdict build() {
      return new QualityVerdict(signals, Optional.ofNullable(failure));
    }
  }

  /** A value for a message: whole numbers without a fraction, others to four decimals. */
  static String format(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return String.format(java.util.Locale.ROOT, "%.4f", value);
  }
}
