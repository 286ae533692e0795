package dev.corpuskit.parse;

/** The kinds of source file the toolkit reads. */
public enum Format {
  /** Plain text: the document is the decoded file. */
  TEXT,
  /** An HTML page: the document is the page's main text. */
  HTML
}
