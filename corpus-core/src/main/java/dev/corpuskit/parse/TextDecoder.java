package dev.corpuskit.parse;

import dev.corpuskit.text.TextPosition;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes bytes strictly: a byte-order mark selects its encoding, otherwise the configured one is
 * used, and every bad sequence is counted while the first is located exactly. A surrogate code point
 * (which the JDK's UTF-32 decoders let through) is a bad sequence too, so the text is always valid
 * UTF-16 and encodes to UTF-8 without loss.
 */
public final class TextDecoder {

  private TextDecoder() {}

  /**
   * Decodes {@code bytes}.
   *
   * @param bytes the file content
   * @param charset the encoding to assume when there is no byte-order mark
   */
  public static Decoding decode(byte[] bytes, Charset charset) {
    Bom bom = Bom.detect(bytes);
    Charset used = bom == Bom.NONE ? charset : bom.charset();
    if (used.equals(StandardCharsets.UTF_8)) {
      // The JDK's own UTF-8 decoding is much faster; it replaces each bad sequence with U+FFFD, so a
      // result without one came from valid UTF-8 (which has no surrogate code points) and is exact.
      String text = new String(bytes, bom.length(), bytes.length - bom.length(), StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') < 0) {
        return new Decoding(text, used, bom, Optional.empty());
      }
    }
    CharsetDecoder decoder =
        used.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, bom.length(), bytes.length - bom.length());
    long estimate = (long) (bytes.length * (double) decoder.maxCharsPerByte()) + 16;
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16, estimate));
    MalformedInput first = null;
    int firstAt = -1;
    int count = 0;
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isUnderflow()) {
        break;
      }
      if (result.isOverflow()) {
        out = grow(out);
        continue;
      }
      if (result.isError()) {
        count++;
        if (first == null) {
          firstAt = out.position();
          TextPosition at = TextPosition.of(out.duplicate().flip(), out.position());
          first = new MalformedInput(in.position(), at.line(), at.column(), hex(in, result.length()), 0);
        }
        if (out.remaining() < 1) {
          out = grow(out);
        }
        out.put('\uFFFD');
        in.position(in.position() + result.length());
      }
    }
    while (decoder.flush(out).isOverflow()) {
      out = grow(out);
    }
    out.flip();
    // The JDK's UTF-32 decoders let surrogate code points through; no UTF-8 can carry them.
    int loneAt = -1;
    for (int i = 0; i < out.limit(); i++) {
      char c = out.get(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < out.limit() && Character.isLowSurrogate(out.get(i + 1));
      if (paired) {
        i++;
      } else if (Character.isSurrogate(c)) {
        count++;
        if (loneAt < 0) {
          loneAt = i;
        }
        out.put(i, '\uFFFD');
      }
    }
    if (loneAt >= 0 && (first == null || loneAt < firstAt)) {
      TextPosition at = TextPosition.of(out, loneAt);
      long offset = bom.length() + out.subSequence(0, loneAt).toString().getBytes(used).length;
      first = new MalformedInput(offset, at.line(), at.column(), hex(bytes, offset, 4), 0);
    }
    MalformedInput malformed =
        first == null
            ? null
            : new MalformedInput(first.byteOffset(), first.line(), first.column(), first.badBytes(), count);
    return new Decoding(out.toString(), used, bom, Optional.ofNullable(malformed));
  }

  /** {@code text} with every unpaired surrogate replaced by U+FFFD, as decoding replaces bad bytes. */
  static String withoutLoneSurrogates(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        if (out == null) {
          out = new StringBuilder(text);
        }
        out.setCharAt(i, '\uFFFD');
      }
    }
    return out == null ? text : out.toString();
  }

  private static String hex(byte[] bytes, long offset, int length) {
    return hex(ByteBuffer.wrap(bytes, (int) Math.min(offset, bytes.length), 0).limit(bytes.length), length);
  }

  private static CharBuffer grow(CharBuffer out) {
    CharBuffer bigger = CharBuffer.allocate(Math.max(16, out.capacity() * 2));
    out.flip();
    bigger.put(out);
    return bigger;
  }

  private static String hex(ByteBuffer in, int length) {
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < length && in.position() + i < in.limit(); i++) {
      if (hex.length() > 0) {
        hex.append(' ');
      }
      hex.append(String.format("%02X", in.get(in.position() + i) & 0xFF));
    }
    return hex.toString();
  }
}
