package dev.corpuskit.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * Whether an option was given on the command line rather than left at its default: a value from
 * {@code --config} fills only what the command line leaves out.
 */
final class Given {

  private Given() {}

  /** Whether {@code name} was given to the command of {@code spec}. */
  static boolean option(CommandSpec spec, String name) {
    ParseResult parsed = spec == null ? null : spec.commandLine().getParseResult();
    return parsed != null && parsed.hasMatchedOption(name);
  }

  /** Whether the positional parameter {@code index} was given to the command of {@code spec}. */
  static boolean positional(CommandSpec spec, int index) {
    ParseResult parsed = spec == null ? null : spec.commandLine().getParseResult();
    return parsed != null && parsed.hasMatchedPositional(index);
  }
}
