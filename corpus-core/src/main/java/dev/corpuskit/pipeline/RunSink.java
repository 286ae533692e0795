package dev.corpuskit.pipeline;

import dev.corpuskit.pack.ManifestEntry;
import dev.corpuskit.validate.Finding;
import java.io.IOException;

/**
 * Receives a run's results as documents complete, in sorted file order on one thread, so that they can
 * be streamed to their files instead of being held.
 */
public interface RunSink {

  /** A finding; findings come in file order, then rule order. */
  default void finding(Finding finding) throws IOException {}

  /** A cleaned document: its manifest row and its audit. */
  default void cleaned(ManifestEntry entry, DocumentAudit audit) throws IOException {}
}
