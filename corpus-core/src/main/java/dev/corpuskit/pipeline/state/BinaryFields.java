package dev.corpuskit.pipeline.state;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The variable-length fields of the build's own binary files (the per-file cache, its cleaned forms
 * and the goals' stamps): a length, -1 for none, then that many bytes; a string is its UTF-8 bytes. A
 * length over the reader's maximum means a damaged file, reported as an {@link IOException}.
 */
final class BinaryFields {

  private BinaryFields() {}

  static void writeString(DataOutputStream out, String s) throws IOException {
    writeBytes(out, s == null ? null : s.getBytes(StandardCharsets.UTF_8));
  }

  static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
    out.writeInt(bytes == null ? -1 : bytes.length);
    if (bytes != null) {
      out.write(bytes);
    }
  }

  /** A string written by {@link #writeString}, or null; {@code what} names the file in an error. */
  static String readString(DataInputStream in, int maxField, String what) throws IOException {
    byte[] bytes = readBytes(in, maxField, what);
    return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
  }

  /** Bytes written by {@link #writeBytes}, or null; {@code what} names the file in an error. */
  static byte[] readBytes(DataInputStream in, int maxField, String what) throws IOException {
    int length = in.readInt();
    if (length < 0) {
      return null;
    }
    if (length > maxField) {
      throw new IOException("damaged " + what + ": a field of " + length + " bytes");
    }
    byte[] bytes = in.readNBytes(length);
    if (bytes.length != length) {
      throw new EOFException("damaged " + what + ": cut short in a field of " + length + " bytes");
    }
    return bytes;
  }
}
