package dev.corpuskit.cli;

import dev.corpuskit.pipeline.RunOptions;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A progress bar on a terminal's standard error: documents done, MB/s and the time left, redrawn in
 * place from the core's progress lines ({@code 12/40 documents (30%), 1.2 MB in 0.8 s, 1.5 MB/s}). Used
 * only when {@link System#console()} is a terminal; elsewhere the run prints its summary line alone.
 */
final class TerminalProgress implements RunOptions.ProgressListener {

  private static final Pattern LINE = Pattern.compile(
      "(\\d+)/(\\d+) documents \\(\\d+%\\), ([0-9.]+) MB in ([0-9.]+) s, ([0-9.]+) MB/s");
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private boolean drawn;

  TerminalProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public synchronized void progress(String line) {
    err.print("\r" + bar(line) + "\u001b[K");
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

  /** The bar for one progress line of the core, or the line itself when it has another form. */
  static String bar(String line) {
    Matcher m = LINE.matcher(line);
    if (!m.find()) {
      return line;
    }
    long done = Long.parseLong(m.group(1));
    long total = Long.parseLong(m.group(2));
    double seconds = Double.parseDouble(m.group(4));
    double rate = Double.parseDouble(m.group(5));
    int filled = total == 0 ? WIDTH : (int) (done * WIDTH / total);
    String left = done == 0 ? "--:--" : clock(seconds * (total - done) / done);
    return String.format(Locale.ROOT, "[%s%s] %d/%d documents, %.1f MB/s, %s left", "#".repeat(filled),
        ".".repeat(WIDTH - filled), done, total, rate, left);
  }

  private static String clock(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
