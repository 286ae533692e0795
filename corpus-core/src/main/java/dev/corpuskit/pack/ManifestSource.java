package dev.corpuskit.pack;

import dev.corpuskit.format.Manifest;
import dev.corpuskit.format.ManifestReader;
import java.io.IOException;
import java.nio.file.Path;

/** A manifest that can be read several times, once per pass, without holding it in memory. */
@FunctionalInterface
public interface ManifestSource {

  /** A reader positioned at the first entry; close it. */
  ManifestReader open() throws IOException;

  /** The rows of {@code file}, which must be sorted by path. */
  static ManifestSource of(Path file) {
    return () -> ManifestReader.open(file);
  }

  /** The entries of an in-memory manifest. */
  static ManifestSource of(Manifest manifest) {
    return () -> ManifestReader.of(manifest);
  }
}
