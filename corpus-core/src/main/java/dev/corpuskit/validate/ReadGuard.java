package dev.corpuskit.validate;

import dev.corpuskit.source.SourceFile;
import dev.corpuskit.validate.rules.MaxBytesRule;
import dev.corpuskit.validate.rules.SymlinkRule;
import dev.corpuskit.validate.rules.UnreadableRule;
import dev.corpuskit.validate.rules.UnsafeNameRule;
import java.util.Optional;

/**
 * Whether a file may be read at all. These checks hold whatever the rule settings: switching a rule
 * OFF never makes the build follow a link, block on a pipe, carry a broken name or run out of memory.
 * When the rule is OFF its refusal is still reported, as an ERROR, so that no file vanishes silently.
 */
final class ReadGuard {

  /** Why a file is not read: the rule it belongs to, and the message. */
  record Refusal(String ruleId, String message) {}

  private ReadGuard() {}

  static Optional<Refusal> check(SourceFile file, long size) {
    Optional<String> problem = SymlinkRule.problem(file);
    if (problem.isPresent()) {
      return problem.map(m -> new Refusal(SymlinkRule.ID, m));
    }
    problem = UnreadableRule.problem(file);
    if (problem.isPresent()) {
      return problem.map(m -> new Refusal(UnreadableRule.ID, m));
    }
    problem = UnsafeNameRule.problem(file);
    if (problem.isPresent()) {
      return problem.map(m -> new Refusal(UnsafeNameRule.ID, m));
    }
    return MaxBytesRule.beyondMemory(size).map(m -> new Refusal(MaxBytesRule.ID, m));
  }
}
