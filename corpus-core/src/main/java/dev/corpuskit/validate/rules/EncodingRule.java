package dev.corpuskit.validate.rules;

import dev.corpuskit.parse.Format;
import dev.corpuskit.parse.MalformedInput;
import dev.corpuskit.parse.ParsedDocument;
import dev.corpuskit.validate.DocumentRule;
import dev.corpuskit.validate.Reporter;

/**
 * Every byte sequence of a plain-text file must be valid in its encoding, which the user declares;
 * reports the first bad one exactly. HTML pages are decoded as browsers decode them, and {@link
 * HtmlEncodingRule} reports how.
 */
public final class EncodingRule implements DocumentRule {

  public static final String ID = "encoding";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void check(ParsedDocument document, Reporter reporter) {
    if (document.format() == Format.HTML) {
      return;
    }
    document.decoding().malformed().ifPresent(bad -> reporter.reportAtByte(
        bad.byteOffset(), bad.line(), bad.column(), message(document, bad)));
  }

  private static String message(ParsedDocument document, MalformedInput bad) {
    String more = bad.count() > 1 ? " (" + bad.count() + " bad sequences in all)" : "";
    return "invalid " + document.decoding().charset().name() + " byte sequence [" + bad.badBytes()
        + "] at byte " + bad.byteOffset() + more
        + "; re-save the file as " + document.decoding().charset().name()
        + ", or set the encoding setting to the encoding it was written in";
  }
}
