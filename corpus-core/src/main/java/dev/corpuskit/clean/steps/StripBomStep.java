package dev.corpuskit.clean.steps;

import dev.corpuskit.clean.LineStep;

/**
 * Removes byte-order marks (U+FEFF) anywhere in the text: at the start of a UTF-8 file, or left
 * mid-text where files were concatenated.
 */
public final class StripBomStep extends LineStep {

  public static final String ID = "strip-bom";

  @Override
  public String id() {
    return ID;
  }

  @Override
  protected boolean keepsPrintableAscii() {
    return true; // U+FEFF is not ASCII
  }

  @Override
  protected String clean(String text) {
    if (text.indexOf('\uFEFF') < 0) {
      return text;
    }
    return Chars.map(text, c -> Chars.isBom(c) ? "" : null);
  }
}
