package dev.corpuskit.parse;

import dev.corpuskit.text.TextPosition;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Chooses and applies an HTML page's encoding as browsers do (the WHATWG Encoding and HTML
 * standards): a byte-order mark wins; then the page's own {@code <meta charset>} or {@code
 * http-equiv="Content-Type"} declaration, its label read through the WHATWG label table (so {@code
 * iso-8859-1}, {@code latin1} and {@code us-ascii} mean windows-1252, and {@code utf-16} in a meta means
 * UTF-8), unless the bytes are valid UTF-8 with non-ASCII characters (see {@link
 * EncodingChoice.Source#UTF8_OVER_DECLARED}); then the configured encoding, when the bytes are valid in it; then sniffing: UTF-8 when the
 * bytes are valid UTF-8, else windows-1252, the WHATWG legacy fallback. Windows-1252 is decoded as
 * WHATWG defines it, the five bytes Java leaves unmapped giving the C1 controls, so it never fails.
 *
 * <p>A declaration is honoured wherever the page holds it, as a browser does when it meets a {@code
 * <meta charset>} while parsing: the page is first parsed in the tentative encoding, and parsed again
 * when its first usable declaration names another one.
 */
final class HtmlEncoding {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Windows-1252 as WHATWG defines it: Java's mapping, and U+0081 etc. for its five unmapped bytes. */
  private static final char[] WINDOWS_1252_CHARS = windows1252Chars();

  /** WHATWG labels whose encoding differs from the one Java gives the same name, or that Java lacks. */
  private static final Map<String, String> LABELS = new HashMap<>();

  static {
    label("windows-1252", "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1",
        "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii",
        "windows-1252", "x-cp1252", "x-user-defined");
    label("windows-1254", "cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599",
        "iso_8859-9", "iso_8859-9:1989", "l5", "latin5", "windows-1254", "x-cp1254");
    label("x-windows-874", "dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "windows-874");
    // A page whose meta says UTF-16 was read by ASCII rules to find that meta: it is not UTF-16.
    label("UTF-8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8",
        "csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "unicodefffe", "utf-16", "utf-16be",
        "utf-16le");
    label("GB18030", "chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk",
        "iso-ir-58", "x-gbk", "gb18030");
    label("Big5-HKSCS", "big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5");
    label("x-windows-949", "cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987",
        "ks_c_5601-1989", "ksc5601", "ksc_5601", "windows-949");
    label("windows-31j", "csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j",
        "x-sjis");
    label("x-MacRoman", "csmacintosh", "mac", "macintosh", "x-mac-roman");
    // WHATWG's "replacement" labels: encodings browsers refuse to decode; such a declaration is ignored.
    label("", "csiso2022kr", "hz-gb-2312", "iso-2022-cn", "iso-2022-cn-ext", "iso-2022-kr", "replacement");
  }

  private HtmlEncoding() {}

  private static void label(String encoding, String... labels) {
    for (String label : labels) {
      LABELS.put(label, encoding);
    }
  }

  /**
   * The tentative decoding of {@code bytes}, before the page's declaration is looked for: by its
   * byte-order mark, else the configured encoding if the bytes are valid in it, else sniffed.
   */
  static Decoding tentative(byte[] bytes, Charset configured) {
    if (Bom.detect(bytes) != Bom.NONE) {
      return TextDecoder.decode(bytes, configured).chosenBy(EncodingChoice.byteOrderMark());
    }
    Decoding decoding = decode(bytes, configured);
    if (decoding.isValid()) {
      return decoding.chosenBy(EncodingChoice.configured());
    }
    MalformedInput rejectedAt = decoding.malformed().orElseThrow();
    Decoding sniffed = configured.equals(StandardCharsets.UTF_8) ? null : TextDecoder.decode(bytes, StandardCharsets.UTF_8);
    if (sniffed == null || !sniffed.isValid()) {
      sniffed = decode(bytes, WINDOWS_1252);
    }
    return sniffed.chosenBy(EncodingChoice.sniffed(configured, at(rejectedAt, bytes, sniffed)));
  }

  /**
   * The decoding {@code page}, parsed from {@code tentative}, declares for itself: empty when the
   * encoding came from a byte-order mark or the page declares none that browsers would use. When the
   * declared encoding is the tentative one, the same text comes back with the declaration as its reason.
   */
  static Optional<Decoding> declared(byte[] bytes, Decoding tentative, Document page) {
    if (tentative.choice().source() == EncodingChoice.Source.BOM) {
      return Optional.empty();
    }
    for (Element meta : page.getElementsByTag("meta")) {
      String label = label(meta);
      if (label == null) {
        continue;
      }
      Optional<Charset> charset = forLabel(label);
      if (charset.isEmpty()) {
        continue; // an unknown label: browsers look on for the next declaration
      }
      EncodingChoice choice = EncodingChoice.declared(describe(meta));
      if (!charset.get().equals(StandardCharsets.UTF_8) && !isAscii(bytes)) {
        Decoding utf8 = tentative.charset().equals(StandardCharsets.UTF_8) ? tentative
            : TextDecoder.decode(bytes, StandardCharsets.UTF_8);
        if (utf8.isValid()) {
          return Optional.of(utf8.chosenBy(EncodingChoice.utf8OverDeclared(describe(meta), charset.get())));
        }
      }
      if (charset.get().equals(tentative.charset())) {
        return Optional.of(tentative.chosenBy(choice));
      }
      return Optional.of(decode(bytes, charset.get()).chosenBy(choice));
    }
    return Optional.empty();
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  /** {@code bytes} decoded in {@code charset}, windows-1252 as WHATWG defines it, bad sequences as U+FFFD. */
  static Decoding decode(byte[] bytes, Charset charset) {
    if (!charset.equals(WINDOWS_1252)) {
      return TextDecoder.decode(bytes, charset);
    }
    char[] chars = new char[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      chars[i] = WINDOWS_1252_CHARS[bytes[i] & 0xFF];
    }
    return new Decoding(new String(chars), WINDOWS_1252, Bom.NONE, Optional.empty());
  }

  /**
   * The encoding a label names under the WHATWG label table; empty for a label browsers do not know or
   * refuse. Labels the table maps as Java does (windows-1251, koi8-r, iso-8859-2, euc-jp, ...) are
   * looked up in Java; a UTF-32 label, unknown to browsers, is not.
   */
  static Optional<Charset> forLabel(String label) {
    int start = skipSpace(label, 0);
    int end = label.length();
    while (end > start && isSpace(label.charAt(end - 1))) {
      end--;
    }
    String key = label.substring(start, end).toLowerCase(Locale.ROOT);
    String mapped = LABELS.get(key);
    if (mapped != null) {
      return mapped.isEmpty() ? Optional.empty() : Optional.of(Charset.forName(mapped));
    }
    if (key.isEmpty() || key.contains("32") && (key.contains("utf") || key.contains("ucs"))) {
      return Optional.empty();
    }
    try {
      Charset charset = Charset.forName(key);
      // Only an encoding in which the ASCII declaration itself reads as ASCII can be the page's.
      return "<meta charset>".equals(new String("<meta charset>".getBytes(charset), charset))
          && "<meta charset>".getBytes(charset).length == 14 ? Optional.of(charset) : Optional.empty();
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      return Optional.empty(); // IllegalCharsetNameException and UnsupportedCharsetException included
    }
  }

  /** The label a meta element declares, per the WHATWG rules; null when it declares none. */
  private static String label(Element meta) {
    if (meta.hasAttr("charset")) {
      return meta.attr("charset");
    }
    if (meta.attr("http-equiv").trim().equalsIgnoreCase("content-type") && meta.hasAttr("content")) {
      return fromContent(meta.attr("content"));
    }
    return null;
  }

  /** WHATWG's "extract a character encoding from a meta element" for a content attribute's value. */
  static String fromContent(String content) {
    String lower = content.toLowerCase(Locale.ROOT);
    int from = 0;
    while (true) {
      int at = lower.indexOf("charset", from);
      if (at < 0) {
        return null;
      }
      int i = skipSpace(lower, at + 7);
      if (i >= lower.length() || lower.charAt(i) != '=') {
        from = at + 7;
        continue;
      }
      i = skipSpace(lower, i + 1);
      if (i >= lower.length()) {
        return null;
      }
      char quote = content.charAt(i);
      if (quote == '"' || quote == '\'') {
        int end = content.indexOf(quote, i + 1);
        return end < 0 ? null : content.substring(i + 1, end);
      }
      int end = i;
      while (end < content.length() && content.charAt(end) != ';' && !isSpace(content.charAt(end))) {
        end++;
      }
      return content.substring(i, end);
    }
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }

  /** The declaration as a reader finds it in the page: the tag as written, and its line. */
  private static String describe(Element meta) {
    String tag = meta.outerHtml();
    if (tag.length() > 120) {
      tag = tag.substring(0, 117) + "...";
    }
    int line = meta.sourceRange().start().lineNumber();
    return line > 0 ? tag + " on line " + line : tag;
  }

  /** {@code bad}, found decoding in another encoding, with its line and column in {@code used}'s text. */
  private static MalformedInput at(MalformedInput bad, byte[] bytes, Decoding used) {
    int offset = (int) Math.min(bad.byteOffset(), bytes.length);
    // Windows-1252 gives one char a byte; the sniffed UTF-8 is valid, so its prefix decodes as in the text.
    int index = used.charset().equals(WINDOWS_1252) ? offset
        : new String(bytes, 0, offset, used.charset()).length();
    TextPosition position = TextPosition.of(used.text(), index);
    return new MalformedInput(bad.byteOffset(), position.line(), position.column(), bad.badBytes(), bad.count());
  }

  private static char[] windows1252Chars() {
    CharsetDecoder decoder = WINDOWS_1252.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    char[] chars = new char[256];
    for (int b = 0; b < 256; b++) {
      try {
        chars[b] = decoder.decode(ByteBuffer.wrap(new byte[] {(byte) b})).charAt(0);
      } catch (CharacterCodingException unmapped) {
        chars[b] = (char) b; // 0x81, 0x8D, 0x8F, 0x90, 0x9D: the C1 controls, as WHATWG maps them
      }
    }
    return chars;
  }
}
