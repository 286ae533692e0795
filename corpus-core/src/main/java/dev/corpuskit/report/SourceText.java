package dev.corpuskit.report;

import dev.corpuskit.audit.Change;
import java.util.List;

/**
 * The text a document's cleaning started from, read again for the report's examples: the decoded
 * text of a plain-text source, the main text of an HTML page.
 *
 * @param text the text whose lines the cleaning steps' changes number
 * @param markupStep the step whose changes (its id, or its id and a detail after a slash) number lines
 *     of the markup rather than of {@code text}: the HTML extraction's blocks; null for plain text
 * @param changes every change cleaning the text again made, whole and listed, as the audit would order
 *     them at its {@code full} detail; null when the text was only read, not cleaned again (the page
 *     then shows the audit's changes, which an {@code excerpt} or {@code counts} audit may cut or count)
 */
public record SourceText(String text, String markupStep, List<Change> changes) {

  public SourceText {
    changes = changes == null ? null : List.copyOf(changes);
  }

  /** A text read again but not cleaned again. */
  public SourceText(String text, String markupStep) {
    this(text, markupStep, null);
  }

  /** Whether {@code change}'s step is {@link #markupStep}'s. */
  boolean inMarkup(Change change) {
    return markupStep != null
        && (change.step().equals(markupStep) || change.step().startsWith(markupStep + "/"));
  }
}
