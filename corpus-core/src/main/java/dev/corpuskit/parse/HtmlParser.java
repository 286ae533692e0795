package dev.corpuskit.parse;

import dev.corpuskit.clean.Language;
import dev.corpuskit.source.SourceFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * HTML pages, read with jsoup from bytes so that a byte-order mark, then a {@code <meta charset>},
 * then the configured encoding decides how they are decoded. The document text is the page's main text
 * (see {@link MainText}); the blocks left out of it come with the document, to be audited.
 */
public final class HtmlParser implements Parser {

  @Override
  public ParsedDocument parse(SourceFile source, byte[] bytes, Charset charset) {
    // A null charset lets jsoup use the BOM, then <meta charset>, then UTF-8.
    Document page = read(bytes, null);
    Charset used = page.charset();
    if (Bom.detect(bytes) == Bom.NONE && !declaresCharset(page) && !charset.equals(used)) {
      // Nothing in the file names its encoding: use the configured one, as for plain text.
      page = read(bytes, charset.name());
      used = charset;
    }
    Decoding decoding = TextDecoder.decode(bytes, used);
    Extraction main = MainText.extract(page, Language.of(Language.ENGLISH));
    // jsoup decodes by itself, and its UTF-32 decoding lets surrogate code points through.
    String text = TextDecoder.withoutLoneSurrogates(main.text());
    return new ParsedDocument(source, bytes, Format.HTML, decoding, text, main.removed());
  }

  private static Document read(byte[] bytes, String charsetName) {
    try {
      // Positions give the line of each removed block in the audit.
      return Jsoup.parse(new ByteArrayInputStream(bytes), charsetName, "",
          org.jsoup.parser.Parser.htmlParser().setTrackPosition(true));
    } catch (IOException e) {
      throw new UncheckedIOException("reading from memory cannot fail", e);
    }
  }

  private static boolean declaresCharset(Document page) {
    return !page.select("meta[charset], meta[http-equiv=content-type][content~=(?i)charset]").isEmpty();
  }
}
