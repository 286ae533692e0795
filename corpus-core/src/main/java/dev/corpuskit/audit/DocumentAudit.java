package dev.corpuskit.audit;

import java.util.List;

/**
 * What cleaning did to one document.
 *
 * @param id the document id
 * @param source the source file, relative to the corpus root
 * @param path the cleaned file, relative to the output directory
 * @param changes every change, in step order
 */
public record DocumentAudit(String id, String source, String path, List<Change> changes) {

  public DocumentAudit {
    changes = List.copyOf(changes);
  }
}
