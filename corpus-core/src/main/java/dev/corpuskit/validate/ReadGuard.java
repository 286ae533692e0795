package dev.corpuskit.validate;

import dev.corpuskit.source.SourceFile;
import dev.corpuskit.validate.rules.GuardRule;
import dev.corpuskit.validate.rules.MaxBytesRule;
import dev.corpuskit.validate.rules.SymlinkRule;
import dev.corpuskit.validate.rules.UnreadableRule;
import dev.corpuskit.validate.rules.UnsafeNameRule;
import java.util.List;
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

  private static final List<GuardRule> GUARDS =
      List.of(new SymlinkRule(), new UnreadableRule(), new UnsafeNameRule());

  static Optional<Refusal> check(SourceFile file, long size) {
    for (GuardRule guard : GUARDS) {
      Optional<String> problem = guard.problem(file);
      if (problem.isPresent()) {
        return Optional.of(new Refusal(guard.id(), problem.get()));
      }
    }
    return MaxBytesRule.beyondMemory(size).map(m -> new Refusal(MaxBytesRule.ID, m));
  }
}
