package dev.corpuskit.pack;

import dev.corpuskit.io.CountingOutputStream;
import dev.corpuskit.io.WriteFailedException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A minimal zip writer with the exact layout of {@code java.util.zip.ZipOutputStream} for deflated
 * entries with a DOS time, UTF-8 names, no extra fields and no comments: local header with flag
 * 0x0808 and zero sizes, data, data descriptor; central directory; Zip64 end records when needed.
 * Unlike {@code ZipOutputStream} it accepts entries deflated elsewhere ({@link #add}), and it spools
 * the central directory to a file so that memory does not grow with the number of entries.
 */
final class ZipWriter implements AutoCloseable {

  private static final long MAGIC = 0xFFFFFFFFL;
  private static final int FLAGS = 0x0808; // sizes in a data descriptor, UTF-8 names
  private static final int VERSION = 20;
  private static final int VERSION_ZIP64 = 45;

  private final CountingOutputStream out;
  private final Path centralFile;
  private final CountingOutputStream central;
  private final int dosTime;
  private final int level;
  private long entries;

  /**
   * @param out where the archive goes; not closed
   * @param centralFile a scratch file for the central directory, deleted on {@link #close}
   * @param time every entry's time, within the DOS range
   * @param level the deflate level of {@link #stream} entries
   */
  ZipWriter(OutputStream out, Path centralFile, LocalDateTime time, int level) throws IOException {
    this.out = new CountingOutputStream(out);
    this.centralFile = centralFile;
    this.central = new CountingOutputStream(new BufferedOutputStream(
        WriteFailedException.guard(centralFile, Files.newOutputStream(centralFile)), 64 * 1024));
    this.dosTime = dosTime(time);
    this.level = level;
  }

  /** Adds an entry deflated ahead of time. */
  void add(String name, DeflatedEntry entry) throws IOException {
    long offset = localHeader(name);
    out.write(entry.data(), 0, entry.length());
    finishEntry(name, offset, entry.crc(), entry.length(), entry.size());
  }

  /** Adds an entry deflated while {@code content} writes it, for content of any size. */
  void stream(String name, EntryContent content) throws IOException {
    long offset = localHeader(name);
    long start = out.count();
    Deflated deflated = deflate(content, level, new NonClosing(out));
    finishEntry(name, offset, deflated.crc(), out.count() - start, deflated.size());
  }

  /** Adds an entry that {@link SpooledEntry#deflate} wrote to a file ahead of time. */
  void add(String name, SpooledEntry entry) throws IOException {
    long offset = localHeader(name);
    long start = out.count();
    Files.copy(entry.file(), out);
    finishEntry(name, offset, entry.crc(), out.count() - start, entry.size());
  }

  /** The CRC-32 and size of content that {@link #deflate} wrote. */
  record Deflated(int crc, long size) {}

  /**
   * Deflates what {@code content} writes to {@code sink} (not closed) at {@code level}, without a zlib
   * wrapper: the one way every streamed entry is deflated, whether into the archive or ahead of it.
   */
  static Deflated deflate(EntryContent content, int level, OutputStream sink) throws IOException {
    CRC32 crc = new CRC32();
    long[] size = new long[1];
    Deflater deflater = new Deflater(level, true);
    try {
      DeflaterOutputStream deflating = new DeflaterOutputStream(sink, deflater, 64 * 1024);
      content.writeTo(new FilterOutputStream(deflating) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          crc.update(b, off, len);
          size[0] += len;
          deflating.write(b, off, len);
        }

        @Override
        public void write(int b) throws IOException {
          write(new byte[] {(byte) b}, 0, 1);
        }
      });
      deflating.finish();
      return new Deflated((int) crc.getValue(), size[0]);
    } finally {
      deflater.end();
    }
  }

  /** Writes the central directory and end records; returns the archive's size. */
  long finish() throws IOException {
    long centralOffset = out.count();
    central.flush();
    long centralSize = central.count();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(centralFile), 64 * 1024)) {
      in.transferTo(out);
    }
    boolean zip64 = entries >= 0xFFFF || centralSize >= MAGIC || centralOffset >= MAGIC;
    if (zip64) {
      long zip64End = out.count();
      int32(out, 0x06064b50);
      int64(out, 44);
      int16(out, VERSION_ZIP64);
      int16(out, VERSION_ZIP64);
      int32(out, 0);
      int32(out, 0);
      int64(out, entries);
      int64(out, entries);
      int64(out, centralSize);
      int64(out, centralOffset);
      int32(out, 0x07064b50);
      int32(out, 0);
      int64(out, zip64End);
      int32(out, 1);
    }
    int count = entries >= 0xFFFF ? 0xFFFF : (int) entries;
    int32(out, 0x06054b50);
    int16(out, 0);
    int16(out, 0);
    int16(out, count);
    int16(out, count);
    int32(out, (int) Math.min(centralSize, MAGIC));
    int32(out, (int) Math.min(centralOffset, MAGIC));
    int16(out, 0);
    out.flush();
    return out.count();
  }

  @Override
  public void close() throws IOException {
    try {
      central.close();
    } finally {
      Files.deleteIfExists(centralFile);
    }
  }

  private long localHeader(String name) throws IOException {
    long offset = out.count();
    byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
    int32(out, 0x04034b50);
    int16(out, VERSION);
    int16(out, FLAGS);
    int16(out, 8);
    int32(out, dosTime);
    int32(out, 0);
    int32(out, 0);
    int32(out, 0);
    int16(out, nameBytes.length);
    int16(out, 0);
    out.write(nameBytes);
    return offset;
  }

  /** Writes the data descriptor and spools the central directory record. */
  private void finishEntry(String name, long offset, int crc, long csize, long size) throws IOException {
    int32(out, 0x08074b50);
    int32(out, crc);
    if (csize >= MAGIC || size >= MAGIC) {
      int64(out, csize);
      int64(out, size);
    } else {
      int32(out, (int) csize);
      int32(out, (int) size);
    }
    int zip64Length = (size >= MAGIC ? 8 : 0) + (csize >= MAGIC ? 8 : 0) + (offset >= MAGIC ? 8 : 0);
    byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
    int32(central, 0x02014b50);
    int16(central, zip64Length > 0 ? VERSION_ZIP64 : VERSION);
    int16(central, zip64Length > 0 ? VERSION_ZIP64 : VERSION);
    int16(central, FLAGS);
    int16(central, 8);
    int32(central, dosTime);
    int32(central, crc);
    int32(central, (int) Math.min(csize, MAGIC));
    int32(central, (int) Math.min(size, MAGIC));
    int16(central, nameBytes.length);
    int16(central, zip64Length > 0 ? zip64Length + 4 : 0);
    int16(central, 0); // comment
    int16(central, 0); // disk
    int16(central, 0); // internal attributes
    int32(central, 0); // external attributes
    int32(central, (int) Math.min(offset, MAGIC));
    central.write(nameBytes);
    if (zip64Length > 0) {
      int16(central, 0x0001);
      int16(central, zip64Length);
      if (size >= MAGIC) {
        int64(central, size);
      }
      if (csize >= MAGIC) {
        int64(central, csize);
      }
      if (offset >= MAGIC) {
        int64(central, offset);
      }
    }
    entries++;
  }

  /** The MS-DOS date and time of {@code time}, with two-second precision. */
  static int dosTime(LocalDateTime time) {
    return (time.getYear() - 1980) << 25 | time.getMonthValue() << 21 | time.getDayOfMonth() << 16
        | time.getHour() << 11 | time.getMinute() << 5 | time.getSecond() >> 1;
  }

  private static void int16(OutputStream out, int v) throws IOException {
    out.write(v & 0xFF);
    out.write((v >>> 8) & 0xFF);
  }

  private static void int32(OutputStream out, int v) throws IOException {
    int16(out, v & 0xFFFF);
    int16(out, (v >>> 16) & 0xFFFF);
  }

  private static void int64(OutputStream out, long v) throws IOException {
    int32(out, (int) v);
    int32(out, (int) (v >>> 32));
  }

  private static final class NonClosing extends FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() {}
  }
}
