package dev.corpuskit.validate;

/** Where a rule reports what it finds in one file; the rule id, severity and file are bound. */
public interface Reporter {

  /** Reports a problem at a 1-based line and column (0, 0 for the whole file). */
  void report(int line, int column, String message);

  /** Reports an encoding problem, with the byte offset of the first bad byte. */
  void reportAtByte(long byteOffset, int line, int column, String message);

  /**
   * Reports a problem found by measuring: a threshold rule's finding carries the value and the
   * threshold it crossed ({@link Finding#measure}), for the audit of a dropped document.
   */
  default void reportMeasured(int line, int column, String message, Measure measure) {
    report(line, column, message);
  }

  /**
   * Records a value the rule measured on the document, whether or not it reports a problem, for the
   * quality-signals report; {@code name} is stable and kebab case. Ignored unless the run collects
   * signals.
   */
  default void signal(String name, double value) {}
}
