package dev.corpuskit.format;

import java.io.IOException;
import java.io.InputStream;
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
      tsv.append(row(e));
    }
    return tsv.toString();
  }

  /** One document's line of the TSV, with its line end. */
  public static String row(ManifestEntry e) {
    return e.id() + '\t' + e.path() + '\t' + e.bytes() + '\t' + e.words() + '\t' + e.sha256() + '\t'
        + e.sourceSha256() + '\n';
  }

  /** The TSV as UTF-8 bytes. */
  public byte[] toBytes() {
    return toTsv().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Reads a manifest written by {@link #toTsv()}, in any row order. For large manifests, stream the
   * rows with {@link ManifestReader} instead.
   *
   * @throws InvalidManifestException when the header or a line is malformed, naming the line
   */
  public static Manifest read(InputStream in, String name) throws IOException {
    List<ManifestEntry> entries = new ArrayList<>();
    try (ManifestReader reader = ManifestReader.open(in, name, false)) {
      for (ManifestEntry e = reader.next(); e != null; e = reader.next()) {
        entries.add(e);
      }
    }
    return new Manifest(entries);
  }
}
