package dev.corpuskit.near;

import java.util.Arrays;

/**
 * A document's MinHash signature as {@link Signer} computes it: {@code bands × rows} 64-bit values in
 * hash4j's MinHash layout, or the mark of a document too short for one shingle. It is what the cache
 * keeps per document, so that an unchanged document is never read again to be banded; its bytes are
 * fixed by the configuration and the hash4j version, both part of the cache key.
 */
public final class Signature {

  /** The signature of a text with fewer words than one shingle (an empty text included). */
  public static final Signature TOO_SHORT = new Signature(new byte[0]);

  private final byte[] bytes;

  private Signature(byte[] bytes) {
    this.bytes = bytes;
  }

  /** The signature whose {@link #toBytes} are {@code bytes}; empty bytes are {@link #TOO_SHORT}. */
  public static Signature fromBytes(byte[] bytes) {
    return bytes.length == 0 ? TOO_SHORT : new Signature(bytes.clone());
  }

  /** The signature of bytes nothing else holds: they are not copied. */
  static Signature of(byte[] bytes) {
    return bytes.length == 0 ? TOO_SHORT : new Signature(bytes);
  }

  /** Whether the text had fewer words than one shingle: such a document is not indexed. */
  public boolean tooShort() {
    return bytes.length == 0;
  }

  /** The signature's bytes, a copy. */
  public byte[] toBytes() {
    return bytes.clone();
  }

  /** The bytes themselves, for the index's own reading. */
  byte[] bytes() {
    return bytes;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Signature that && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return tooShort() ? "Signature[too short]" : "Signature[" + bytes.length + " bytes]";
  }
}
