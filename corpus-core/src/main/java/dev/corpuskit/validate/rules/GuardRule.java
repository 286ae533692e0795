package dev.corpuskit.validate.rules;

import dev.corpuskit.source.SourceFile;
import dev.corpuskit.validate.FileRule;
import dev.corpuskit.validate.Reporter;
import java.util.Optional;

/**
 * A rule that refuses to read a file (a link, a pipe, a name no manifest can carry). Its check also
 * guards reading when the rule is switched off, so it is one method: what is wrong, if anything.
 */
public abstract class GuardRule implements FileRule {

  /** What is wrong with {@code file}, if anything: a message that says what to do. */
  public abstract Optional<String> problem(SourceFile file);

  @Override
  public final void check(SourceFile file, long size, Reporter reporter) {
    problem(file).ifPresent(message -> reporter.report(0, 0, message));
  }

  @Override
  public final boolean stopsReading() {
    return true;
  }
}
