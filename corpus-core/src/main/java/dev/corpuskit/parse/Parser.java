package dev.corpuskit.parse;

import dev.corpuskit.source.SourceFile;
import java.nio.charset.Charset;

/** Turns a file's bytes into a document. Parsers never throw on bad bytes: validation reports them. */
public interface Parser {

  /**
   * Parses {@code bytes}, read from {@code source}.
   *
   * @param charset the encoding to assume when the file does not declare one
   */
  ParsedDocument parse(SourceFile source, byte[] bytes, Charset charset);
}
