package dev.corpuskit.pack;

import dev.corpuskit.concurrent.Workers;
import dev.corpuskit.format.ManifestEntry;
import dev.corpuskit.format.ManifestReader;
import dev.corpuskit.format.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.zip.CRC32;

/**
 * Writes the documents of a manifest as jar entries, in manifest order, deflating them on several
 * threads: each worker reads a document, checks its size and SHA-256 against the manifest and deflates
 * it whole; the writer takes the results in order from a window bounded in count and bytes, so the
 * jar is the same for any thread count and memory does not grow with the corpus. Documents over
 * {@link #PARALLEL_LIMIT} are streamed by the writer itself. A document that a previous jar (written
 * with the same deflater) holds with the same SHA-256 is copied from it, still read and checked, and
 * its copied bytes are inflated and compared with it first: bytes that do not hold it are deflated
 * again, with a warning, so that damage in the old jar never reaches the new one.
 */
final class DocumentDeflater {

  /** Larger documents are deflated while written instead of in memory. */
  static final int PARALLEL_LIMIT = 4 * 1024 * 1024;

  private static final int WINDOW_PER_THREAD = 16;
  private static final int BUFFER = 64 * 1024;

  private final int threads;
  private final int level;
  private final long maxBytesInFlight;
  private final AtomicInteger reused = new AtomicInteger();
  private final Consumer<String> warnings;

  /** A deflater that tells {@code warnings}, in manifest order, of the documents it could not copy. */
  DocumentDeflater(int threads, int level, Consumer<String> warnings) {
    this.threads = threads;
    this.level = level;
    this.warnings = warnings;
    long heapShare = Runtime.getRuntime().maxMemory() / 16;
    this.maxBytesInFlight = Math.max(PARALLEL_LIMIT, Math.min(64L * 1024 * 1024, heapShare));
  }

  /** How many documents were copied from a previous jar instead of deflated. */
  int reused() {
    return reused.get();
  }

  /**
   * Adds every document of {@code manifest}, read from {@code dataDirectory}, as {@code prefix + path}.
   *
   * @throws StaleDocumentException when a document's size or SHA-256 differs from its manifest entry
   */
  void writeAll(ZipWriter zip, ManifestSource manifest, Path dataDirectory, String prefix, PreviousJar previous)
      throws IOException {
    ExecutorService pool = Workers.pool("corpus-deflate", threads);
    try (ManifestReader reader = manifest.open()) {
      ArrayDeque<ManifestEntry> entries = new ArrayDeque<>();
      ArrayDeque<Future<Deflated>> results = new ArrayDeque<>();
      long inFlight = 0;
      for (ManifestEntry e = reader.next(); e != null; e = reader.next()) {
        Path file = dataDirectory.resolve(e.path());
        ManifestEntry entry = e;
        boolean parallel = e.bytes() <= PARALLEL_LIMIT;
        PreviousJar.Entry old = parallel && previous != null ? previous.find(e) : null;
        results.add(parallel ? pool.submit(() -> deflate(entry, file, previous, old))
            : CompletableFuture.completedFuture(null));
        entries.add(e);
        inFlight += parallel ? e.bytes() : 0;
        while (!entries.isEmpty() && (entries.size() >= threads * WINDOW_PER_THREAD || inFlight > maxBytesInFlight)) {
          inFlight -= commit(zip, entries.remove(), results.remove(), dataDirectory, prefix);
        }
      }
      while (!entries.isEmpty()) {
        commit(zip, entries.remove(), results.remove(), dataDirectory, prefix);
      }
    } finally {
      Workers.stop(pool);
    }
  }

  /** Writes one document; returns the bytes it held in the window. */
  private long commit(ZipWriter zip, ManifestEntry e, Future<Deflated> result, Path dataDirectory,
      String prefix) throws IOException {
    Deflated deflated = Workers.await(result);
    if (deflated != null) {
      if (deflated.warning() != null) {
        warnings.accept(deflated.warning());
      }
      zip.add(prefix + e.path(), deflated.entry());
      return e.bytes();
    }
    Path file = dataDirectory.resolve(e.path());
    zip.stream(prefix + e.path(), out -> copyChecked(e, file, out));
    return 0;
  }

  /** A document deflated or copied on a worker, and why it could not be copied if it was to be. */
  private record Deflated(DeflatedEntry entry, String warning) {}

  /**
   * Reads, checks and deflates one document whose size the manifest bounds; takes the deflated bytes of
   * {@code old} in {@code previous} instead when they hold the same content.
   */
  private Deflated deflate(ManifestEntry e, Path file, PreviousJar previous, PreviousJar.Entry old)
      throws IOException {
    byte[] content = new byte[(int) e.bytes() + 1];
    int size = 0;
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = 0; n >= 0 && size < content.length; n = in.read(content, size, content.length - size)) {
        size += n;
      }
    }
    MessageDigest digest = Sha256.digest();
    digest.update(content, 0, size);
    if (size != e.bytes() || !Sha256.hex(digest).equalsIgnoreCase(e.sha256())) {
      throw stale(e, file);
    }
    String warning = null;
    if (old != null) {
      CRC32 crc = new CRC32();
      crc.update(content, 0, size);
      try {
        DeflatedEntry copied = previous.read(old, content, size, (int) crc.getValue());
        reused.incrementAndGet();
        return new Deflated(copied, null);
      } catch (IOException damaged) {
        warning = "The previous jar " + previous.path() + " holds damaged bytes for " + old.name() + " ("
            + PreviousJar.reason(damaged) + "): deflated it again from " + file + ".";
      }
    }
    return new Deflated(DeflatedEntry.deflate(content, size, level), warning);
  }

  private static void copyChecked(ManifestEntry e, Path file, OutputStream out) throws IOException {
    MessageDigest digest = Sha256.digest();
    long size = 0;
    byte[] buffer = new byte[BUFFER];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
        out.write(buffer, 0, n);
        size += n;
      }
    }
    if (size != e.bytes() || !Sha256.hex(digest).equalsIgnoreCase(e.sha256())) {
      throw stale(e, file);
    }
  }

  /** The exception for a document that changed since the manifest was written, with its actual state. */
  static StaleDocumentException stale(ManifestEntry e, Path file) throws IOException {
    MessageDigest digest = Sha256.digest();
    long size = 0;
    byte[] buffer = new byte[BUFFER];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
        size += n;
      }
    }
    return new StaleDocumentException(e.path(), file, e.bytes(), size, e.sha256(), Sha256.hex(digest));
  }

}
