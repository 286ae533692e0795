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
 */
public record Decoding(String text, Charset charset, Bom bom, Optional<MalformedInput> malformed) {

  /** Whether every byte decoded cleanly. */
  public boolean isValid() {
    return malformed.isEmpty();
  }
}
