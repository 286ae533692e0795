package dev.corpuskit.pack;

import dev.corpuskit.concurrent.Workers;
import dev.corpuskit.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Deflates a jar's entries other than the documents on a thread of their own, each into a scratch file
 * beside the jar, in the order they are submitted: the packager's own thread meanwhile checks the data
 * folder and writes the documents, then copies each entry in its place. Closing stops the thread and
 * deletes every scratch file; a killed packager's are removed by the next write of the jar
 * ({@link AtomicFiles#scratchFile}).
 */
final class EntrySpool implements AutoCloseable {

  private final ExecutorService thread = Workers.pool("corpus-spool", 1);
  private final Path jar;
  private final int level;
  private final Map<String, Future<SpooledEntry>> entries = new HashMap<>();
  private final List<Path> files = new ArrayList<>();

  /** A spool for the entries of {@code jar} (an absolute path), deflated at {@code level}. */
  EntrySpool(Path jar, int level) {
    this.jar = jar;
    this.level = level;
  }

  /** Starts deflating {@code content} as entry {@code name}. */
  void submit(String name, EntryContent content) throws IOException {
    Path file = AtomicFiles.scratchFile(jar, ".spool.tmp");
    files.add(file);
    entries.put(name, thread.submit(() -> SpooledEntry.deflate(content, level, file)));
  }

  /** Entry {@code name}, once deflated; the content's own exception if it failed. */
  SpooledEntry take(String name) throws IOException {
    return Workers.await(entries.get(name));
  }

  @Override
  public void close() throws IOException {
    Workers.stop(thread);
    for (Path file : files) {
      Files.deleteIfExists(file);
    }
  }
}
