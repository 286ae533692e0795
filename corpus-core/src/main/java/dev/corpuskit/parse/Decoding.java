package dev.corpuskit.parse;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * The result of decoding a file's bytes.
 *
 * @param text the decoded text, without byte-order mark; bad sequences become U+FFFD
 * @param charset the encoding used
 * @param bom the byte-order mark found, if any
 * @param malformed the first bad sequence, if any
 * @param choice how the encoding was chosen
 */
public record Decoding(String text, Charset charset, Bom bom, Optional<MalformedInput> malformed,
    EncodingChoice choice) {

  /** A decoding in the configured encoding, or the one a byte-order mark announced. */
  public Decoding(String text, Charset charset, Bom bom, Optional<MalformedInput> malformed) {
    this(text, charset, bom, malformed,
        bom == Bom.NONE ? EncodingChoice.configured() : EncodingChoice.byteOrderMark());
  }

  /** This decoding, its encoding chosen as {@code choice} says. */
  public Decoding chosenBy(EncodingChoice choice) {
    return new Decoding(text, charset, bom, malformed, choice);
  }

  /** Whether every byte decoded cleanly. */
  public boolean isValid() {
    return malformed.isEmpty();
  }
}
