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
  protected String clean(String text) {
    return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
  }
}
