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
  /** The optional columns the rows have. */
  private final Manifest.Columns columns;

  /** A manifest without the language columns. */
  public ManifestWriter(Path target) throws IOException {
    this(target, false);
  }

  /**
   * A manifest with the language columns when {@code languages} ({@link Manifest#HEADER_WITH_LANGUAGE}):
   * a run that identifies each document's language writes them, for every document.
   */
  public ManifestWriter(Path target, boolean languages) throws IOException {
    this(target, new Manifest.Columns(languages, false));
  }

  /**
   * A manifest with {@code columns}: the language columns for a run that identifies each document's
   * language, the crawl columns ({@link Manifest#CRAWL_COLUMNS}) for a corpus with WARC archives among
   * its sources; either for every document.
   */
  public ManifestWriter(Path target, Manifest.Columns columns) throws IOException {
    this.columns = columns;
    file = PendingFile.create(target);
    file.out().write((Manifest.header(columns) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /** Adds one document's row. */
  public void add(ManifestEntry e) throws IOException {
    if (lastPath != null && lastPath.compareTo(e.path()) >= 0) {
      sorted = false;
    }
    lastPath = e.path();
    file.out().write(Manifest.row(e, columns).getBytes(StandardCharsets.UTF_8));
  }

  /** Publishes the file, sorted. */
  public void finish() throws IOException {
    if (!sorted) {
      file.out().flush();
      Manifest manifest;
      try (InputStream in = Files.newInputStream(file.content())) {
        manifest = Manifest.read(in, file.content().toString());
      }
      file.rewrite(manifest.toBytes(columns));
    }
    file.commit();
  }

  @Override
  public void close() throws IOException {
    file.close();
  }
}
