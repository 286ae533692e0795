package dev.corpuskit.parse;

import dev.corpuskit.source.SourceFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * HTML pages, read with jsoup from bytes so that a byte-order mark or a {@code <meta charset>} is
 * honoured. The document text is the page's main text (see {@link MainText}).
 */
public final class HtmlParser implements Parser {

  @Override
  public ParsedDocument parse(SourceFile source, byte[] bytes, Charset charset) {
    Document page;
    try {
      // A null charset lets jsoup use the BOM, then <meta charset>, then UTF-8.
      page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
    } catch (IOException e) {
      throw new UncheckedIOException("reading from memory cannot fail", e);
    }
    Charset declared = declaredCharset(page, charset);
    Decoding decoding = TextDecoder.decode(bytes, declared);
    return new ParsedDocument(source, bytes, Format.HTML, decoding, MainText.of(page));
  }

  private static Charset declaredCharset(Document page, Charset fallback) {
    boolean declaresCharset =
        !page.select("meta[charset], meta[http-equiv=content-type][content~=(?i)charset]").isEmpty();
    return declaresCharset ? page.charset() : fallback;
  }
}
