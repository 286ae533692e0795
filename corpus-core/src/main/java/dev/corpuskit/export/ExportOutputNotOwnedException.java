package dev.corpuskit.export;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The output folder holds files that no export wrote (it has no {@value CorpusExport#INDEX}), or is
 * not a folder: an export never replaces or deletes what it did not write.
 */
public final class ExportOutputNotOwnedException extends IOException {

  private static final long serialVersionUID = 1L;

  private final transient Path folder;

  ExportOutputNotOwnedException(Path folder, String problem) {
    super(folder + " " + problem + ": an export writes only into a new or empty folder or one an earlier"
        + " export wrote (with its " + CorpusExport.INDEX + "); give another output folder");
    this.folder = folder;
  }

  /** The output folder. */
  public Path folder() {
    return folder;
  }
}
