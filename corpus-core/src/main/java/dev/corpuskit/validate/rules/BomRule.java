package dev.corpuskit.validate.rules;

import dev.corpuskit.parse.Bom;
import dev.corpuskit.parse.ParsedDocument;
import dev.corpuskit.validate.DocumentRule;
import dev.corpuskit.validate.Reporter;

/** Reports a byte-order mark. The file is still read in the encoding the mark announces. */
public final class BomRule implements DocumentRule {

  public static final String ID = "bom";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void check(ParsedDocument document, Reporter reporter) {
    Bom bom = document.decoding().bom();
    if (bom == Bom.UTF_8) {
      reporter.reportAtByte(0, 1, 1, "UTF-8 byte-order mark; it is removed when cleaning."
          + " Save the file as UTF-8 without BOM to silence this");
    } else if (bom != Bom.NONE) {
      reporter.reportAtByte(0, 1, 1, bom.displayName() + " byte-order mark: the file is " + bom.displayName()
          + ", not UTF-8; it is read as " + bom.displayName() + " and cleaned to UTF-8."
          + " Convert it to UTF-8 to silence this");
    }
  }
}
