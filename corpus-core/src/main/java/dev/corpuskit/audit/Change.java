package dev.corpuskit.audit;

/**
 * One entry of the cleaning audit: a step changed or removed a line.
 *
 * @param step the id of the step, with a detail after a slash where a step has several rules (for
 *     example {@code boilerplate/cookie-notice})
 * @param line 1-based line number in the source text
 * @param before the line's text before the step (possibly an excerpt, see the report's audit detail)
 * @param after the line's text after the step; {@code null} when the step removed the line
 * @param charsRemoved how many characters the step took from the line: its length for a removed line,
 *     the length before less the length after for a changed one (negative when it grew). Counted on
 *     the whole line, so it stays exact when the texts are cut to excerpts or left out.
 */
public record Change(String step, int line, String before, String after, int charsRemoved) {

  /** A change of the whole line {@code before} into {@code after}, its removed characters counted from them. */
  public Change(String step, int line, String before, String after) {
    this(step, line, before, after, before.length() - (after == null ? 0 : after.length()));
  }

  /** Whether the step removed the line. */
  public boolean isRemoval() {
    return after == null;
  }
}
