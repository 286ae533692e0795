package dev.corpuskit.pack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The list of a corpus's documents, sorted by path, and its {@code manifest.tsv} form: a header line,
 * then one tab-separated line per document, LF line ends, UTF-8.
 *
 * @param entries the documents, sorted by path
 */
public record Manifest(List<ManifestEntry> entries) {

  /** The header line's columns. */
  public static final String HEADER = "id\tpath\tbytes\twords\tsha256\tsource_sha256";

  public Manifest {
    List<ManifestEntry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing(ManifestEntry::path));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).path().equals(sorted.get(i - 1).path())) {
        throw new IllegalArgumentException("two documents have the path " + sorted.get(i).path());
      }
    }
    entries = List.copyOf(sorted);
  }

  /** The TSV text. */
  public String toTsv() {
    StringBuilder tsv = new StringBuilder(HEADER).append('\n');
    for (ManifestEntry e : entries) {
      tsv.append(e.id()).append('\t').append(e.path()).append('\t').append(e.bytes()).append('\t')
          .append(e.words()).append('\t').append(e.sha256()).append('\t').append(e.sourceSha256())
          .append('\n');
    }
    return tsv.toString();
  }

  /** The TSV as UTF-8 bytes. */
  public byte[] toBytes() {
    return toTsv().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Reads a manifest written by {@link #toTsv()}.
   *
   * @throws InvalidManifestException when the header or a line is malformed, naming the line
   */
  public static Manifest read(InputStream in, String name) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String header = reader.readLine();
    if (!HEADER.equals(header)) {
      throw new InvalidManifestException(name, 1, "expected the header '" + HEADER.replace("\t", "\\t") + "'");
    }
    List<ManifestEntry> entries = new ArrayList<>();
    int lineNumber = 1;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      String[] f = line.split("\t", -1);
      if (f.length != 6) {
        throw new InvalidManifestException(name, lineNumber, "expected 6 tab-separated fields, found " + f.length);
      }
      try {
        entries.add(new ManifestEntry(f[0], f[1], Long.parseLong(f[2]), Integer.parseInt(f[3]), f[4], f[5]));
      } catch (IllegalArgumentException e) {
        throw new InvalidManifestException(name, lineNumber, e.getMessage());
      }
    }
    return new Manifest(entries);
  }
}
