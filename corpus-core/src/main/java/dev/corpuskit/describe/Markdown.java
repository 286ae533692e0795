package dev.corpuskit.describe;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Markdown for the text and URLs of a corpus's POM, which the data card shows and hosting sites render
 * (CommonMark with GitHub's extensions): text renders as exactly that text, never as HTML, a link, an
 * image or a block such as a heading or a list; only absolute http(s) URLs become links, so that no
 * {@code javascript:} or {@code data:} URL is ever one.
 */
final class Markdown {

  /**
   * What starts markup within a line, written with a backslash, which CommonMark drops before ASCII
   * punctuation: emphasis, code, links and images ({@code ![} needs the {@code [}), table cells,
   * strikethrough, headings and GitHub's math.
   */
  private static final String BACKSLASHED = "\\`*_[]|~#$";
  /** What browsers encode in a URL themselves and {@link URI} refuses, with what ends a link in Markdown. */
  private static final String ENCODED_IN_URLS = " \"<>\\^`{|}";

  private Markdown() {}

  /**
   * {@code text} as Markdown that renders as that text, on one line: line breaks and other control
   * characters become spaces, HTML's {@code & < >} entities, and markup characters are escaped.
   */
  static String text(String text) {
    String line = oneLine(text);
    StringBuilder md = new StringBuilder(line.length() + 16);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      switch (c) {
        case '&' -> md.append("&amp;");
        case '<' -> md.append("&lt;");
        case '>' -> md.append("&gt;");
        default -> {
          if (BACKSLASHED.indexOf(c) >= 0) {
            md.append('\\');
          }
          md.append(c);
        }
      }
    }
    escapeBlockMarker(md);
    return md.toString();
  }

  /**
   * Escapes a list marker or rule at the start, where the text begins a paragraph or a list item:
   * {@code - + =} and the {@code . )} after leading digits ({@code # > * _ `} are escaped anywhere).
   */
  private static void escapeBlockMarker(StringBuilder md) {
    int digits = 0;
    while (digits < md.length() && md.charAt(digits) >= '0' && md.charAt(digits) <= '9') {
      digits++;
    }
    if (digits < md.length()) {
      char c = md.charAt(digits);
      if (digits == 0 ? c == '-' || c == '+' || c == '=' : c == '.' || c == ')') {
        md.insert(digits, '\\');
      }
    }
  }

  /** {@code text} with line breaks, U+2028, U+2029 and other control characters as spaces, stripped. */
  private static String oneLine(String text) {
    StringBuilder line = new StringBuilder(text);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        line.setCharAt(i, ' ');
      }
    }
    return line.toString().strip();
  }

  /**
   * {@code url} as a link destination, or null when it is not an absolute http or https URL with a
   * host: characters that browsers encode themselves (a space, {@code < > |} and the like) are encoded.
   */
  static String webUrl(String url) {
    String encoded = percentEncode(url.strip(), ENCODED_IN_URLS);
    URI uri;
    try {
      uri = new URI(encoded);
    } catch (URISyntaxException e) {
      return null;
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    boolean web = (scheme.equals("http") || scheme.equals("https")) && !uri.isOpaque()
        && uri.getRawAuthority() != null && !uri.getRawAuthority().isEmpty();
    return web ? encoded : null;
  }

  /** {@code url} as an autolink if it is a web URL, else as text. */
  static String url(String url) {
    String web = webUrl(url);
    return web != null ? "<" + web + ">" : text(url);
  }

  /**
   * A link labelled {@code label} to {@code url} if it is a web URL; else the label followed by the
   * URL as text in parentheses.
   */
  static String link(String label, String url) {
    String web = webUrl(url);
    return web != null
        ? "[" + text(label) + "](" + percentEncode(web, "()") + ")"
        : text(label) + " (" + text(url) + ")";
  }

  /** {@code text} with each ASCII character in {@code chars} as {@code %XX}. */
  private static String percentEncode(String text, String chars) {
    StringBuilder encoded = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (chars.indexOf(c) >= 0) {
        encoded.append('%').append(String.format(Locale.ROOT, "%02X", (int) c));
      } else {
        encoded.append(c);
      }
    }
    return encoded.toString();
  }
}
