package dev.corpuskit.format;

import dev.corpuskit.format.internal.BoundedLineReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Reads {@code manifest.tsv} one row at a time, so that a manifest of any size takes constant memory.
 * A sorted reader also checks that paths strictly increase, as {@link ManifestWriter} writes them.
 * A line longer than {@link #MAX_LINE_CHARS} is refused, so that a manifest without line ends cannot
 * fill the heap either.
 */
public final class ManifestReader implements Closeable {

  /** The longest row: two paths of 16k characters each and the hashes fit with room to spare. */
  public static final int MAX_LINE_CHARS = 64 * 1024;

  private final BoundedLineReader lines;
  private final Iterator<ManifestEntry> entries;
  private final String name;
  private final boolean sorted;
  /** The optional columns the rows have. */
  private final Manifest.Columns columns;
  private int lineNumber = 1;
  private String lastPath;

  private ManifestReader(BoundedLineReader lines, Iterator<ManifestEntry> entries, String name, boolean sorted,
      Manifest.Columns columns) {
    this.lines = lines;
    this.entries = entries;
    this.name = name;
    this.sorted = sorted;
    this.columns = columns;
  }

  /**
   * Whether the manifest states each document's language: its header has the {@code language} and
   * {@code language_score} columns ({@link Manifest#HEADER_WITH_LANGUAGE}).
   */
  public boolean hasLanguages() {
    return columns.languages();
  }

  /**
   * Whether the manifest states where documents were crawled: its header ends with the {@code url} and
   * {@code date} columns ({@link Manifest#CRAWL_COLUMNS}).
   */
  public boolean hasCrawls() {
    return columns.crawls();
  }

  /** The optional columns of the manifest, as its header names them. */
  public Manifest.Columns columns() {
    return columns;
  }

  /**
   * Reads the manifest {@code file}, whose rows must be sorted by path.
   *
   * @throws InvalidManifestException when the header is wrong
   */
  public static ManifestReader open(Path file) throws IOException {
    return open(Files.newInputStream(file), file.toString(), true);
  }

  /**
   * Reads a manifest from {@code in}, closed with the reader.
   *
   * @param name the manifest's name for messages
   * @param sorted whether to require rows sorted by path
   * @throws InvalidManifestException when the header is wrong
   */
  public static ManifestReader open(InputStream in, String name, boolean sorted) throws IOException {
    BoundedLineReader lines = new BoundedLineReader(new InputStreamReader(in, StandardCharsets.UTF_8),
        MAX_LINE_CHARS);
    Manifest.Columns columns = null;
    try {
      String header = readLine(lines, name);
      for (boolean languages : new boolean[] {false, true}) {
        for (boolean crawls : new boolean[] {false, true}) {
          if (Manifest.header(new Manifest.Columns(languages, crawls)).equals(header)) {
            columns = new Manifest.Columns(languages, crawls);
          }
        }
      }
      if (columns == null) {
        throw new InvalidManifestException(name, 1,
            "expected the header '" + Manifest.HEADER.replace("\t", "\\t") + "' (and optionally"
                + " '\\tlanguage\\tlanguage_score', then optionally '\\turl\\tdate'); run corpus:clean again");
      }
    } catch (IOException | RuntimeException e) {
      lines.close();
      throw e;
    }
    return new ManifestReader(lines, null, name, sorted, columns);
  }

  /** The entries of an in-memory manifest, already sorted. */
  public static ManifestReader of(Manifest manifest) {
    return new ManifestReader(null, manifest.entries().iterator(), "manifest", false, manifest.columns());
  }

  /**
   * The next entry, or null at the end.
   *
   * @throws InvalidManifestException when a line is malformed or out of order, naming the line
   */
  public ManifestEntry next() throws IOException {
    if (entries != null) {
      return entries.hasNext() ? entries.next() : null;
    }
    String line = readLine(lines, name);
    if (line == null) {
      return null;
    }
    lineNumber++;
    int count = columns.count();
    String[] f = fields(line, count);
    if (f == null) {
      throw new InvalidManifestException(name, lineNumber, "expected " + count + " tab-separated fields, found "
          + (line.chars().filter(c -> c == '\t').count() + 1));
    }
    ManifestEntry e;
    try {
      int at = 6;
      String language = null;
      String score = null;
      if (columns.languages()) {
        language = f[at].isEmpty() ? null : f[at];
        score = f[at + 1].isEmpty() ? null : f[at + 1];
        at += 2;
      }
      String url = null;
      String date = null;
      if (columns.crawls()) {
        url = f[at].isEmpty() ? null : f[at];
        date = f[at + 1].isEmpty() ? null : f[at + 1];
      }
      e = new ManifestEntry(f[0], f[1], count(f[2], "bytes"), (int) count(f[3], "words"), f[4], f[5], language,
          score, url, date);
    } catch (IllegalArgumentException x) {
      throw new InvalidManifestException(name, lineNumber, x.getMessage());
    }
    if (sorted && lastPath != null && lastPath.compareTo(e.path()) >= 0) {
      throw new InvalidManifestException(name, lineNumber, "path '" + e.path() + "' is not after '" + lastPath
          + "': rows must be sorted by path, each path once; run corpus:clean again to rewrite the manifest");
    }
    lastPath = e.path();
    return e;
  }

  /** A non-negative number of the row, or an IllegalArgumentException saying which column is wrong. */
  private static long count(String field, String column) {
    long value;
    try {
      value = Long.parseLong(field);
    } catch (NumberFormatException x) {
      throw new IllegalArgumentException(column + " '" + field + "' is not a number");
    }
    if (value < 0) {
      throw new IllegalArgumentException(column + " " + value + " is a negative "
          + (column.equals("bytes") ? "size" : "word count"));
    }
    if (column.equals("words") && value > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("words " + value + " is more than a document can hold");
    }
    return value;
  }

  private static String readLine(BoundedLineReader lines, String name) throws IOException {
    try {
      return lines.readLine();
    } catch (BoundedLineReader.LineTooLongException e) {
      throw new InvalidManifestException(name, (int) Math.min(e.line(), Integer.MAX_VALUE),
          "the line is longer than " + MAX_LINE_CHARS + " characters: not a manifest written by Corpuskit");
    }
  }

  /** The {@code count} tab-separated fields of {@code line}, or null if it has another number. */
  private static String[] fields(String line, int count) {
    String[] f = new String[count];
    int start = 0;
    for (int i = 0; i < count - 1; i++) {
      int tab = line.indexOf('\t', start);
      if (tab < 0) {
        return null;
      }
      f[i] = line.substring(start, tab);
      start = tab + 1;
    }
    if (line.indexOf('\t', start) >= 0) {
      return null;
    }
    f[count - 1] = line.substring(start);
    return f;
  }

  @Override
  public void close() throws IOException {
    if (lines != null) {
      lines.close();
    }
  }
}
