package dev.corpuskit.read;

/** How much a {@link CorpusReader} checks each document it reads against {@code manifest.tsv}. */
public enum Verification {
  /** No check: read whatever the jar holds. */
  NONE,
  /** The byte length only: catches truncation and appends, not same-size edits. */
  SIZE,
  /** Byte length and SHA-256: catches any change. The default. */
  FULL
}
