package dev.corpuskit.pack;

import dev.corpuskit.format.ManifestEntry;
import dev.corpuskit.format.ManifestReader;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * The documents of a jar that an earlier packaging of the same corpus wrote with the same deflater,
 * so that a document whose SHA-256 is unchanged can be copied as its deflated bytes instead of being
 * deflated again. The jar's central directory and its {@code manifest.tsv} are read as streams in
 * step with the new manifest, so memory does not grow with the corpus. Anything unexpected in the
 * jar makes it offer nothing, and every document is deflated as usual.
 *
 * <p>Nothing in the jar is trusted: its size, mtime and manifest can all be intact around a damaged
 * byte (a bad sector, a stray write), and a copied byte would then be carried into every later jar.
 * So {@link #read} inflates the deflated bytes it hands out and compares them with the document they
 * must hold, which the caller has read and checked against its SHA-256; inflating costs a fraction of
 * deflating again.
 */
final class PreviousJar implements Closeable {

  private static final int LOCAL_HEADER = 30;
  private static final long MAGIC = 0xFFFFFFFFL;

  private final Path jar;
  private final FileChannel channel;
  private final String dataPrefix;
  private final CentralDirectory directory;
  private final ManifestReader manifest;
  private final Consumer<String> warnings;
  private Entry next;
  private ManifestEntry nextRow;
  private boolean broken;

  private PreviousJar(Path jar, FileChannel channel, String dataPrefix, CentralDirectory directory,
      ManifestReader manifest, Consumer<String> warnings) {
    this.jar = jar;
    this.channel = channel;
    this.dataPrefix = dataPrefix;
    this.directory = directory;
    this.manifest = manifest;
    this.warnings = warnings;
  }

  /** The jar's path. */
  Path path() {
    return jar;
  }

  /** A document of the old jar: where its deflated bytes are, and what they hold. */
  record Entry(String name, long offset, long compressedSize, long size, int crc) {}

  /**
   * Opens {@code jar} (written by {@link Packager}) whose documents are under {@code dataPrefix} and
   * whose manifest is the entry {@code manifestName}; null when it does not exist or cannot be read so.
   */
  static PreviousJar open(Path jar, String dataPrefix, String manifestName) {
    return open(jar, dataPrefix, manifestName, warning -> {});
  }

  /**
   * As {@link #open(Path, String, String)}, telling {@code warnings} why a jar that exists cannot be
   * read so.
   */
  static PreviousJar open(Path jar, String dataPrefix, String manifestName, Consumer<String> warnings) {
    FileChannel channel = null;
    try {
      channel = FileChannel.open(jar, StandardOpenOption.READ);
      Entry manifestEntry = null;
      try (CentralDirectory all = CentralDirectory.of(channel)) {
        for (Entry e = all.next(); e != null; e = all.next()) {
          if (e.name().equals(manifestName)) {
            manifestEntry = e;
          }
        }
      }
      if (manifestEntry == null) {
        throw new IOException("it holds no " + manifestName);
      }
      InputStream raw = new BufferedInputStream(stream(channel, dataStart(channel, manifestEntry),
          manifestEntry.compressedSize()), 64 * 1024);
      ManifestReader rows = ManifestReader.open(new InflaterInputStream(raw, new Inflater(true), 64 * 1024),
          manifestName, true);
      return new PreviousJar(jar, channel, dataPrefix, CentralDirectory.of(channel), rows, warnings);
    } catch (NoSuchFileException e) {
      return null; // no previous jar: nothing to say
    } catch (IOException | RuntimeException e) {
      closeQuietly(channel);
      warnings.accept("Cannot copy documents from the previous jar " + jar + " (" + reason(e)
          + "): every document is deflated again.");
      return null;
    }
  }

  /**
   * The old jar's entry for {@code entry}, if it holds a document at the same path with the same
   * SHA-256 and size; calls must come in manifest order.
   */
  Entry find(ManifestEntry entry) {
    if (broken) {
      return null;
    }
    try {
      while (nextRow == null || nextRow.path().compareTo(entry.path()) < 0) {
        if (!advance()) {
          return null;
        }
      }
      boolean same = nextRow.path().equals(entry.path()) && nextRow.sha256().equalsIgnoreCase(entry.sha256())
          && nextRow.bytes() == entry.bytes() && next.size() == entry.bytes();
      return same ? next : null;
    } catch (IOException | RuntimeException e) {
      broken = true; // a damaged jar: deflate the rest
      warnings.accept("Cannot copy documents from the previous jar " + jar + " from " + entry.path() + " on ("
          + reason(e) + "): they are deflated again.");
      return null;
    }
  }

  /** Moves to the next document and its manifest row; false at the end. */
  private boolean advance() throws IOException {
    nextRow = manifest.next();
    if (nextRow == null) {
      broken = true;
      return false;
    }
    for (next = directory.next(); next != null && !next.name().startsWith(dataPrefix); next = directory.next()) {
      // entries before the documents
    }
    if (next == null || !next.name().equals(dataPrefix + nextRow.path())) {
      throw new IOException("the jar's documents do not follow its manifest");
    }
    return true;
  }

  /**
   * The deflated bytes of {@code entry}, checked against the content they must hold, {@code
   * content[0..size)} whose CRC-32 is {@code crc}: the entry's CRC-32 and size must be theirs, and its
   * deflated bytes must inflate, to their end and no further, to exactly that content. Safe to call from
   * several threads.
   *
   * @throws ZipException when the old jar does not hold what it should, saying how
   * @throws IOException when the old jar cannot be read
   */
  DeflatedEntry read(Entry entry, byte[] content, int size, int crc) throws IOException {
    if (entry.crc() != crc || entry.size() != size) {
      throw new ZipException(String.format(Locale.ROOT, "its CRC-32 %08x and size %d are not the document's,"
          + " %08x and %d", entry.crc(), entry.size(), crc, size));
    }
    if (entry.compressedSize() > Integer.MAX_VALUE - 16) {
      throw new ZipException("its deflated size " + entry.compressedSize() + " is out of range");
    }
    ByteBuffer data = ByteBuffer.allocate((int) entry.compressedSize());
    readFully(channel, data, dataStart(channel, entry));
    verify(data.array(), content, size);
    return new DeflatedEntry(data.array(), data.capacity(), crc, size);
  }

  /**
   * Checks that {@code deflated}, a raw deflate stream, inflates to {@code content[0..size)} and ends
   * exactly where the array does, in pieces of at most 64 KiB compared as they come.
   */
  private static void verify(byte[] deflated, byte[] content, int size) throws ZipException {
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(deflated);
      byte[] piece = new byte[Math.min(size + 1, 64 * 1024)];
      int at = 0;
      while (!inflater.finished()) {
        int n = inflater.inflate(piece);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new ZipException("its deflated data end after " + at + " of " + size + " bytes");
        }
        if (at + n > size || !Arrays.equals(piece, 0, n, content, at, at + n)) {
          throw new ZipException("its deflated data do not inflate to the document from byte " + at + " on");
        }
        at += n;
      }
      if (at != size || inflater.getRemaining() != 0) {
        throw new ZipException("its deflated data inflate to " + at + " of " + size + " bytes, then "
            + inflater.getRemaining() + " bytes remain");
      }
    } catch (DataFormatException e) {
      throw new ZipException("its deflated data are invalid: " + e.getMessage());
    } finally {
      inflater.end();
    }
  }

  /** A short reason for a warning. */
  static String reason(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  @Override
  public void close() {
    closeQuietly(directory);
    closeQuietly(manifest);
    closeQuietly(channel);
  }

  /** Where an entry's data starts: after its local header, whose name and extra lengths are read. */
  private static long dataStart(FileChannel channel, Entry entry) throws IOException {
    ByteBuffer header = ByteBuffer.allocate(LOCAL_HEADER).order(ByteOrder.LITTLE_ENDIAN);
    readFully(channel, header, entry.offset());
    if (header.getInt(0) != 0x04034b50 || header.getShort(8) != 8) {
      throw new IOException("not a deflated entry at " + entry.offset());
    }
    return entry.offset() + LOCAL_HEADER + Short.toUnsignedInt(header.getShort(26))
        + Short.toUnsignedInt(header.getShort(28));
  }

  private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, position + buffer.position()) < 0) {
        throw new EOFException("it ends at byte " + (position + buffer.position()));
      }
    }
  }

  /** {@code length} bytes of {@code channel} from {@code position}, as a stream. */
  private static InputStream stream(FileChannel channel, long position, long length) {
    return new InputStream() {
      private long at = position;
      private final long end = position + length;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (at >= end) {
          return -1;
        }
        int n = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, end - at)), at);
        if (n > 0) {
          at += n;
        }
        return n;
      }
    };
  }

  private static void closeQuietly(Closeable closeable) {
    try {
      if (closeable != null) {
        closeable.close();
      }
    } catch (IOException e) {
      // nothing was written
    }
  }

  /** The central directory's records, read in order as a stream; Zip64 sizes and offsets included. */
  private static final class CentralDirectory implements Closeable {
    private final DataInputStream in;
    private long remaining;

    private CentralDirectory(DataInputStream in, long count) {
      this.in = in;
      this.remaining = count;
    }

    static CentralDirectory of(FileChannel channel) throws IOException {
      long size = channel.size();
      ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
      readFully(channel, end, size - 22); // Packager writes no archive comment
      if (end.getInt(0) != 0x06054b50) {
        throw new IOException("no end of central directory record");
      }
      long count = Short.toUnsignedInt(end.getShort(10));
      long offset = Integer.toUnsignedLong(end.getInt(16));
      if (count == 0xFFFF || offset == MAGIC) {
        ByteBuffer locator = ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN);
        readFully(channel, locator, size - 22 - 20);
        if (locator.getInt(0) != 0x07064b50) {
          throw new IOException("no Zip64 end locator");
        }
        ByteBuffer zip64 = ByteBuffer.allocate(56).order(ByteOrder.LITTLE_ENDIAN);
        readFully(channel, zip64, locator.getLong(8));
        if (zip64.getInt(0) != 0x06064b50) {
          throw new IOException("no Zip64 end record");
        }
        count = zip64.getLong(32);
        offset = zip64.getLong(48);
      }
      return new CentralDirectory(new DataInputStream(new BufferedInputStream(
          stream(channel, offset, size - offset), 64 * 1024)), count);
    }

    /** The next record, or null after the last. */
    Entry next() throws IOException {
      if (remaining == 0) {
        return null;
      }
      remaining--;
      byte[] fixed = new byte[46];
      in.readFully(fixed);
      ByteBuffer r = ByteBuffer.wrap(fixed).order(ByteOrder.LITTLE_ENDIAN);
      if (r.getInt(0) != 0x02014b50) {
        throw new IOException("not a central directory record");
      }
      int crc = r.getInt(16);
      long csize = Integer.toUnsignedLong(r.getInt(20));
      long size = Integer.toUnsignedLong(r.getInt(24));
      byte[] name = new byte[Short.toUnsignedInt(r.getShort(28))];
      byte[] extra = new byte[Short.toUnsignedInt(r.getShort(30))];
      int commentLength = Short.toUnsignedInt(r.getShort(32));
      long offset = Integer.toUnsignedLong(r.getInt(42));
      in.readFully(name);
      in.readFully(extra);
      in.skipNBytes(commentLength);
      ByteBuffer zip64 = ByteBuffer.wrap(extra).order(ByteOrder.LITTLE_ENDIAN);
      while (zip64.remaining() >= 4) {
        int id = Short.toUnsignedInt(zip64.getShort());
        int length = Short.toUnsignedInt(zip64.getShort());
        int after = zip64.position() + length;
        if (id == 0x0001) {
          size = size == MAGIC ? zip64.getLong() : size;
          csize = csize == MAGIC ? zip64.getLong() : csize;
          offset = offset == MAGIC ? zip64.getLong() : offset;
        }
        zip64.position(after);
      }
      return new Entry(new String(name, StandardCharsets.UTF_8), offset, csize, size, crc);
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
