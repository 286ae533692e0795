package dev.corpuskit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failed write names the file being written and what to do: a full device's own exception says only
 * "No space left on device".
 */
class WriteFailedExceptionTest {

  @TempDir Path tmp;

  /** A stream on a full device: every write, flush and close fails as the kernel's ENOSPC does. */
  private static OutputStream full(IOException failure) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw failure;
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        throw failure;
      }
    };
  }

  @Test
  void aFullDeviceNamesTheFileAndSaysToFreeSpace() {
    Path jar = tmp.resolve("target/news-1.0.jar");
    OutputStream out = WriteFailedException.guard(jar, full(new IOException("No space left on device")));
    assertThatThrownBy(() -> out.write(new byte[] {1, 2, 3}, 0, 3)).isInstanceOf(WriteFailedException.class)
        .hasMessage("cannot write " + jar + ": No space left on device; free space on the device holding "
            + tmp.resolve("target") + ", then run the goal again")
        .extracting(e -> ((WriteFailedException) e).target()).isEqualTo(jar);
    assertThatThrownBy(() -> out.write(1)).isInstanceOf(WriteFailedException.class);
  }

  @Test
  void aFileSystemExceptionIsNotNamedTwiceAndAnOtherFailureGetsAGeneralHint() {
    Path report = tmp.resolve("reports/validation.json");
    FileSystemException quota = new FileSystemException(tmp.resolve("reports/.validation.json.1.tmp").toString(),
        null, "Disk quota exceeded");
    assertThat(WriteFailedException.wrap(report, quota)).hasMessage("cannot write " + report
        + ": Disk quota exceeded; free space on the device holding " + tmp.resolve("reports")
        + ", then run the goal again").hasCause(quota);
    assertThat(WriteFailedException.wrap(report, new IOException("Input/output error"))).hasMessage("cannot write "
        + report + ": Input/output error; check that " + tmp.resolve("reports") + " is writable and its device"
        + " has free space, then run the goal again");
    WriteFailedException once = WriteFailedException.wrap(report, quota);
    assertThat(WriteFailedException.wrap(tmp.resolve("other"), once)).isSameAs(once);
  }

  @Test
  void writesThatSucceedPassThroughUnchanged() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = WriteFailedException.guard(tmp.resolve("x"), bytes)) {
      out.write('a');
      out.write(new byte[] {'b', 'c', 'd'}, 1, 2);
    }
    assertThat(bytes.toString()).isEqualTo("acd");
  }

  @Test
  void aWritersOwnReadFailureIsNotReportedAsAFailedWrite() {
    Path target = tmp.resolve("out/doc.txt");
    NoSuchFileException gone = new NoSuchFileException("src/doc.txt");
    assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
      out.write('x');
      throw gone;
    })).isSameAs(gone);
    assertThat(target).doesNotExist();
  }
}
