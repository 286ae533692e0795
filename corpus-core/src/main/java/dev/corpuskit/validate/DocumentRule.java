package dev.corpuskit.validate;

import dev.corpuskit.parse.ParsedDocument;

/** A rule that judges a file's content once it is read and parsed. */
public non-sealed interface DocumentRule extends Rule {

  /** Checks {@code document}. Documents arrive in the corpus's sorted order. */
  void check(ParsedDocument document, Reporter reporter);

  /**
   * Whether a finding from this rule leaves later rules nothing useful to say (binary or empty
   * content), so that one problem gives one finding.
   */
  default boolean stopsChecking() {
    return false;
  }
}
