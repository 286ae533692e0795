package dev.corpuskit.report;

/**
 * The text a document's cleaning started from, read again for the report's examples: the decoded
 * text of a plain-text source, the main text of an HTML page.
 *
 * @param text the text whose lines the cleaning steps' changes number
 * @param markupChanges how many of the audit's first changes are blocks the HTML extraction removed,
 *     numbered by their line in the markup rather than in {@code text}; 0 for plain text
 */
public record SourceText(String text, int markupChanges) {}
