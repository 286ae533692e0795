package dev.corpuskit.cli;

/**
 * The exit codes of every command, documented in {@code --help} and the README, so that scripts and
 * CI can tell a corpus that fails from a command that was given wrong options.
 */
final class ExitCodes {

  /** The command did its work, and no finding reached the failing severity. */
  static final int OK = 0;

  /**
   * The corpus fails: findings at the failing severity (errors, or warnings with
   * {@code --fail-on-warning}), fewer documents than {@code --min-documents}, or two sources that
   * clean to one document.
   */
  static final int FAILED = 1;

  /** A usage or configuration error: an unknown option, a bad value, a missing folder. */
  static final int USAGE = 2;

  /** The command could not finish: a file could not be read or written, or an internal error. */
  static final int ERROR = 3;

  private ExitCodes() {}
}
