package dev.corpuskit.export;

import dev.corpuskit.format.Sha256;
import dev.corpuskit.io.CountingOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * One gzip member (RFC 1952) with a fixed header: no file name, modification time 0, no extra flags
 * and operating system 255 ("unknown"), so that the bytes depend only on the content and the deflater,
 * not on the clock or the Java version ({@code GZIPOutputStream} wrote OS 0 before Java 16 and 255
 * since). Counts and hashes the compressed bytes as it writes them.
 */
final class GzipShard implements AutoCloseable {

  private static final byte[] HEADER = {0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, (byte) 0xff};

  private final OutputStream file;
  private final MessageDigest digest = Sha256.digest();
  private final CountingOutputStream counted;
  private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
  private final DeflaterOutputStream deflated;
  private final CRC32 crc = new CRC32();
  private long uncompressed;
  private long documents;
  private boolean closed;

  GzipShard(OutputStream file) throws IOException {
    this.file = file;
    this.counted = new CountingOutputStream(new DigestOutputStream(file, digest));
    counted.write(HEADER);
    this.deflated = new DeflaterOutputStream(counted, deflater, 64 * 1024);
  }

  /** Writes one line of JSON Lines, with its line end. */
  void writeLine(byte[] line) throws IOException {
    deflated.write(line);
    crc.update(line);
    uncompressed += line.length;
    documents++;
  }

  /** The bytes of JSON Lines written so far, before compression. */
  long uncompressedBytes() {
    return uncompressed;
  }

  long documents() {
    return documents;
  }

  /** The size of the gzip file; valid after closing. */
  long compressedBytes() {
    return counted.count();
  }

  /** The SHA-256 of the gzip file; valid once, after closing. */
  String sha256() {
    return Sha256.hex(digest);
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      deflated.finish();
      long c = crc.getValue();
      byte[] trailer = new byte[8];
      for (int i = 0; i < 4; i++) {
        trailer[i] = (byte) (c >>> (8 * i));
        trailer[4 + i] = (byte) (uncompressed >>> (8 * i));
      }
      counted.write(trailer);
      counted.flush();
    } finally {
      deflater.end();
      file.close();
    }
  }
}
