package dev.corpuskit.source;

import java.io.IOException;

/**
 * A source that cannot be read as the document it names: a corrupt or truncated gzip stream, a
 * damaged WARC record, a JSONL line that is not a JSON object with a text. The message names the
 * file, the position (byte offset or line) when known, and the fix; validation reports it as the
 * document's {@code unreadable} finding and the other documents go on.
 */
public final class UnreadableSourceException extends IOException {

  private static final long serialVersionUID = 1L;

  /** @param message what is wrong, naming the file and the position, and the fix */
  public UnreadableSourceException(String message) {
    super(message);
  }

  /** @param message what is wrong, naming the file and the position, and the fix */
  public UnreadableSourceException(String message, Throwable cause) {
    super(message, cause);
  }
}
