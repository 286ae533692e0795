package dev.corpuskit.clean.steps;

import dev.corpuskit.clean.LineStep;
import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Decodes stray HTML entities ({@code &amp;}, {@code &#8217;}, {@code &nbsp;}, {@code &apos;}) until
 * none is left, so that double-escaped text such as {@code &amp;amp;} ends as {@code &} in one pass.
 *
 * <p>Runs after the character-level steps, so it cleans what it decodes itself: an entity for a line
 * break or an odd space becomes a space, one for a control character, byte-order mark or zero-width
 * space is dropped, and a line with a decoded entity is normalised to NFC again (an entity may encode
 * a combining mark). {@code &#128;}–{@code &#159;} are read as windows-1252, as browsers do. Entities
 * that name no character (unknown names, surrogates, code points past U+10FFFF) stay as they are.
 */
public final class HtmlEntitiesStep extends LineStep {

  public static final String ID = "html-entities";

  /** A whole entity; the longest is {@code &} plus 32 name characters plus {@code ;}. */
  private static final Pattern ENTITY =
      Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");
  private static final int MAX_ENTITY_LENGTH = 34;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  @Override
  public String id() {
    return ID;
  }

  @Override
  protected String clean(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean decoded = false;
    for (int i = 0; i < text.length(); i++) {
      out.append(text.charAt(i));
      // An entity ends at ';'. A decoded '&' or ';' can complete another one, so decode repeatedly.
      while (out.length() > 0 && out.charAt(out.length() - 1) == ';') {
        int start = entityStart(out);
        if (start < 0) {
          break;
        }
        String entity = out.substring(start);
        String value = ENTITY.matcher(entity).matches() ? decode(entity) : null;
        if (value == null) {
          break;
        }
        out.setLength(start);
        out.append(value);
        decoded = true;
      }
    }
    return decoded ? Normalizer.normalize(out, Normalizer.Form.NFC) : text;
  }

  /** Where an entity ending {@code out} would start: the last '&' within reach, or -1. */
  private static int entityStart(StringBuilder out) {
    int limit = Math.max(0, out.length() - MAX_ENTITY_LENGTH);
    for (int i = out.length() - 2; i >= limit; i--) {
      if (out.charAt(i) == '&') {
        return i;
      }
    }
    return -1;
  }

  /** The clean text an entity stands for, or {@code null} when it stands for no character. */
  private static String decode(String entity) {
    int c;
    if (entity.charAt(1) == '#') {
      boolean hex = entity.charAt(2) == 'x' || entity.charAt(2) == 'X';
      c = Integer.parseInt(entity.substring(hex ? 3 : 2, entity.length() - 1), hex ? 16 : 10);
      if (c >= 0x80 && c <= 0x9F) {
        c = new String(new byte[] {(byte) c}, WINDOWS_1252).codePointAt(0);
        if (c == 0xFFFD) {
          return ""; // a C1 control, which windows-1252 leaves undefined
        }
      }
      if (!Character.isValidCodePoint(c) || Character.getType(c) == Character.SURROGATE) {
        return null;
      }
    } else {
      String named = StringEscapeUtils.unescapeHtml4(entity);
      if (named.equals(entity)) {
        named = StringEscapeUtils.unescapeXml(entity);
      }
      if (named.equals(entity) || named.codePointCount(0, named.length()) != 1) {
        return null;
      }
      c = named.codePointAt(0);
    }
    if (c == '\r' || c == '\n' || Chars.isOddSpace(c)) {
      return " ";
    }
    if (Chars.isControl(c) || Chars.isBom(c) || Chars.isZeroWidth(c)) {
      return "";
    }
    return Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFC);
  }
}
