package dev.corpuskit.pack;

import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * One entry's content, deflated ahead of writing so that entries can be compressed on several threads.
 * Deflating a whole content at once gives the same bytes as {@code ZipOutputStream} at the same level.
 *
 * @param data the raw deflate stream, in {@code data[0..length)}
 * @param length its length
 * @param crc the CRC-32 of the uncompressed content
 * @param size the uncompressed size
 */
record DeflatedEntry(byte[] data, int length, int crc, long size) {

  /** Deflates {@code content[0..size)} at {@code level} without a zlib wrapper. */
  static DeflatedEntry deflate(byte[] content, int size, int level) {
    CRC32 crc = new CRC32();
    crc.update(content, 0, size);
    Deflater deflater = new Deflater(level, true);
    try {
      deflater.setInput(content, 0, size);
      deflater.finish();
      byte[] out = new byte[Math.max(64, size + size / 1000 + 64)];
      int length = 0;
      while (!deflater.finished()) {
        if (length == out.length) {
          out = java.util.Arrays.copyOf(out, out.length * 2);
        }
        length += deflater.deflate(out, length, out.length - length);
      }
      return new DeflatedEntry(out, length, (int) crc.getValue(), size);
    } finally {
      deflater.end();
    }
  }
}
