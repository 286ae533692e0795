package dev.corpuskit.source;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Decompresses gzip-compressed sources with the JDK, within what the JVM's memory can hold. */
final class Gzip {

  private Gzip() {}

  /** The most bytes one document may decompress to: what a file may hold ({@code max-bytes}' memory limit). */
  static long limit() {
    return Runtime.getRuntime().maxMemory() / 16;
  }

  /**
   * {@code compressed} decompressed; every gzip member of it, as {@code gzip -d} does.
   *
   * @throws UnreadableSourceException naming {@code file} and the compressed byte the stream broke at,
   *     when it is not gzip, is corrupt or truncated, or decompresses to more than {@link #limit}
   */
  static byte[] decompress(byte[] compressed, String file) throws UnreadableSourceException {
    Counting counted = new Counting(new ByteArrayInputStream(compressed));
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(Integer.MAX_VALUE / 2, compressed.length * 4));
    long limit = limit();
    try (InputStream in = new GZIPInputStream(counted, 8192)) {
      byte[] buffer = new byte[8192];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        out.write(buffer, 0, n);
        if (out.size() > limit) {
          throw new UnreadableSourceException(file + " decompresses to more than " + limit
              + " bytes, more than this JVM can read safely; split the file, or give the build more memory");
        }
      }
    } catch (UnreadableSourceException e) {
      throw e;
    } catch (IOException e) {
      String what = e instanceof ZipException && counted.count <= 10 ? "not a gzip stream" : "corrupt or truncated gzip stream";
      throw new UnreadableSourceException(file + ": " + what + " (" + e.getMessage() + ") at compressed byte "
          + Math.min(counted.count, compressed.length) + " of " + compressed.length + ", after " + out.size()
          + " decompressed bytes; restore the file from its origin (gzip -t tells), or leave it out with the excludes setting",
          e);
    }
    return out.toByteArray();
  }

  /** Counts the bytes read from the compressed stream, to tell where it broke. */
  private static final class Counting extends java.io.FilterInputStream {
    private long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
