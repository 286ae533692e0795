package dev.corpuskit.validate.rules;

import dev.corpuskit.source.SourceFile;
import java.util.Optional;

/**
 * The file's path can be carried by the corpus: no control characters (a tab or line break would
 * break {@code manifest.tsv}, {@code SHA256SUMS} and every log line that names the file) and no
 * backslash. Spaces, shell metacharacters and any other Unicode are fine.
 */
public final class UnsafeNameRule extends GuardRule {

  public static final String ID = "unsafe-name";

  @Override
  public String id() {
    return ID;
  }

  /** What is wrong with the path of {@code file}, if anything. */
  @Override
  public Optional<String> problem(SourceFile file) {
    String path = file.relativePath();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (Character.isISOControl(c) || c == '\\' || c == '\u2028' || c == '\u2029') {
        return Optional.of(String.format("the path holds the character U+%04X at position %d, which manifests"
            + " and logs cannot carry; rename the file", (int) c, i + 1));
      }
    }
    return Optional.empty();
  }
}
