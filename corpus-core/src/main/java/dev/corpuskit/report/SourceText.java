package dev.corpuskit.report;

/**
 * The text a document's cleaning started from, read again for the report's examples: the decoded
 * text of a plain-text source, the main text of an HTML page.
 *
 * @param text the text whose lines the cleaning steps' changes number
 * @param markupStep the step whose changes (its id, or its id and a detail after a slash) number lines
 *     of the markup rather than of {@code text}: the HTML extraction's blocks; null for plain text
 */
public record SourceText(String text, String markupStep) {

  /** Whether {@code change}'s step is {@link #markupStep}'s. */
  boolean inMarkup(dev.corpuskit.audit.Change change) {
    return markupStep != null
        && (change.step().equals(markupStep) || change.step().startsWith(markupStep + "/"));
  }
}
