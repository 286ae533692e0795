package dev.corpuskit.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Named pipes for tests of code that must never open one. A pipe is {@link #feed fed} while the code
 * runs: code that opens it reads a line and an end of file, and so fails on what it read instead of
 * blocking forever, and the test needs no time limit.
 */
public final class NamedPipes {

  private NamedPipes() {}

  /**
   * Opens {@code fifo} for writing on a thread of its own: that waits until someone opens it to read,
   * then gives them a line of text and an end of file.
   */
  public static Thread feed(Path fifo) {
    Thread writer = new Thread(() -> {
      try (OutputStream out = Files.newOutputStream(fifo)) {
        out.write("Someone opened the pipe and read this line.\n".getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        // the reader went away
      }
    }, "fifo-writer");
    writer.setDaemon(true);
    writer.start();
    return writer;
  }

  /** Ends the {@link #feed} of {@code fifo}: opening a pipe to read and write never waits. */
  public static void release(Path fifo, Thread writer) throws IOException, InterruptedException {
    try (FileChannel both = FileChannel.open(fifo, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      writer.join();
    }
  }
}
