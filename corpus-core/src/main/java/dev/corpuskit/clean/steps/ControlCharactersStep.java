package dev.corpuskit.clean.steps;

import dev.corpuskit.clean.LineStep;

/** Removes control characters other than tab: C0 controls, DEL and C1 controls. */
public final class ControlCharactersStep extends LineStep {

  public static final String ID = "control-chars";

  @Override
  public String id() {
    return ID;
  }

  @Override
  protected String clean(String text) {
    return Chars.map(text, c -> Chars.isControl(c) ? "" : null);
  }
}
