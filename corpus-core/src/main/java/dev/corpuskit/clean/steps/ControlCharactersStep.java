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
  protected boolean keepsPrintableAscii() {
    return true; // U+0000-U+001F and U+007F-U+009F are outside the printable range
  }

  @Override
  protected String clean(String text) {
    if (!containsControl(text)) {
      return text;
    }
    return Chars.map(text, c -> Chars.isControl(c) ? "" : null);
  }

  /** Whether a char is a control character; all of them are in the BMP, none is a surrogate. */
  private static boolean containsControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < ' ' || (c >= 0x7F && c <= 0x9F)) && Chars.isControl(c)) {
        return true;
      }
    }
    return false;
  }
}
