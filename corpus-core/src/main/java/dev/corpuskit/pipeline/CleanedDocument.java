package dev.corpuskit.pipeline;

import dev.corpuskit.clean.Change;
import java.util.List;

/**
 * A document as cleaning wrote it.
 *
 * @param path the cleaned file, relative to the output directory
 * @param bytes its size
 * @param words its word count
 * @param sha256 SHA-256 of its bytes
 * @param mtime its modification time in milliseconds when written, to notice a file changed since
 * @param changes what cleaning changed, in step order
 */
record CleanedDocument(String path, long bytes, int words, byte[] sha256, long mtime, List<Change> changes) {

  CleanedDocument {
    changes = List.copyOf(changes);
  }
}
