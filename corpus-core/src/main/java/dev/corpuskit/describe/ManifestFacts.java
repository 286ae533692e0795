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
 */
public record ManifestFacts(int documents, long bytes, long words, LengthStats lengths, long manifestBytes,
    String manifestSha256) {

  /** The facts of the manifest read from {@code manifest}. */
  public static ManifestFacts of(ManifestSource manifest) throws IOException {
    MessageDigest digest = Sha256.digest();
    byte[] header = (Manifest.HEADER + "\n").getBytes(StandardCharsets.UTF_8);
    digest.update(header);
    long manifestBytes = header.length;
    int[] words = new int[1024];
    int count = 0;
    long bytes = 0;
    try (ManifestReader reader = manifest.open()) {
      for (ManifestEntry e = reader.next(); e != null; e = reader.next()) {
        byte[] row = Manifest.row(e).getBytes(StandardCharsets.UTF_8);
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
    return new ManifestFacts(count, bytes, lengths.total(), lengths, manifestBytes, Sha256.hex(digest));
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
