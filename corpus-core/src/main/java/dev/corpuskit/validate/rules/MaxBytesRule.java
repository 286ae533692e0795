package dev.corpuskit.validate.rules;

import dev.corpuskit.source.SourceFile;
import dev.corpuskit.validate.FileRule;
import dev.corpuskit.validate.Reporter;
import dev.corpuskit.validate.RuleParameters;

/** A file may not exceed a maximum size; a file that does is not read at all. */
public final class MaxBytesRule implements FileRule {

  public static final String ID = "max-bytes";
  public static final String MAX = "max";
  /** 10 MiB: far above any news article, well below what strains a build's memory. */
  public static final long DEFAULT_MAX = 10L * 1024 * 1024;

  private final long max;

  public MaxBytesRule(RuleParameters parameters) {
    this.max = parameters.getLong(MAX, DEFAULT_MAX, 1);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void check(SourceFile file, long size, Reporter reporter) {
    if (size > max) {
      reporter.report(0, 0, "file is " + size + " bytes, more than the maximum of " + max
          + "; split it, or raise the rule's 'max' parameter");
    }
  }

  @Override
  public boolean stopsReading() {
    return true;
  }
}
