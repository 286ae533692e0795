package dev.corpuskit.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Documents of a cleaned folder do not match its manifest: a file was changed, replaced by a link,
 * removed, or is not UTF-8 since cleaning wrote it. Nothing is exported then; every such document is
 * named, with its file and what differs.
 */
public final class DocumentMismatchException extends IOException {

  private static final long serialVersionUID = 1L;

  /** The shown documents at most; the message counts the others. */
  private static final int SHOWN = 20;

  /**
   * One document that does not match.
   *
   * @param id the document id in the manifest
   * @param file the file read for it
   * @param problem what differs, such as the expected and actual SHA-256
   */
  public record Mismatch(String id, Path file, String problem) {}

  private final transient List<Mismatch> mismatches;

  DocumentMismatchException(Path manifest, List<Mismatch> mismatches) {
    super(message(manifest, mismatches));
    this.mismatches = List.copyOf(mismatches);
  }

  /** The documents that do not match, in id order. */
  public List<Mismatch> mismatches() {
    return mismatches;
  }

  private static String message(Path manifest, List<Mismatch> mismatches) {
    StringBuilder s = new StringBuilder();
    s.append(mismatches.size()).append(mismatches.size() == 1 ? " document does" : " documents do")
        .append(" not match ").append(manifest).append(", so nothing was exported:");
    for (Mismatch m : mismatches.subList(0, Math.min(SHOWN, mismatches.size()))) {
      s.append("\n  ").append(m.file()).append(": document '").append(m.id()).append("': ").append(m.problem());
    }
    if (mismatches.size() > SHOWN) {
      s.append("\n  and ").append(mismatches.size() - SHOWN).append(" more");
    }
    return s.append("\nThe cleaned files were changed after cleaning: run clean again to rewrite them and the"
        + " manifest, then export.").toString();
  }
}
