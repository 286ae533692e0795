package dev.corpuskit.clean.steps;

import dev.corpuskit.clean.LineStep;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Decodes stray HTML entities ({@code &amp;}, {@code &#8217;}, {@code &nbsp;}) with commons-text,
 * repeatedly, so that double-escaped text such as {@code &amp;amp;} also ends as {@code &} and a
 * second pass finds nothing to do. An entity for a line break becomes a space.
 */
public final class HtmlEntitiesStep extends LineStep {

  public static final String ID = "html-entities";

  private static final Pattern ENTITY =
      Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");
  private static final int MAX_ROUNDS = 8;

  @Override
  public String id() {
    return ID;
  }

  @Override
  protected String clean(String text) {
    String current = text;
    for (int round = 0; round < MAX_ROUNDS && ENTITY.matcher(current).find(); round++) {
      String decoded = StringEscapeUtils.unescapeHtml4(current);
      if (decoded.equals(current)) {
        break;
      }
      current = decoded;
    }
    return current == text ? text : current.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
  }
}
