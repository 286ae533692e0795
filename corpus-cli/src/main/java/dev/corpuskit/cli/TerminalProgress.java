package dev.corpuskit.cli;

import dev.corpuskit.pipeline.RunOptions;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress bar on a terminal's standard error: documents done, MB/s and the time left, redrawn in
 * place from the core's {@link RunOptions.Progress}. Used
 * only when {@link System#console()} is a terminal; elsewhere the run prints its summary line alone.
 */
final class TerminalProgress implements RunOptions.ProgressListener {

  private static final int WIDTH = 30;

  private final PrintWriter err;
  private boolean drawn;

  TerminalProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public synchronized void progress(RunOptions.Progress progress) {
    err.print("\r" + bar(progress) + "\u001b[K");
    err.flush();
    drawn = true;
  }

  /** Ends the bar's line, so that what follows starts on a line of its own. */
  synchronized void finish() {
    if (drawn) {
      err.print("\r\u001b[K");
      err.flush();
      drawn = false;
    }
  }

  /** The bar for the run's progress. */
  static String bar(RunOptions.Progress progress) {
    long done = progress.documents();
    long total = progress.total();
    int filled = total == 0 ? WIDTH : (int) (done * WIDTH / total);
    String left = done == 0 ? "--:--" : clock(progress.seconds() * (total - done) / done);
    return String.format(Locale.ROOT, "[%s%s] %d/%d documents, %.1f MB/s, %s left", "#".repeat(filled),
        ".".repeat(WIDTH - filled), done, total, progress.megabytesPerSecond(), left);
  }

  private static String clock(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
