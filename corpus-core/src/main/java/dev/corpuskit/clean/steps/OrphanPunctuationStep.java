package dev.corpuskit.clean.steps;

import dev.corpuskit.clean.LineStep;

/**
 * Repairs commas orphaned where a link's text was stripped: a doubled comma ({@code sustained, ,
 * military} becomes {@code sustained, military}) and commas that start a line before its text
 * ({@code , 200 of which} becomes {@code 200 of which}). A line of nothing but commas is left alone.
 * Only commas: a leading colon or semicolon (a smiley, a list marker) is too often meant.
 */
public final class OrphanPunctuationStep extends LineStep {

  public static final String ID = "orphan-punctuation";

  @Override
  public String id() {
    return ID;
  }

  @Override
  protected String clean(String text) {
    if (text.indexOf(',') < 0) {
      return text; // every repair needs a comma
    }
    String repaired = hasDoubledComma(text) ? collapseDoubledCommas(text) : text;
    int start = 0;
    boolean comma = false;
    while (start < repaired.length() && " \t,".indexOf(repaired.charAt(start)) >= 0) {
      comma |= repaired.charAt(start) == ',';
      start++;
    }
    return comma && start < repaired.length() ? repaired.substring(start) : repaired;
  }

  /** Whether a comma follows another with only spaces or tabs between. */
  private static boolean hasDoubledComma(String text) {
    for (int comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', comma + 1)) {
      int next = comma + 1;
      while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
        next++;
      }
      if (next < text.length() && text.charAt(next) == ',') {
        return true;
      }
    }
    return false;
  }

  /** Drops every comma that follows another with only spaces or tabs between; a loop, not a regex. */
  private static String collapseDoubledCommas(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int lastComma = -1; // index in out of the last comma, while only blanks follow it
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' && lastComma >= 0) {
        out.setLength(lastComma + 1);
        continue;
      }
      out.append(c);
      if (c == ',') {
        lastComma = out.length() - 1;
      } else if (c != ' ' && c != '\t') {
        lastComma = -1;
      }
    }
    return out.toString();
  }
}
