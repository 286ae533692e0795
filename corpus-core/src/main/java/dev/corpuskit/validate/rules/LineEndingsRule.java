package dev.corpuskit.validate.rules;

import dev.corpuskit.parse.Format;
import dev.corpuskit.parse.ParsedDocument;
import dev.corpuskit.text.TextPosition;
import dev.corpuskit.validate.DocumentRule;
import dev.corpuskit.validate.Reporter;

/** Lines of plain text should end with LF only; reports CRLF, CR and mixed line endings. */
public final class LineEndingsRule implements DocumentRule {

  public static final String ID = "line-endings";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void check(ParsedDocument document, Reporter reporter) {
    if (document.format() != Format.TEXT) {
      return; // line breaks in markup never reach an HTML page's main text
    }
    String text = document.text();
    int lf = 0;
    int crlf = 0;
    int cr = 0;
    int firstCr = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        if (firstCr < 0) {
          firstCr = i;
        }
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          crlf++;
          i++;
        } else {
          cr++;
        }
      } else if (c == '\n') {
        lf++;
      }
    }
    if (firstCr < 0) {
      return;
    }
    int kinds = (lf > 0 ? 1 : 0) + (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
    String what = kinds > 1
        ? "mixed line endings (" + lf + " LF, " + crlf + " CRLF, " + cr + " CR)"
        : crlf > 0 ? "CRLF line endings" : "CR line endings";
    TextPosition at = TextPosition.of(text, firstCr);
    reporter.report(at.line(), at.column(),
        what + "; clean the corpus or save the file with LF line endings");
  }
}
