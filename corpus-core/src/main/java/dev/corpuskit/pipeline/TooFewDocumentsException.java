package dev.corpuskit.pipeline;

import dev.corpuskit.source.CorpusScanner;
import java.nio.file.Path;
import java.util.List;

/**
 * A corpus holds fewer documents than required: a glob with a typo, an empty folder or a cleaning run
 * that kept nothing would otherwise succeed and publish an empty corpus. Says where the documents were
 * looked for, and for a selection, which includes and excludes left out how many files.
 */
public final class TooFewDocumentsException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient Path directory;
  private final int documents;
  private final int leftOut;
  private final int minimum;
  private final List<String> includes;
  private final List<String> excludes;

  private TooFewDocumentsException(String message, Path directory, int documents, int leftOut, int minimum,
      List<String> includes, List<String> excludes) {
    super(message);
    this.directory = directory;
    this.documents = documents;
    this.leftOut = leftOut;
    this.minimum = minimum;
    this.includes = List.copyOf(includes);
    this.excludes = List.copyOf(excludes);
  }

  /** The selection of {@code config} took fewer files than its {@link CorpusConfig#minDocuments}. */
  static TooFewDocumentsException selected(CorpusConfig config, CorpusScanner.Selection selection) {
    int taken = selection.files().size();
    String message;
    if (selection.seen() == 0) {
      message = "the corpus folder " + config.sourceDirectory() + " holds no file (hidden files are never"
          + " taken): " + taken + " documents, fewer than the " + config.minDocuments() + " required";
    } else {
      message = "the selection took " + taken + " of the " + selection.seen() + " files in "
          + config.sourceDirectory() + ": includes " + config.includes() + " and excludes " + config.excludes()
          + " left out " + selection.leftOut() + ", and at least " + config.minDocuments() + " are required;"
          + " check the globs";
    }
    return new TooFewDocumentsException(message, config.sourceDirectory(), taken, selection.leftOut(),
        config.minDocuments(), config.includes(), config.excludes());
  }

  /** The manifest of the cleaned corpus in {@code dataDirectory} lists fewer documents than {@code minimum}. */
  static TooFewDocumentsException cleaned(Path dataDirectory, Path manifest, int documents, int minimum) {
    return new TooFewDocumentsException("the cleaned corpus in " + dataDirectory + " holds " + documents
        + " documents (as " + manifest + " lists them), fewer than the " + minimum + " required: every source"
        + " was left out or had errors", dataDirectory, documents, 0, minimum, List.of(), List.of());
  }

  /** Where the documents were looked for: the corpus root, or the cleaned corpus for a packaging. */
  public Path directory() {
    return directory;
  }

  /** How many documents there were. */
  public int documents() {
    return documents;
  }

  /** How many files the includes and excludes left out; 0 for a cleaned corpus. */
  public int leftOut() {
    return leftOut;
  }

  /** How many documents were required. */
  public int minimum() {
    return minimum;
  }

  /** The includes of the selection; empty for a cleaned corpus. */
  public List<String> includes() {
    return includes;
  }

  /** The excludes of the selection; empty for a cleaned corpus. */
  public List<String> excludes() {
    return excludes;
  }
}
