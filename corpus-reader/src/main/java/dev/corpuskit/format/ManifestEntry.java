package dev.corpuskit.format;

import java.util.Objects;

/**
 * One document of a packaged corpus, as listed in {@code manifest.tsv}.
 *
 * @param id the document id: the source path relative to the corpus root, without extension
 * @param path the cleaned document's path relative to the data folder, for example {@code a/001.txt}
 * @param bytes size of the cleaned document
 * @param words word count of the cleaned document
 * @param sha256 SHA-256 (hex) of the cleaned bytes
 * @param sourceSha256 SHA-256 (hex) of the source bytes, for provenance
 */
public record ManifestEntry(String id, String path, long bytes, int words, String sha256, String sourceSha256) {

  public ManifestEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(sourceSha256, "sourceSha256");
    for (String field : new String[] {id, path}) {
      if (field.indexOf('\t') >= 0 || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
        throw new IllegalArgumentException("tab or line break in a document path: " + field);
      }
    }
  }
}
