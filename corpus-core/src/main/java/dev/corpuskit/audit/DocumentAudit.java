package dev.corpuskit.audit;

import java.util.List;

/**
 * What cleaning did to one document.
 *
 * @param id the document id
 * @param source the source file, relative to the corpus root
 * @param path the cleaned file, relative to the output directory
 * @param changes the changes the audit lists, ordered by line, those of a line in step order (the
 *     blocks an HTML page's main-text extraction left out come first, by their line in the markup)
 * @param counted per step, sorted by id, the changes the audit counts without listing them (see
 *     {@link StepCount}); empty when it lists them all
 * @param bytesIn the size of the source file
 * @param wordsIn the words of the text cleaning started from (an HTML page's main text), counted as
 *     the manifest counts the cleaned text's
 */
public record DocumentAudit(String id, String source, String path, List<Change> changes, List<StepCount> counted,
    long bytesIn, int wordsIn) {

  public DocumentAudit {
    changes = List.copyOf(changes);
    counted = List.copyOf(counted);
  }

  /** An audit that lists every change, of a document whose input size is not known (0 bytes and words). */
  public DocumentAudit(String id, String source, String path, List<Change> changes) {
    this(id, source, path, changes, List.of(), 0, 0);
  }
}
