package dev.corpuskit.validate.rules;

import dev.corpuskit.source.SourceFile;
import dev.corpuskit.validate.FileRule;
import dev.corpuskit.validate.Reporter;
import dev.corpuskit.validate.RuleParameters;
import java.util.Optional;

/**
 * A file may not exceed a maximum size, nor what this JVM's memory can hold ({@link #memoryLimit()});
 * a file that does is not read at all.
 */
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

  /**
   * The largest file this JVM reads: a sixteenth of the maximum heap, since a document is held as
   * bytes, decoded text and cleaned copies at once (about ten times its size at the peak).
   */
  public static long memoryLimit() {
    return Runtime.getRuntime().maxMemory() / 16;
  }

  /** Why a file of {@code size} bytes is too large for this JVM's memory, if it is. */
  public static Optional<String> beyondMemory(long size) {
    long limit = memoryLimit();
    if (size <= limit) {
      return Optional.empty();
    }
    return Optional.of("file is " + size + " bytes, more than this JVM can read safely (" + limit
        + " bytes, a sixteenth of its maximum heap); split the file, or give the build more memory,"
        + " for example MAVEN_OPTS=-Xmx" + Math.max(1, size * 16 / (1024 * 1024 * 1024) + 1) + "g");
  }

  @Override
  public void check(SourceFile file, long size, Reporter reporter) {
    Optional<String> beyondMemory = beyondMemory(size);
    if (size <= max && beyondMemory.isPresent()) {
      reporter.report(0, 0, beyondMemory.get());
    } else if (size > max) {
      reporter.report(0, 0, "file is " + size + " bytes, more than the maximum of " + max
          + "; split it, or raise the rule's 'max' parameter");
    }
  }

  @Override
  public boolean stopsReading() {
    return true;
  }
}
