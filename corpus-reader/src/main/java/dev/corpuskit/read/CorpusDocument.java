package dev.corpuskit.read;

import dev.corpuskit.format.ManifestEntry;
import java.util.Objects;

/**
 * A document read from a corpus.
 *
 * @param entry its manifest entry
 * @param text its text, decoded as UTF-8
 */
public record CorpusDocument(ManifestEntry entry, String text) {

  public CorpusDocument {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(text, "text");
  }

  /** The document id, {@code entry().id()}. */
  public String id() {
    return entry.id();
  }
}
