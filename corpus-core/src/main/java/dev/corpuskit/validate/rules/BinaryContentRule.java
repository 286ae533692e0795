package dev.corpuskit.validate.rules;

import dev.corpuskit.parse.ParsedDocument;
import dev.corpuskit.text.TextPosition;
import dev.corpuskit.validate.DocumentRule;
import dev.corpuskit.validate.Reporter;
import dev.corpuskit.validate.RuleParameters;

/**
 * The file must be text: a NUL character, or a share of control characters above a threshold, marks
 * binary content (an image, a PDF, a UTF-16 file without byte-order mark read as UTF-8).
 */
public final class BinaryContentRule implements DocumentRule {

  public static final String ID = "binary";
  public static final String MAX_CONTROL_SHARE = "maxControlShare";

  private final double maxControlShare;

  public BinaryContentRule(RuleParameters parameters) {
    this.maxControlShare = parameters.getDouble(MAX_CONTROL_SHARE, 0.05, 0, 1);
  }

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
    String text = document.decoding().text();
    int firstNul = text.indexOf('\0');
    if (firstNul >= 0) {
      TextPosition at = TextPosition.of(text, firstNul);
      String hint = looksLikeUtf16(document.bytes())
          ? "it looks like UTF-16 without a byte-order mark: convert it to UTF-8"
          : "remove the file or leave it out with the excludes setting";
      reporter.report(at.line(), at.column(), "binary content: NUL character; " + hint);
      return;
    }
    int controls = 0;
    int firstControl = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // Form feeds and vertical tabs are page layout, not binary data: leave them to control-chars.
      if (ControlCharactersRule.isStrayControl(c) && !Character.isWhitespace(c)) {
        controls++;
        if (firstControl < 0) {
          firstControl = i;
        }
      }
    }
    if (!text.isEmpty() && controls > 0 && controls / (double) text.length() > maxControlShare) {
      TextPosition at = TextPosition.of(text, firstControl);
      reporter.report(at.line(), at.column(), String.format(java.util.Locale.ROOT,
          "binary content: %.1f%% of characters are control characters (limit %.1f%%);"
              + " remove the file or leave it out with the excludes setting",
          100.0 * controls / text.length(), 100.0 * maxControlShare));
    }
  }

  private static boolean looksLikeUtf16(byte[] bytes) {
    int pairs = Math.min(bytes.length / 2, 512);
    if (pairs < 4) {
      return false;
    }
    int zeroEven = 0;
    int zeroOdd = 0;
    for (int i = 0; i < pairs * 2; i += 2) {
      zeroEven += bytes[i] == 0 ? 1 : 0;
      zeroOdd += bytes[i + 1] == 0 ? 1 : 0;
    }
    return Math.max(zeroEven, zeroOdd) > pairs * 0.6 && Math.min(zeroEven, zeroOdd) < pairs * 0.1;
  }
}
