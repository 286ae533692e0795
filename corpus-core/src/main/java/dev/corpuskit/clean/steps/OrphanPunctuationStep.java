package dev.corpuskit.clean.steps;

import dev.corpuskit.clean.LineStep;
import java.util.regex.Pattern;

/**
 * Repairs commas orphaned where a link's text was stripped: a doubled comma ({@code sustained, ,
 * military} becomes {@code sustained, military}) and commas that start a line before its text
 * ({@code , 200 of which} becomes {@code 200 of which}). A line of nothing but commas is left alone.
 * Only commas: a leading colon or semicolon (a smiley, a list marker) is too often meant.
 */
public final class OrphanPunctuationStep extends LineStep {

  public static final String ID = "orphan-punctuation";

  private static final Pattern DOUBLED_COMMA = Pattern.compile(",(?:[ \\t]*,)+");

  @Override
  public String id() {
    return ID;
  }

  @Override
  protected String clean(String text) {
    String repaired = text.indexOf(',') < 0 ? text : DOUBLED_COMMA.matcher(text).replaceAll(",");
    int start = 0;
    boolean comma = false;
    while (start < repaired.length() && " \t,".indexOf(repaired.charAt(start)) >= 0) {
      comma |= repaired.charAt(start) == ',';
      start++;
    }
    return comma && start < repaired.length() ? repaired.substring(start) : repaired;
  }
}
