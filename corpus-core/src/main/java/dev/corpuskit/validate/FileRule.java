package dev.corpuskit.validate;

import dev.corpuskit.source.SourceFile;

/** A rule that judges a file by its name and size, before it is read. */
public non-sealed interface FileRule extends Rule {

  /** Checks {@code file}, of {@code size} bytes. */
  void check(SourceFile file, long size, Reporter reporter);

  /** Whether an ERROR from this rule means the file must not be read (too large, unknown type). */
  default boolean stopsReading() {
    return false;
  }
}
