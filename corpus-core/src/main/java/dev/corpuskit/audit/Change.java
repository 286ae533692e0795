package dev.corpuskit.audit;

/**
 * One entry of the cleaning audit: a step changed or removed a line.
 *
 * @param step the id of the step, with a detail after a slash where a step has several rules (for
 *     example {@code boilerplate/cookie-notice})
 * @param line 1-based line number in the source text
 * @param before the line's text before the step
 * @param after the line's text after the step; {@code null} when the step removed the line
 */
public record Change(String step, int line, String before, String after) {

  /** Whether the step removed the line. */
  public boolean isRemoval() {
    return after == null;
  }
}
