package dev.corpuskit.parse;

import dev.corpuskit.audit.Change;
import dev.corpuskit.source.SourceFile;
import java.util.List;

/**
 * A source file read and decoded.
 *
 * @param source where the file is
 * @param bytes the file exactly as on disk
 * @param format how it was parsed
 * @param decoding the decoded file: for HTML, the markup; positions in findings refer to it
 * @param text the document text: the decoded file for plain text, the main text for HTML
 * @param removed for HTML, the blocks of the page left out of the main text, as audit entries with
 *     the rule that removed each and its line in the markup; empty for plain text
 */
public record ParsedDocument(
    SourceFile source, byte[] bytes, Format format, Decoding decoding, String text, List<Change> removed) {

  public ParsedDocument {
    removed = List.copyOf(removed);
  }

  /** A document from which parsing removed nothing. */
  public ParsedDocument(SourceFile source, byte[] bytes, Format format, Decoding decoding, String text) {
    this(source, bytes, format, decoding, text, List.of());
  }
}
