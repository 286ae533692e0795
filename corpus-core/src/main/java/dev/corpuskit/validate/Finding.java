package dev.corpuskit.validate;

import dev.corpuskit.format.Printable;

/**
 * One problem found in one file.
 *
 * @param ruleId the id of the rule that found it
 * @param severity how much it matters
 * @param file the file's path relative to the corpus root
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column in code points, or 0 when the problem concerns the whole file
 * @param byteOffset 0-based byte offset for encoding problems, otherwise -1
 * @param message what is wrong and what to do
 * @param detail more than the message has room for (the stack trace of an {@code internal-error}), or null
 * @param measure what a threshold rule measured and the threshold crossed ({@link Reporter#reportMeasured}),
 *     or null
 */
public record Finding(
    String ruleId, Severity severity, String file, int line, int column, long byteOffset, String message,
    String detail, Measure measure) {

  /** A finding without a measure. */
  public Finding(String ruleId, Severity severity, String file, int line, int column, long byteOffset, String message,
      String detail) {
    this(ruleId, severity, file, line, column, byteOffset, message, detail, null);
  }

  /** A finding without detail. */
  public Finding(String ruleId, Severity severity, String file, int line, int column, long byteOffset, String message) {
    this(ruleId, severity, file, line, column, byteOffset, message, null, null);
  }

  /**
   * The conventional {@code file:line:col: message [rule]} form that editors and CI understand, as one
   * line: control characters in the file's name or the message are escaped ({@link Printable#escape}).
   */
  public String format() {
    return format(file);
  }

  /** {@link #format()} with the file shown as {@code shownFile}, for example relative to the project. */
  public String format(String shownFile) {
    int l = Math.max(line, 1);
    int c = Math.max(column, 1);
    return Printable.escape(shownFile) + ":" + l + ":" + c + ": " + Printable.escape(message) + " [" + ruleId + "]";
  }

  @Override
  public String toString() {
    return severity + " " + format();
  }
}
