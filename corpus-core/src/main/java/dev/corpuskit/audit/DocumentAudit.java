package dev.corpuskit.audit;

import java.util.List;

/**
 * What cleaning did to one document.
 *
 * @param id the document id
 * @param source the source file, relative to the corpus root
 * @param path the cleaned file, relative to the output directory
 * @param changes every change, in step order
 * @param bytesIn the size of the source file
 * @param wordsIn the words of the text cleaning started from (an HTML page's main text), counted as
 *     the manifest counts the cleaned text's
 */
public record DocumentAudit(String id, String source, String path, List<Change> changes, long bytesIn,
    int wordsIn) {

  public DocumentAudit {
    changes = List.copyOf(changes);
  }

  /** An audit whose input size is not known (0 bytes and words). */
  public DocumentAudit(String id, String source, String path, List<Change> changes) {
    this(id, source, path, changes, 0, 0);
  }
}
