package dev.corpuskit.pack;

import java.io.BufferedReader;
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
 */
public final class ManifestReader implements Closeable {

  private final BufferedReader lines;
  private final Iterator<ManifestEntry> entries;
  private final String name;
  private final boolean sorted;
  private int lineNumber = 1;
  private String lastPath;

  private ManifestReader(BufferedReader lines, Iterator<ManifestEntry> entries, String name, boolean sorted) {
    this.lines = lines;
    this.entries = entries;
    this.name = name;
    this.sorted = sorted;
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
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 64 * 1024);
    try {
      if (!Manifest.HEADER.equals(lines.readLine())) {
        throw new InvalidManifestException(name, 1,
            "expected the header '" + Manifest.HEADER.replace("\t", "\\t") + "'; run corpus:clean again");
      }
    } catch (IOException | RuntimeException e) {
      lines.close();
      throw e;
    }
    return new ManifestReader(lines, null, name, sorted);
  }

  /** The entries of an in-memory manifest, already sorted. */
  public static ManifestReader of(Manifest manifest) {
    return new ManifestReader(null, manifest.entries().iterator(), "manifest", false);
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
    String line = lines.readLine();
    if (line == null) {
      return null;
    }
    lineNumber++;
    String[] f = fields(line);
    if (f == null) {
      throw new InvalidManifestException(name, lineNumber,
          "expected 6 tab-separated fields, found " + (line.chars().filter(c -> c == '\t').count() + 1));
    }
    ManifestEntry e;
    try {
      e = new ManifestEntry(f[0], f[1], Long.parseLong(f[2]), Integer.parseInt(f[3]), f[4], f[5]);
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

  /** The six tab-separated fields of {@code line}, or null if it has another number. */
  private static String[] fields(String line) {
    String[] f = new String[6];
    int start = 0;
    for (int i = 0; i < 5; i++) {
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
    f[5] = line.substring(start);
    return f;
  }

  @Override
  public void close() throws IOException {
    if (lines != null) {
      lines.close();
    }
  }
}
