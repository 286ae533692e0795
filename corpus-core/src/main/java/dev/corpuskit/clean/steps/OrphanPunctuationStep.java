package dev.corpuskit.clean.steps;

import dev.corpuskit.clean.LineStep;
import java.util.regex.Pattern;

/**
 * Repairs punctuation orphaned where a link's text was stripped: a doubled comma
 * ({@code sustained, , military} becomes {@code sustained, military}) and a comma, semicolon or
 * colon that starts a line ({@code , 200 of which} becomes {@code 200 of which}).
 */
public final class OrphanPunctuationStep extends LineStep {

  public static final String ID = "orphan-punctuation";

  private static final Pattern DOUBLED_COMMA = Pattern.compile(",(?:\\h*,)+");
  private static final Pattern LEADING = Pattern.compile("^\\h*[,;:](?:\\h*[,;:])*\\h*(?=\\S)");

  @Override
  public String id() {
    return ID;
  }

  @Override
  protected String clean(String text) {
    String repaired = DOUBLED_COMMA.matcher(text).replaceAll(",");
    return LEADING.matcher(repaired).replaceFirst("");
  }
}
