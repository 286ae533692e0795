package dev.corpuskit.cli;

/**
 * A failure the command line reports as one message and an exit code ({@link ExitCodes}), without a
 * stack trace: the message names the option at fault and the fix, or what in the corpus fails.
 */
final class CliException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int exitCode;

  CliException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  CliException(int exitCode, String message) {
    this(exitCode, message, null);
  }

  int exitCode() {
    return exitCode;
  }
}
