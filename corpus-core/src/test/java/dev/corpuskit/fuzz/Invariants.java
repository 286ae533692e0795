package dev.corpuskit.fuzz;

import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** The properties every cleaned text must have, shared by the fuzz targets. */
final class Invariants {

  private Invariants() {}

  /** Fails unless {@code text} encodes to UTF-8 without loss (no lone surrogates) and is NFC. */
  static void requireValidNfc(String text) {
    try {
      StandardCharsets.UTF_8.newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(text));
    } catch (CharacterCodingException e) {
      throw new AssertionError("cleaned text is not valid UTF-8: " + e, e);
    }
    if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
      throw new AssertionError("cleaned text is not NFC: " + escape(text));
    }
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().limit(400).forEach(c -> out.append(c < 0x20 || c > 0x7e
        ? String.format("\\u{%X}", c) : String.valueOf((char) c)));
    return out.toString();
  }
}
