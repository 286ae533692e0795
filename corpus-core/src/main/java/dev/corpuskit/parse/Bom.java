package dev.corpuskit.parse;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Byte-order marks that announce a Unicode encoding at the start of a file. */
public enum Bom {
  NONE(new byte[0], null),
  // UTF-32LE must be tested before UTF-16LE: its mark starts with the UTF-16LE mark.
  UTF_32LE(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, Charset.forName("UTF-32LE")),
  UTF_32BE(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, Charset.forName("UTF-32BE")),
  UTF_8(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8),
  UTF_16LE(new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE),
  UTF_16BE(new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE);

  private final byte[] mark;
  private final Charset charset;

  Bom(byte[] mark, Charset charset) {
    this.mark = mark;
    this.charset = charset;
  }

  /** Finds the mark at the start of {@code bytes}, or {@link #NONE}. */
  public static Bom detect(byte[] bytes) {
    for (Bom bom : values()) {
      if (bom != NONE && startsWith(bytes, bom.mark)) {
        return bom;
      }
    }
    return NONE;
  }

  /** Length of the mark in bytes. */
  public int length() {
    return mark.length;
  }

  /** The encoding the mark announces; {@code null} for {@link #NONE}. */
  public Charset charset() {
    return charset;
  }

  /** A readable name such as {@code UTF-16LE}. */
  public String displayName() {
    return this == NONE ? "none" : charset.name();
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
