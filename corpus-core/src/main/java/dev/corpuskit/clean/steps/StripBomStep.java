package dev.corpuskit.clean.steps;

import dev.corpuskit.clean.LineStep;

/** Removes byte-order marks (U+FEFF) left in the text, for example at the start of a UTF-8 file. */
public final class StripBomStep extends LineStep {

  public static final String ID = "strip-bom";

  @Override
  public String id() {
    return ID;
  }

  @Override
  protected String clean(String text) {
    return text.indexOf('\uFEFF') < 0 ? text : text.replace("\uFEFF", "");
  }
}
