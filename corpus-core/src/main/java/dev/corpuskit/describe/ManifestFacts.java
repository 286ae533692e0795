package dev.corpuskit.describe;

import dev.corpuskit.format.Manifest;
import dev.corpuskit.format.ManifestEntry;
import dev.corpuskit.format.ManifestReader;
import dev.corpuskit.format.Sha256;
import dev.corpuskit.pack.ManifestSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the descriptors need to know about all documents, gathered in one pass over the manifest: only
 * the word counts are kept (four bytes a document), for the length statistics.
 *
 * @param documents the number of documents
 * @param bytes their total size
 * @param words their total word count
 * @param lengths the distribution of their lengths
 * @param manifestBytes the size of the canonical {@code manifest.tsv}
 * @param manifestSha256 its SHA-256 (hex)
 * @param languages how many documents are in each identified language, by code (sorted); empty when the
 *     manifest states no languages
 * @param crawled whether the manifest has the crawl columns ({@code url}, {@code date})
 */
public record ManifestFacts(int documents, long bytes, long words, LengthStats lengths, long manifestBytes,
    String manifestSha256, SortedMap<String, Integer> languages, boolean crawled) {

  public ManifestFacts {
    languages = Collections.unmodifiableSortedMap(new TreeMap<>(languages));
  }

  /** The facts of a manifest without languages. */
  public ManifestFacts(int documents, long bytes, long words, LengthStats lengths, long manifestBytes,
      String manifestSha256) {
    this(documents, bytes, words, lengths, manifestBytes, manifestSha256, new TreeMap<>());
  }

  /** The facts of a manifest without the crawl columns. */
  public ManifestFacts(int documents, long bytes, long words, LengthStats lengths, long manifestBytes,
      String manifestSha256, SortedMap<String, Integer> languages) {
    this(documents, bytes, words, lengths, manifestBytes, manifestSha256, languages, false);
  }

  /**
   * The identified languages, the most documents first (ties by code): the order the descriptors list
   * them in.
   */
  public List<String> languagesByDocuments() {
    return languages.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).toList();
  }

  /** The facts of the manifest read from {@code manifest}. */
  public static ManifestFacts of(ManifestSource manifest) throws IOException {
    MessageDigest digest = Sha256.digest();
    long manifestBytes;
    int[] words = new int[1024];
    int count = 0;
    long bytes = 0;
    SortedMap<String, Integer> languages = new TreeMap<>();
    boolean crawled;
    try (ManifestReader reader = manifest.open()) {
      crawled = reader.hasCrawls();
      byte[] header = (Manifest.header(reader.columns()) + "\n").getBytes(StandardCharsets.UTF_8);
      digest.update(header);
      manifestBytes = header.length;
      for (ManifestEntry e = reader.next(); e != null; e = reader.next()) {
        if (e.language() != null) {
          languages.merge(e.language(), 1, Integer::sum);
        }
        byte[] row = Manifest.row(e, reader.columns()).getBytes(StandardCharsets.UTF_8);
        digest.update(row);
        manifestBytes += row.length;
        if (count == words.length) {
          words = Arrays.copyOf(words, count * 2);
        }
        words[count++] = e.words();
        bytes += e.bytes();
      }
    }
    LengthStats lengths = LengthStats.of(words, count);
    return new ManifestFacts(count, bytes, lengths.total(), lengths, manifestBytes, Sha256.hex(digest), languages,
        crawled);
  }

  /** The facts of an in-memory manifest. */
  public static ManifestFacts of(Manifest manifest) {
    try {
      return of(ManifestSource.of(manifest));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // an in-memory manifest is not read from anywhere
    }
  }
}
