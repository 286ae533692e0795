package dev.corpuskit.pack;

import java.nio.file.Path;
import java.util.List;

/**
 * A written corpus jar.
 *
 * @param jar where it was written
 * @param documents how many documents it holds
 * @param totalBytes the documents' total size, uncompressed
 * @param jarBytes the jar's size
 * @param jarSha256 SHA-256 (hex) of the jar
 * @param reusedDocuments documents whose deflated bytes were copied from the previous jar
 * @param warnings what went wrong without failing the packaging, such as a previous jar whose bytes
 *     could not be copied as they were damaged, in the order met; empty when nothing did
 */
public record PackageResult(Path jar, int documents, long totalBytes, long jarBytes, String jarSha256,
    int reusedDocuments, List<String> warnings) {

  public PackageResult {
    warnings = List.copyOf(warnings);
  }

  /** A jar all of whose documents were deflated anew. */
  public PackageResult(Path jar, int documents, long totalBytes, long jarBytes, String jarSha256) {
    this(jar, documents, totalBytes, jarBytes, jarSha256, 0);
  }

  /** A jar written without warnings. */
  public PackageResult(Path jar, int documents, long totalBytes, long jarBytes, String jarSha256,
      int reusedDocuments) {
    this(jar, documents, totalBytes, jarBytes, jarSha256, reusedDocuments, List.of());
  }
}
