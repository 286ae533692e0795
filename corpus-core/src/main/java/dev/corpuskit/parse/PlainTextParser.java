package dev.corpuskit.parse;

import dev.corpuskit.source.SourceFile;
import java.nio.charset.Charset;

/** Plain text: the configured encoding (strict), unless a byte-order mark says otherwise. */
public final class PlainTextParser implements Parser {

  @Override
  public ParsedDocument parse(SourceFile source, byte[] bytes, Charset charset) {
    Decoding decoding = TextDecoder.decode(bytes, charset);
    return new ParsedDocument(source, bytes, Format.TEXT, decoding, decoding.text());
  }
}
