package dev.corpuskit.clean.steps;

import dev.corpuskit.clean.LineStep;
import java.util.regex.Pattern;

/** Removes control characters other than tab: C0 controls, DEL and C1 controls. */
public final class ControlCharactersStep extends LineStep {

  public static final String ID = "control-chars";

  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F]");

  @Override
  public String id() {
    return ID;
  }

  @Override
  protected String clean(String text) {
    return CONTROL.matcher(text).replaceAll("");
  }
}
