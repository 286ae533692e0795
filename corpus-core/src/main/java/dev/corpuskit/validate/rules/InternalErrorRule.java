package dev.corpuskit.validate.rules;

import dev.corpuskit.parse.ParsedDocument;
import dev.corpuskit.validate.DocumentRule;
import dev.corpuskit.validate.Reporter;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * An unexpected exception while one document was parsed, checked or cleaned: a bug of the toolkit,
 * reported as a finding of that document so that the other documents of the run are processed as
 * usual. The rule checks nothing itself; the stages that catch such an exception report it through
 * {@link #message} and {@link #detail}.
 *
 * <p>Which throwables are caught ({@link #isolates}): every {@link RuntimeException}, an
 * {@link AssertionError} and a {@link StackOverflowError} (the stack of one thread, unwound by the
 * time it is caught: a deeply nested page cannot harm the next). Other errors end the run as before:
 * an {@link OutOfMemoryError} leaves the heap, which every thread shares, too short for any document,
 * and other {@link VirtualMachineError}s and {@link LinkageError}s say the JVM or the installation is
 * broken, not the document.
 */
public final class InternalErrorRule implements DocumentRule {

  public static final String ID = "internal-error";

  /** The stage of a failed parse. */
  public static final String PARSE = "parse";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void check(ParsedDocument document, Reporter reporter) {
    // Reported by the stage that failed, never by checking.
  }

  /** Whether {@code failure}, thrown while one document was processed, is that document's finding. */
  public static boolean isolates(Throwable failure) {
    return failure instanceof RuntimeException || failure instanceof AssertionError
        || failure instanceof StackOverflowError;
  }

  /**
   * The one-line message of {@code failure} in {@code stage} ({@code parse}, {@code rule <id>},
   * {@code step <id>}): the exception's class and message, control characters escaped.
   */
  public static String message(String stage, Throwable failure) {
    String text = failure.getMessage() == null ? "" : ": " + failure.getMessage();
    return "internal error in " + stage + ": " + escaped(failure.getClass().getName() + text)
        + "; this is a Corpuskit bug: please report it with the file";
  }

  /** The stack trace of {@code failure}, for the report and the debug log. */
  public static String detail(Throwable failure) {
    StringWriter out = new StringWriter();
    failure.printStackTrace(new PrintWriter(out));
    return out.toString().replace("\r\n", "\n");
  }

  private static String escaped(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7F || c >= 0x80 && c < 0xA0 || c == '\u2028' || c == '\u2029') {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
