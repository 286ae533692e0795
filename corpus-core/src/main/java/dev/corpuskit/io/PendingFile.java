package dev.corpuskit.io;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written as a stream over a long run and published atomically at the end: the content goes
 * to a temporary file beside the target; {@link #commit} moves it into place, {@link #close} without
 * a commit deletes it and leaves the target as it was.
 */
public final class PendingFile implements Closeable {

  private final Path target;
  private final Path temp;
  private final OutputStream out;
  private boolean done;

  private PendingFile(Path target, AtomicFiles.Temp temp) {
    this.target = target;
    this.temp = temp.path();
    this.out = new BufferedOutputStream(WriteFailedException.guard(target, temp.out()), 64 * 1024);
  }

  /** Starts writing {@code target}, creating parent directories. */
  public static PendingFile create(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    Files.createDirectories(absolute.getParent());
    return new PendingFile(absolute, AtomicFiles.openTemp(absolute));
  }

  /** Where to write the content; closed by {@link #commit} or {@link #close}. */
  public OutputStream out() {
    return out;
  }

  /** The content written so far, for reading back once {@link #out} is flushed. */
  public Path content() {
    return temp;
  }

  /** Replaces everything written with {@code bytes}; commit afterwards. */
  public void rewrite(byte[] bytes) throws IOException {
    out.close();
    try {
      Files.write(temp, bytes);
    } catch (IOException e) {
      throw WriteFailedException.wrap(target, e);
    }
  }

  /** Closes the stream and moves the file into place. */
  public void commit() throws IOException {
    out.close();
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    done = true;
  }

  @Override
  public void close() throws IOException {
    if (!done) {
      done = true;
      try {
        out.close();
      } finally {
        Files.deleteIfExists(temp);
      }
    }
  }
}
