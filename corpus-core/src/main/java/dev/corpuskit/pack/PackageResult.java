package dev.corpuskit.pack;

import java.nio.file.Path;

/**
 * A written corpus jar.
 *
 * @param jar where it was written
 * @param documents how many documents it holds
 * @param totalBytes the documents' total size, uncompressed
 * @param jarBytes the jar's size
 * @param jarSha256 SHA-256 (hex) of the jar
 */
public record PackageResult(Path jar, int documents, long totalBytes, long jarBytes, String jarSha256) {}
