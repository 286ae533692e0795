package dev.corpuskit.validate.rules;

import dev.corpuskit.parse.Format;
import dev.corpuskit.parse.ParsedDocument;
import dev.corpuskit.validate.DocumentRule;
import dev.corpuskit.validate.Reporter;
import java.util.regex.Pattern;

/** Plain text should hold no leftover HTML: tags such as {@code <p>} or entities such as {@code &amp;}. */
public final class MarkupRule implements DocumentRule {

  public static final String ID = "markup";

  private static final Pattern MARKUP = Pattern.compile(
      "</?(?:a|abbr|b|blockquote|br|div|em|h[1-6]|i|img|li|ol|p|script|span|strong|style|table|td|tr|ul)"
          + "(?:\\s[^<>]{0,200})?/?>"
          + "|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});",
      Pattern.CASE_INSENSITIVE);

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void check(ParsedDocument document, Reporter reporter) {
    if (document.format() != Format.TEXT) {
      return;
    }
    String text = document.text();
    if (text.indexOf('<') < 0 && text.indexOf('&') < 0) {
      return; // every tag starts with '<', every entity with '&'
    }
    PatternReport.first(MARKUP, text, reporter, "leftover HTML",
        "; entities are decoded when cleaning, tags need fixing at the source or an .html extension");
  }
}
