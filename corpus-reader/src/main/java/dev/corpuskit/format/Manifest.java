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

  /**
   * The columns a manifest of crawled documents adds last, after the language columns if any: the URL
   * and the date each document was crawled from and at (both empty for a document that was not), as a
   * corpus with WARC archives among its sources has.
   */
  public static final String CRAWL_COLUMNS = "\turl\tdate";

  /**
   * Which optional columns a manifest has.
   *
   * @param languages the language columns ({@code language}, {@code language_score})
   * @param crawls the crawl columns ({@code url}, {@code date})
   */
  public record Columns(boolean languages, boolean crawls) {

    /** The six columns every manifest has, alone. */
    public static final Columns PLAIN = new Columns(false, false);

    /** How many columns a row has. */
    public int count() {
      return 6 + (languages ? 2 : 0) + (crawls ? 2 : 0);
    }
  }

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

  /** Whether the manifest states where documents were crawled: whether any document has a URL or date. */
  public boolean hasCrawls() {
    return entries.stream().anyMatch(e -> e.url() != null || e.date() != null);
  }

  /** The optional columns of this manifest's TSV: those its documents have values for. */
  public Columns columns() {
    return new Columns(hasLanguages(), hasCrawls());
  }

  /** The header line (without its line end) of a manifest with or without the language columns. */
  public static String header(boolean languages) {
    return header(new Columns(languages, false));
  }

  /** The header line (without its line end) of a manifest with {@code columns}. */
  public static String header(Columns columns) {
    return (columns.languages() ? HEADER_WITH_LANGUAGE : HEADER) + (columns.crawls() ? CRAWL_COLUMNS : "");
  }

  /** The TSV text: with the optional columns its documents have values for ({@link #columns}). */
  public String toTsv() {
    return toTsv(columns());
  }

  /** The TSV text, with the language columns when {@code languages}, and the crawl columns when any has them. */
  public String toTsv(boolean languages) {
    return toTsv(new Columns(languages, hasCrawls()));
  }

  /** The TSV text, with {@code columns}. */
  public String toTsv(Columns columns) {
    StringBuilder tsv = new StringBuilder(header(columns)).append('\n');
    for (ManifestEntry e : entries) {
      tsv.append(row(e, columns));
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
    return row(e, new Columns(languages, false));
  }

  /**
   * One document's line of the TSV with {@code columns}, with its line end; an optional column the
   * document has no value for is empty.
   */
  public static String row(ManifestEntry e, Columns columns) {
    String row = e.id() + '\t' + e.path() + '\t' + e.bytes() + '\t' + e.words() + '\t' + e.sha256() + '\t'
        + e.sourceSha256();
    if (columns.languages()) {
      row += '\t' + orEmpty(e.language()) + '\t' + orEmpty(e.languageScore());
    }
    if (columns.crawls()) {
      row += '\t' + orEmpty(e.url()) + '\t' + orEmpty(e.date());
    }
    return row + '\n';
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  /** The TSV as UTF-8 bytes. */
  public byte[] toBytes() {
    return toTsv().getBytes(StandardCharsets.UTF_8);
  }

  /** The TSV as UTF-8 bytes, with the language columns when {@code languages}. */
  public byte[] toBytes(boolean languages) {
    return toTsv(languages).getBytes(StandardCharsets.UTF_8);
  }

  /** The TSV as UTF-8 bytes, with {@code columns}. */
  public byte[] toBytes(Columns columns) {
    return toTsv(columns).getBytes(StandardCharsets.UTF_8);
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
