package dev.corpuskit.parse;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * How a file's encoding was chosen, so that validation can say which encoding was used and why.
 *
 * @param source what decided
 * @param declaration for {@link Source#DECLARED}, the declaration as written, such as {@code <meta
 *     charset="utf-8"> on line 3}, also for {@link Source#UTF8_OVER_DECLARED}; empty otherwise
 * @param rejected for {@link Source#SNIFFED}, the configured encoding the bytes were not valid in; for
 *     {@link Source#UTF8_OVER_DECLARED}, the declared encoding
 * @param rejectedAt for {@link Source#SNIFFED}, the first sequence not valid in {@code rejected}
 */
public record EncodingChoice(Source source, String declaration, Optional<Charset> rejected,
    Optional<MalformedInput> rejectedAt) {

  /** What decided the encoding. */
  public enum Source {
    /** A byte-order mark. */
    BOM,
    /** The HTML page's own {@code <meta charset>} or {@code http-equiv} declaration. */
    DECLARED,
    /** The configured {@code <encoding>}. */
    CONFIGURED,
    /** Sniffing: the page declares nothing and is not valid in the configured encoding. */
    SNIFFED,
    /**
     * UTF-8, although the page declares a legacy encoding: its bytes are valid UTF-8 with non-ASCII
     * characters, which legacy text almost never is. Such a page was served with a UTF-8 Content-Type
     * header, which outranks the meta in browsers and which saving the page lost.
     */
    UTF8_OVER_DECLARED
  }

  /** Chosen by a byte-order mark. */
  public static EncodingChoice byteOrderMark() {
    return new EncodingChoice(Source.BOM, "", Optional.empty(), Optional.empty());
  }

  /** The configured encoding. */
  public static EncodingChoice configured() {
    return new EncodingChoice(Source.CONFIGURED, "", Optional.empty(), Optional.empty());
  }

  /** The page's own declaration, as written. */
  public static EncodingChoice declared(String declaration) {
    return new EncodingChoice(Source.DECLARED, declaration, Optional.empty(), Optional.empty());
  }

  /** UTF-8, because the bytes are valid UTF-8 although {@code declaration} says {@code declared}. */
  public static EncodingChoice utf8OverDeclared(String declaration, Charset declared) {
    return new EncodingChoice(Source.UTF8_OVER_DECLARED, declaration, Optional.of(declared), Optional.empty());
  }

  /** Sniffed, because the bytes were not valid in {@code rejected}, first at {@code at}. */
  public static EncodingChoice sniffed(Charset rejected, MalformedInput at) {
    return new EncodingChoice(Source.SNIFFED, "", Optional.of(rejected), Optional.of(at));
  }
}
