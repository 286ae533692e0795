package dev.corpuskit.validate.rules;

import dev.corpuskit.parse.ParsedDocument;
import dev.corpuskit.text.TextPosition;
import dev.corpuskit.validate.DocumentRule;
import dev.corpuskit.validate.Reporter;

/** Text should hold no control characters other than tab and line breaks (C0, DEL, C1). */
public final class ControlCharactersRule implements DocumentRule {

  public static final String ID = "control-chars";

  @Override
  public String id() {
    return ID;
  }

  /** Whether {@code c} is a control character that has no place in text. NUL counts. */
  public static boolean isStrayControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
  }

  @Override
  public void check(ParsedDocument document, Reporter reporter) {
    String text = document.decoding().text();
    if (text.indexOf('\0') >= 0) {
      return; // the binary rule reports it
    }
    int count = 0;
    int first = -1;
    for (int i = 0; i < text.length(); i++) {
      if (isStrayControl(text.charAt(i))) {
        count++;
        if (first < 0) {
          first = i;
        }
      }
    }
    if (count > 0) {
      TextPosition at = TextPosition.of(text, first);
      reporter.report(at.line(), at.column(), String.format("control character U+%04X%s; they are removed"
          + " when cleaning, or fix the source", (int) text.charAt(first),
          count > 1 ? " (" + count + " in all)" : ""));
    }
  }
}
