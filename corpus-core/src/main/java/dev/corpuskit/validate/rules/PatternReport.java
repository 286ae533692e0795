package dev.corpuskit.validate.rules;

import dev.corpuskit.text.TextPosition;
import dev.corpuskit.validate.Reporter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reports the first match of a pattern in a text, at its position, with the number of matches. */
final class PatternReport {

  private PatternReport() {}

  /**
   * Reports {@code what 'sample' (N in all)hint} at the first match of {@code pattern} in {@code text};
   * reports nothing when there is no match.
   */
  static void first(Pattern pattern, String text, Reporter reporter, String what, String hint) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      return;
    }
    int first = m.start();
    String sample = m.group();
    int count = 1;
    while (m.find()) {
      count++;
    }
    TextPosition at = TextPosition.of(text, first);
    reporter.report(at.line(), at.column(),
        what + " '" + sample + "'" + (count > 1 ? " (" + count + " in all)" : "") + hint);
  }
}
