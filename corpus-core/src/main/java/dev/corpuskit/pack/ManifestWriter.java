package dev.corpuskit.pack;

import dev.corpuskit.format.Manifest;
import dev.corpuskit.format.ManifestEntry;
import dev.corpuskit.io.PendingFile;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams {@code manifest.tsv} row by row, in the format of {@link Manifest#toTsv()}. Rows normally
 * arrive sorted by path; if one does not, {@link #finish} reads the rows back and sorts them, so the
 * file is always the sorted manifest. The file appears only on {@link #finish}.
 */
public final class ManifestWriter implements Closeable {

  private final PendingFile file;
  private String lastPath;
  private boolean sorted = true;
  /** Whether the rows have the language columns. */
  private final boolean languages;

  /** A manifest without the language columns. */
  public ManifestWriter(Path target) throws IOException {
    this(target, false);
  }

  /**
   * A manifest with the language columns when {@code languages} ({@link Manifest#HEADER_WITH_LANGUAGE}):
   * a run that identifies each document's language writes them, for every document.
   */
  public ManifestWriter(Path target, boolean languages) throws IOException {
    this.languages = languages;
    file = PendingFile.create(target);
    file.out().write((Manifest.header(languages) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /** Adds one document's row. */
  public void add(ManifestEntry e) throws IOException {
    if (lastPath != null && lastPath.compareTo(e.path()) >= 0) {
      sorted = false;
    }
    lastPath = e.path();
    file.out().write(Manifest.row(e, languages).getBytes(StandardCharsets.UTF_8));
  }

  /** Publishes the file, sorted. */
  public void finish() throws IOException {
    if (!sorted) {
      file.out().flush();
      Manifest manifest;
      try (InputStream in = Files.newInputStream(file.content())) {
        manifest = Manifest.read(in, file.content().toString());
      }
      file.rewrite(manifest.toBytes(languages));
    }
    file.commit();
  }

  @Override
  public void close() throws IOException {
    file.close();
  }
}
