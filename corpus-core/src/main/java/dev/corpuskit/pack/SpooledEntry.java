package dev.corpuskit.pack;

import dev.corpuskit.io.WriteFailedException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One entry deflated ahead of writing into a scratch file, with the same bytes as
 * {@link ZipWriter#stream} would write: large descriptors and reports are deflated on another thread
 * while the packager checks the data folder and deflates documents, and the archive copies them in
 * their place. Memory does not grow with their size.
 *
 * @param file the raw deflate stream
 * @param crc the CRC-32 of the uncompressed content
 * @param size the uncompressed size
 */
record SpooledEntry(Path file, int crc, long size) {

  /** Deflates what {@code content} writes into {@code file}, replacing what it holds, at {@code level}. */
  static SpooledEntry deflate(EntryContent content, int level, Path file) throws IOException {
    try (OutputStream out = new BufferedOutputStream(WriteFailedException.guard(file,
        Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)), 64 * 1024)) {
      ZipWriter.Deflated deflated = ZipWriter.deflate(content, level, out);
      return new SpooledEntry(file, deflated.crc(), deflated.size());
    }
  }
}
