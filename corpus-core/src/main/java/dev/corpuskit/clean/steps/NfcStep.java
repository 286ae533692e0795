package dev.corpuskit.clean.steps;

import dev.corpuskit.clean.LineStep;
import java.text.Normalizer;

/** Normalises text to Unicode NFC, so that the same word is always the same code points. */
public final class NfcStep extends LineStep {

  public static final String ID = "nfc";

  @Override
  public String id() {
    return ID;
  }

  @Override
  protected boolean keepsPrintableAscii() {
    return true; // ASCII text is NFC
  }

  @Override
  protected String clean(String text) {
    if (isBelowCombiningMarks(text)) {
      return text;
    }
    return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /**
   * Whether every char is below U+0300: such text is NFC, since no character there decomposes or
   * combines with its neighbour (every NFC quick-check "no" or "maybe" character, combining marks
   * first, is at U+0300 or beyond).
   */
  private static boolean isBelowCombiningMarks(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x0300) {
        return false;
      }
    }
    return true;
  }
}
