package dev.corpuskit.pack;

import java.io.IOException;
import java.io.OutputStream;

/** Writes one jar entry's content, which may be large: it is streamed, not held. */
@FunctionalInterface
public interface EntryContent {

  void writeTo(OutputStream out) throws IOException;

  /** Content held in memory. */
  static EntryContent of(byte[] bytes) {
    return out -> out.write(bytes);
  }
}
