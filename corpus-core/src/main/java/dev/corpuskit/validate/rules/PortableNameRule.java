package dev.corpuskit.validate.rules;

import dev.corpuskit.source.SourceFile;
import dev.corpuskit.validate.FileRule;
import dev.corpuskit.validate.NameIndex;
import dev.corpuskit.validate.Reporter;

/**
 * The corpus's names carry over to other file systems: no two files (or folders, or cleaned files)
 * whose paths differ only by letter case or Unicode normalisation, which overwrite each other when
 * the corpus is checked out or its jar unpacked on macOS or Windows, and no name of a cleaned path
 * longer than 255 bytes. The later file in sorted order is reported, naming the earlier. The paths
 * seen are kept in a {@link NameIndex}; a parallel run checks the index in file order, so that cached
 * files are compared as well.
 */
public final class PortableNameRule implements FileRule {

  public static final String ID = "portable-name";

  private final NameIndex index;

  public PortableNameRule() {
    this(new NameIndex());
  }

  /** A rule that records paths in {@code index}. */
  public PortableNameRule(NameIndex index) {
    this.index = index;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void check(SourceFile file, long size, Reporter reporter) {
    for (String problem : index.add(file)) {
      reporter.report(0, 0, problem);
    }
  }
}
