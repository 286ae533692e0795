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

  /**
   * The header of a manifest that states each document's language, as a corpus built with the
   * {@code language} rule on has: the six columns, then {@code language} and {@code language_score}
   * (both empty for a document without one). Readers of either form read both.
   */
  public static final String HEADER_WITH_LANGUAGE = HEADER + "\tlanguage\tlanguage_score";

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

  /** Whether the manifest states languages: whether any document has one. */
  public boolean hasLanguages() {
    return entries.stream().anyMatch(e -> e.language() != null);
  }

  /** The header line (without its line end) of a manifest with or without the language columns. */
  public static String header(boolean languages) {
    return languages ? HEADER_WITH_LANGUAGE : HEADER;
  }

  /** The TSV text: with the language columns when {@link #hasLanguages}. */
  public String toTsv() {
    return toTsv(hasLanguages());
  }

  /** The TSV text, with the language columns when {@code languages}. */
  public String toTsv(boolean languages) {
    StringBuilder tsv = new StringBuilder(header(languages)).append('\n');
    for (ManifestEntry e : entries) {
      tsv.append(row(e, languages));
    }
    return tsv.toString();
  }

  /** One document's line of the TSV without the language columns, with its line end. */
  public static String row(ManifestEntry e) {
    return row(e, false);
  }

  /**
   * One document's line of the TSV, with its line end; with the language columns when
   * {@code languages} (empty for a document without a language).
   */
  public static String row(ManifestEntry e, boolean languages) {
    String row = e.id() + '\t' + e.path() + '\t' + e.bytes() + '\t' + e.words() + '\t' + e.sha256() + '\t'
        + e.sourceSha256();
    if (languages) {
      row += '\t' + (e.language() == null ? "" : e.language()) + '\t'
          + (e.languageScore() == null ? "" : e.languageScore());
    }
    return row + '\n';
  }

  /** The TSV as UTF-8 bytes. */
  public byte[] toBytes() {
    return toTsv().getBytes(StandardCharsets.UTF_8);
  }

  /** The TSV as UTF-8 bytes, with the language columns when {@code languages}. */
  public byte[] toBytes(boolean languages) {
    return toTsv(languages).getBytes(StandardCharsets.UTF_8);
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
