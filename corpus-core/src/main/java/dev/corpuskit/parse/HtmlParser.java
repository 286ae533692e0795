package dev.corpuskit.parse;

import dev.corpuskit.lang.Language;
import dev.corpuskit.source.SourceFile;
import java.nio.charset.Charset;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * HTML pages, decoded as browsers decode them (see {@link HtmlEncoding}): a byte-order mark, then the
 * page's {@code <meta charset>}, then the configured encoding if the bytes are valid in it, then UTF-8
 * or the WHATWG fallback windows-1252. The document text is the page's main text (see {@link
 * MainText}), judged with the stop words of the parser's language; the blocks left out of it come with
 * the document, to be audited.
 */
public final class HtmlParser implements Parser {

  private final Language language;

  /** A parser of English pages. */
  public HtmlParser() {
    this(Language.of(Language.ENGLISH));
  }

  /** A parser of pages in {@code language}, whose stop words tell the article's prose from the page's furniture. */
  public HtmlParser(Language language) {
    this.language = java.util.Objects.requireNonNull(language, "language");
  }

  /** The language whose stop words judge the pages' prose. */
  public Language language() {
    return language;
  }

  @Override
  public ParsedDocument parse(SourceFile source, byte[] bytes, Charset charset) {
    Decoding decoding = HtmlEncoding.tentative(bytes, charset);
    Document page = read(decoding.text());
    Optional<Decoding> declared = HtmlEncoding.declared(bytes, decoding, page);
    if (declared.isPresent()) {
      if (!declared.get().charset().equals(decoding.charset())) {
        page = read(declared.get().text());
      }
      decoding = declared.get();
    }
    Extraction main = MainText.extract(page, language);
    // Character references such as &#xD800; could still give a lone surrogate.
    String text = TextDecoder.withoutLoneSurrogates(main.text());
    return new ParsedDocument(source, bytes, Format.HTML, decoding, text, main.removed());
  }

  private static Document read(String html) {
    // Positions give the line of each removed block in the audit.
    return Jsoup.parse(html, "", org.jsoup.parser.Parser.htmlParser().setTrackPosition(true));
  }
}
