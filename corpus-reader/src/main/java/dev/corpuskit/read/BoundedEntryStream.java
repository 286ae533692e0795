package dev.corpuskit.read;

import dev.corpuskit.read.CorpusArchiveException.ArchiveLimitException;
import dev.corpuskit.read.CorpusArchiveException.CorruptArchiveException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipException;

/**
 * An entry's data, cut off with an exception once it exceeds the size its header declares (a header
 * that lies cannot make the reader inflate more), with inflation errors named by jar and entry. The
 * jar is null for a stream opened from a URL, which the entry then names.
 */
final class BoundedEntryStream extends FilterInputStream {

  private final Path jar;
  private final String entry;
  private final long declared;
  private long read;

  BoundedEntryStream(InputStream in, Path jar, String entry, long declared) {
    super(in);
    this.jar = jar;
    this.entry = entry;
    this.declared = declared;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n;
    try {
      n = super.read(b, off, len);
    } catch (ZipException | java.io.EOFException e) {
      throw new CorruptArchiveException(jar, "entry '" + entry + "' is corrupt or truncated", e);
    }
    if (n > 0) {
      read += n;
      if (read > declared) {
        throw new ArchiveLimitException(jar, "entry '" + entry + "' holds more than " + declared
            + " bytes, the size its header declares or the limit: a zip bomb or a damaged jar");
      }
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    int chunk = (int) Math.max(0, Math.min(n, 8192));
    return Math.max(0, read(new byte[chunk], 0, chunk));
  }
}
