package dev.corpuskit.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writing an output failed: a full device, a quota, a read-only or broken disk. A write's own
 * {@code IOException} often says only "No space left on device", without the file; this one names the
 * file being written and what to do, so that it is not mistaken for a problem with the inputs.
 */
public final class WriteFailedException extends IOException {

  private static final long serialVersionUID = 1L;

  private final transient Path target;

  /** Writing {@code target} failed with {@code cause}. */
  public WriteFailedException(Path target, IOException cause) {
    super(message(target, cause), cause);
    this.target = target;
  }

  /** The file being written. */
  public Path target() {
    return target;
  }

  /** Whether {@code e} is a device that is full or over quota (ENOSPC, EDQUOT). */
  public static boolean outOfSpace(IOException e) {
    String reason = reason(e).toLowerCase(Locale.ROOT);
    return reason.contains("no space left") || reason.contains("quota") || reason.contains("disk full");
  }

  /**
   * {@code out}, writing to {@code target}, with its write, flush and close failures turned into a
   * {@code WriteFailedException} naming {@code target}.
   */
  public static OutputStream guard(Path target, OutputStream out) {
    return new FilterOutputStream(out) {
      @Override
      public void write(int b) throws IOException {
        try {
          out.write(b);
        } catch (IOException e) {
          throw wrap(target, e);
        }
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        try {
          out.write(b, off, len);
        } catch (IOException e) {
          throw wrap(target, e);
        }
      }

      @Override
      public void flush() throws IOException {
        try {
          out.flush();
        } catch (IOException e) {
          throw wrap(target, e);
        }
      }

      @Override
      public void close() throws IOException {
        try {
          out.close();
        } catch (IOException e) {
          throw wrap(target, e);
        }
      }
    };
  }

  /** {@code e} as a failure to write {@code target}, unless it already is one. */
  public static WriteFailedException wrap(Path target, IOException e) {
    return e instanceof WriteFailedException failed ? failed : new WriteFailedException(target, e);
  }

  private static String message(Path target, IOException cause) {
    Path folder = target.toAbsolutePath().getParent();
    String hint = outOfSpace(cause)
        ? "free space on the device holding " + folder + ", then run the goal again"
        : "check that " + folder + " is writable and its device has free space, then run the goal again";
    return "cannot write " + target + ": " + reason(cause) + "; " + hint;
  }

  /** The reason of {@code e} without the file a {@link FileSystemException} repeats in its message. */
  private static String reason(IOException e) {
    String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
    return reason == null ? e.getClass().getSimpleName() : reason;
  }
}
