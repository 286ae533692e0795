package dev.corpuskit.validate.rules;

import dev.corpuskit.parse.ParsedDocument;
import dev.corpuskit.validate.DocumentRule;
import dev.corpuskit.validate.Reporter;
import java.util.regex.Pattern;

/**
 * Detects mojibake: UTF-8 bytes that were decoded as Windows-1252 or Latin-1 and encoded again, such
 * as {@code â€™} for {@code ’} or {@code Ã©} for {@code é}.
 */
public final class MojibakeRule implements DocumentRule {

  public static final String ID = "mojibake";

  /** Characters Windows-1252 or Latin-1 shows for a UTF-8 continuation byte (0x80-0xBF). */
  private static final String CONTINUATION = "[\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178"
      + "\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026"
      + "\\u2030\\u2039\\u203A\\u20AC\\u2122]";

  /**
   * {@code â€} (lead of U+2000-U+203F), {@code ðŸ} (lead of most emoji), or Â, Ã, Ä, Å (leads of
   * U+0080-U+017F) followed by a continuation character. Legitimate text such as "António" or "ÅÄÖ"
   * hardly ever puts these leads before such a character.
   */
  private static final Pattern SIGNATURE =
      Pattern.compile("â€" + CONTINUATION + "?|ðŸ|[ÂÃÄÅ]" + CONTINUATION);

  /** Whether {@code text} holds one of the signature leads â, ð, Â, Ã, Ä, Å: one scan, no regex. */
  private static boolean containsLead(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 'â' || c == 'ð' || (c >= 'Â' && c <= 'Å')) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void check(ParsedDocument document, Reporter reporter) {
    String text = document.decoding().text();
    if (!containsLead(text)) {
      return; // every signature starts with one of the leads
    }
    PatternReport.first(SIGNATURE, text, reporter, "mojibake",
        ": UTF-8 text was decoded as Windows-1252 or Latin-1; re-fetch or re-decode the source");
  }
}
