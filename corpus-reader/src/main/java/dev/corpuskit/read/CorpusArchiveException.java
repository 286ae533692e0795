package dev.corpuskit.read;

import dev.corpuskit.format.Printable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A corpus jar (or unpacked corpus folder) that is unsafe or damaged: the base of the typed exceptions
 * the reader throws before it trusts an archive. The message names the jar, the entry and what to do.
 */
public class CorpusArchiveException extends IOException {

  private static final long serialVersionUID = 1L;

  private final transient Path archive;

  /** @param archive the jar or folder, or null for a corpus read from other URLs */
  public CorpusArchiveException(Path archive, String message, Throwable cause) {
    super(Printable.escape(archive == null ? message : archive + ": " + message), cause);
    this.archive = archive;
  }

  /** With a message that already names where the problem is. */
  CorpusArchiveException(String message, Path archive) {
    super(message);
    this.archive = archive;
  }

  /** The jar or folder, or null for a corpus read from other URLs. */
  public Path archive() {
    return archive;
  }

  /** An entry whose name could escape the folder it is extracted to: {@code ../}, absolute, a drive. */
  public static final class UnsafeEntryException extends CorpusArchiveException {
    private static final long serialVersionUID = 1L;

    public UnsafeEntryException(Path archive, String entry) {
      super(archive, "entry '" + entry + "' has an unsafe name (absolute, with '..' or a drive letter);"
          + " the jar was not made by Corpuskit or was tampered with: do not use it", null);
    }
  }

  /** Two entries with the same name: which one a tool reads differs, so the jar is ambiguous. */
  public static final class DuplicateEntryException extends CorpusArchiveException {
    private static final long serialVersionUID = 1L;

    public DuplicateEntryException(Path archive, String entry) {
      super(archive, "entry '" + entry + "' is there twice; the jar was tampered with: do not use it", null);
    }
  }

  /** Too many entries, an entry too large, or compressed too well: a zip bomb, or limits set too low. */
  public static final class ArchiveLimitException extends CorpusArchiveException {
    private static final long serialVersionUID = 1L;

    public ArchiveLimitException(Path archive, String message) {
      super(archive, message + "; if the jar is genuine, open it with higher ReadLimits", null);
    }
  }

  /**
   * A file of an unpacked corpus that is reached through a symbolic link, or that is not a regular file
   * (a named pipe, a device, a folder): the reader neither follows nor opens it.
   */
  public static final class UnsafeFileException extends CorpusArchiveException {
    private static final long serialVersionUID = 1L;

    public UnsafeFileException(Path archive, String message) {
      super(archive, message, null);
    }
  }

  /** A truncated or corrupt archive. */
  public static final class CorruptArchiveException extends CorpusArchiveException {
    private static final long serialVersionUID = 1L;

    public CorruptArchiveException(Path archive, String what, IOException cause) {
      super(archive, what + " (" + cause.getMessage() + "); download or build the jar again", cause);
    }

    public CorruptArchiveException(Path archive, String what) {
      super(archive, what + "; download or build the jar again", null);
    }
  }

  /**
   * An {@code index.properties} that cannot be read, lacks a key, or names a folder other than its
   * corpus's: the jar was not made by Corpuskit or was tampered with.
   */
  public static final class InvalidIndexException extends CorpusArchiveException {
    private static final long serialVersionUID = 1L;

    /** @param index where the index was read from, for the message */
    public InvalidIndexException(Path archive, String index, String problem) {
      super(index + ": " + problem + "; the jar was not made by Corpuskit or was tampered with", archive);
    }
  }
}
