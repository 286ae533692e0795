package dev.corpuskit.clean.steps;

import dev.corpuskit.clean.LineStep;

/**
 * Turns no-break and other odd spaces (see {@link Chars#isOddSpace}) into a plain space and drops
 * zero-width spaces. Runs before {@link ControlCharactersStep} so that form feed, vertical tab and NEL
 * still separate the words around them.
 */
public final class OddSpacesStep extends LineStep {

  public static final String ID = "spaces";

  @Override
  public String id() {
    return ID;
  }

  @Override
  protected boolean keepsPrintableAscii() {
    return true; // every odd and zero-width space is a control character or beyond ASCII
  }

  @Override
  protected String clean(String text) {
    if (!containsOddSpace(text)) {
      return text;
    }
    return Chars.map(text, c -> Chars.isOddSpace(c) ? " " : Chars.isZeroWidth(c) ? "" : null);
  }

  /** Whether a char needs replacing; every odd and zero-width space is in the BMP. */
  private static boolean containsOddSpace(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < ' ' || c >= 0x0085) && (Chars.isOddSpace(c) || Chars.isZeroWidth(c))) {
        return true;
      }
    }
    return false;
  }
}
