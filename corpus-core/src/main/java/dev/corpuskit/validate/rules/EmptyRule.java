package dev.corpuskit.validate.rules;

import dev.corpuskit.parse.Format;
import dev.corpuskit.parse.ParsedDocument;
import dev.corpuskit.validate.DocumentRule;
import dev.corpuskit.validate.Reporter;

/** A document must hold more than whitespace. */
public final class EmptyRule implements DocumentRule {

  public static final String ID = "empty";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public boolean stopsChecking() {
    return true;
  }

  @Override
  public void check(ParsedDocument document, Reporter reporter) {
    if (isBlank(document.text())) {
      String what = document.bytes().length == 0 ? "empty file"
          : document.format() == Format.HTML ? "the page has no text" : "the file holds only whitespace";
      reporter.report(0, 0, what + "; add content or remove the file");
    }
  }

  /** Whether {@code text} holds only whitespace, counting no-break and other Unicode spaces. */
  static boolean isBlank(String text) {
    return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
        || c == '\uFEFF' || c == '\u200B');
  }
}
