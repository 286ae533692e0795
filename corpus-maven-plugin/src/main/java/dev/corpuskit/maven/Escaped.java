package dev.corpuskit.maven;

import dev.corpuskit.format.Printable;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * Log lines and build failures with control characters escaped ({@link Printable#escape}), since they
 * name files of the corpus: a file named {@code "x\n[INFO] BUILD SUCCESS"} would otherwise write a line
 * of its own into the build log. Maven prints a failure's message, then the message of each cause
 * that the message does not contain, and with {@code -e} every cause's stack trace: the causes are
 * escaped too, keeping their type's name and stack traces.
 */
final class Escaped {

  private Escaped() {}

  /** {@code log}, escaping every line it is given. */
  static Log log(Log log) {
    return log instanceof EscapingLog ? log : new EscapingLog(log);
  }

  /** {@code failure} itself when Maven can print it as it is, else the same failure escaped. */
  static MojoExecutionException failure(MojoExecutionException failure) {
    if (!needed(failure)) {
      return failure;
    }
    MojoExecutionException escaped = new MojoExecutionException(Printable.escape(failure.getMessage()),
        cause(failure.getCause()));
    escaped.setStackTrace(failure.getStackTrace());
    return escaped;
  }

  /** {@code failure} itself when Maven can print it as it is, else the same failure escaped. */
  static MojoFailureException failure(MojoFailureException failure) {
    if (!needed(failure)) {
      return failure;
    }
    MojoFailureException escaped = new MojoFailureException(Printable.escape(failure.getMessage()));
    escaped.initCause(cause(failure.getCause()));
    escaped.setStackTrace(failure.getStackTrace());
    return escaped;
  }

  /** An unchecked failure, whose message names a file, as a failure Maven can print. */
  static RuntimeException failure(RuntimeException failure) {
    return needed(failure) ? new EscapedFailure(failure) : failure;
  }

  /** Whether a message of {@code failure}, its causes or their suppressed exceptions needs escaping. */
  private static boolean needed(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getMessage() != null && !Printable.escape(t.getMessage()).equals(t.getMessage())) {
        return true;
      }
      for (Throwable suppressed : t.getSuppressed()) {
        if (needed(suppressed)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Throwable cause(Throwable cause) {
    return cause == null || !needed(cause) ? cause : new EscapedFailure(cause);
  }

  /**
   * A copy of a throwable that Maven can print: its type's name, its message escaped, its stack trace,
   * and its causes and suppressed exceptions copied alike.
   */
  static final class EscapedFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String type;

    EscapedFailure(Throwable original) {
      super(original.getMessage() == null ? null : Printable.escape(original.getMessage()),
          cause(original.getCause() == original ? null : original.getCause()));
      this.type = original.getClass().getName();
      setStackTrace(original.getStackTrace());
      for (Throwable suppressed : original.getSuppressed()) {
        addSuppressed(needed(suppressed) ? new EscapedFailure(suppressed) : suppressed);
      }
    }

    /** The original's type and the escaped message, as {@code -e} shows each cause. */
    @Override
    public String toString() {
      return getMessage() == null ? type : type + ": " + getMessage();
    }
  }

  /** A log that escapes every line and every throwable it is given. */
  private static final class EscapingLog implements Log {
    private final Log log;

    EscapingLog(Log log) {
      this.log = log;
    }

    private static String line(CharSequence content) {
      return Printable.escape(content == null ? null : content.toString());
    }

    private static Throwable escaped(Throwable error) {
      return error == null || !needed(error) ? error : new EscapedFailure(error);
    }

    @Override
    public boolean isDebugEnabled() {
      return log.isDebugEnabled();
    }

    @Override
    public void debug(CharSequence content) {
      log.debug(line(content));
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
      log.debug(line(content), escaped(error));
    }

    @Override
    public void debug(Throwable error) {
      log.debug(escaped(error));
    }

    @Override
    public boolean isInfoEnabled() {
      return log.isInfoEnabled();
    }

    @Override
    public void info(CharSequence content) {
      log.info(line(content));
    }

    @Override
    public void info(CharSequence content, Throwable error) {
      log.info(line(content), escaped(error));
    }

    @Override
    public void info(Throwable error) {
      log.info(escaped(error));
    }

    @Override
    public boolean isWarnEnabled() {
      return log.isWarnEnabled();
    }

    @Override
    public void warn(CharSequence content) {
      log.warn(line(content));
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
      log.warn(line(content), escaped(error));
    }

    @Override
    public void warn(Throwable error) {
      log.warn(escaped(error));
    }

    @Override
    public boolean isErrorEnabled() {
      return log.isErrorEnabled();
    }

    @Override
    public void error(CharSequence content) {
      log.error(line(content));
    }

    @Override
    public void error(CharSequence content, Throwable error) {
      log.error(line(content), escaped(error));
    }

    @Override
    public void error(Throwable error) {
      log.error(escaped(error));
    }
  }
}
