package dev.corpuskit.validate.rules;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.corpuskit.source.SourceFile;
import dev.corpuskit.validate.FileRule;
import dev.corpuskit.validate.InvalidRuleConfigException;
import dev.corpuskit.validate.Reporter;
import dev.corpuskit.validate.RuleParameters;

/**
 * The file's name must match a configured pattern. The pattern is RE2 syntax, matched in linear time
 * so that no pattern can backtrack catastrophically; it must match the whole file name (not the
 * folders above it).
 */
public final class FileNameRule implements FileRule {

  public static final String ID = "file-name";
  public static final String PATTERN = "pattern";

  private final Pattern pattern;

  public FileNameRule(RuleParameters parameters) {
    String source = parameters.getString(PATTERN).orElseThrow(() -> new InvalidRuleConfigException(
        ID, PATTERN, "the rule is on but has no pattern; set one, for example [a-z0-9_-]+\\.txt"));
    try {
      this.pattern = Pattern.compile(source);
    } catch (PatternSyntaxException e) {
      throw new InvalidRuleConfigException(ID, PATTERN, "invalid RE2 pattern '" + source + "': " + e.getDescription());
    }
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void check(SourceFile file, long size, Reporter reporter) {
    String path = file.relativePath();
    String name = path.substring(path.lastIndexOf('/') + 1);
    if (!pattern.matches(name)) {
      reporter.report(0, 0, "file name '" + name + "' does not match the pattern '" + pattern.pattern()
          + "'; rename the file or change the rule's pattern");
    }
  }
}
