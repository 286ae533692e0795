package dev.corpuskit.validate.rules;

import dev.corpuskit.parse.Decoding;
import dev.corpuskit.parse.EncodingChoice;
import dev.corpuskit.parse.Format;
import dev.corpuskit.parse.MalformedInput;
import dev.corpuskit.parse.ParsedDocument;
import dev.corpuskit.validate.DocumentRule;
import dev.corpuskit.validate.Reporter;

/**
 * Reports how an HTML page was decoded when its bytes did not settle it cleanly: a page that declares
 * no encoding and is not valid in the configured one was decoded by the WHATWG fallback; a page whose
 * declared encoding (meta or byte-order mark) does not fit its bytes was decoded with U+FFFD in their
 * place, as browsers do; a page that declares a legacy encoding but is valid UTF-8 was decoded as
 * UTF-8. Either way the page is read; this names the encoding used and the fix.
 */
public final class HtmlEncodingRule implements DocumentRule {

  public static final String ID = "html-encoding";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void check(ParsedDocument document, Reporter reporter) {
    if (document.format() != Format.HTML) {
      return;
    }
    Decoding decoding = document.decoding();
    EncodingChoice choice = decoding.choice();
    String used = decoding.charset().name();
    if (choice.source() == EncodingChoice.Source.SNIFFED) {
      MalformedInput bad = choice.rejectedAt().orElseThrow();
      String rejected = choice.rejected().orElseThrow().name();
      reporter.reportAtByte(bad.byteOffset(), bad.line(), bad.column(),
          "no charset declared and not valid " + rejected + " (byte sequence [" + bad.badBytes() + "] at byte "
              + bad.byteOffset() + "): decoded as " + used
              + (used.equals("UTF-8") ? ", in which it is valid" : ", the WHATWG fallback browsers use")
              + "; declare <meta charset=\"" + used + "\"> in the page or set the encoding setting");
    }
    if (choice.source() == EncodingChoice.Source.UTF8_OVER_DECLARED) {
      String declared = choice.rejected().orElseThrow().name();
      reporter.report(1, 1, "declares " + declared + " by " + choice.declaration() + ", but its bytes are valid"
          + " UTF-8 with non-ASCII characters, which " + declared + " text almost never is: decoded as UTF-8"
          + " (the page was most likely served with a UTF-8 Content-Type header, which outranks the meta);"
          + " correct its declaration to <meta charset=\"UTF-8\">");
    }
    decoding.malformed().ifPresent(bad -> {
      String by = switch (choice.source()) {
        case BOM -> "by its byte-order mark";
        case DECLARED -> "by " + choice.declaration();
        default -> "by the encoding setting";
      };
      String more = bad.count() > 1 ? " (" + bad.count() + " bad sequences in all)" : "";
      reporter.reportAtByte(bad.byteOffset(), bad.line(), bad.column(),
          "declared " + used + " " + by + ", but invalid " + used + " byte sequence [" + bad.badBytes()
              + "] at byte " + bad.byteOffset() + more + ": decoded with U+FFFD in its place, as browsers do;"
              + " re-save the page as " + used + " or correct its declaration");
    });
  }
}
