package dev.corpuskit.format.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines like {@link java.io.BufferedReader#readLine()} (ended by LF, CR LF or CR), but refuses a
 * line longer than a bound: a file of one endless line cannot fill the heap.
 */
public final class BoundedLineReader implements Closeable {

  /** A line longer than the bound; {@link #line()} is its number, from 1. */
  public static final class LineTooLongException extends IOException {
    private static final long serialVersionUID = 1L;
    private final long line;

    LineTooLongException(long line, int max) {
      super("line " + line + " is longer than " + max + " characters");
      this.line = line;
    }

    public long line() {
      return line;
    }
  }

  private final Reader in;
  private final int maxChars;
  private final char[] buffer = new char[8192];
  private int pos;
  private int end;
  private long lineNumber;
  private boolean skipLf;

  public BoundedLineReader(Reader in, int maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  /**
   * The next line without its end, or null at the end of the input.
   *
   * @throws LineTooLongException when it has more than the bound's characters
   */
  public String readLine() throws IOException {
    StringBuilder line = null;
    while (true) {
      if (pos == end) {
        end = in.read(buffer, 0, buffer.length);
        pos = 0;
        if (end <= 0) {
          end = 0;
          if (line == null) {
            return null;
          }
          lineNumber++;
          return line.toString();
        }
      }
      if (skipLf) {
        skipLf = false;
        if (buffer[pos] == '\n') {
          pos++;
          continue;
        }
      }
      int start = pos;
      while (pos < end && buffer[pos] != '\n' && buffer[pos] != '\r') {
        pos++;
      }
      if (line == null) {
        line = new StringBuilder(Math.min(maxChars, 256));
      }
      if (line.length() + (pos - start) > maxChars) {
        throw new LineTooLongException(lineNumber + 1, maxChars);
      }
      line.append(buffer, start, pos - start);
      if (pos < end) {
        skipLf = buffer[pos] == '\r';
        pos++;
        lineNumber++;
        return line.toString();
      }
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
