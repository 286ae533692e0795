package dev.corpuskit.clean.steps;

import dev.corpuskit.clean.LineStep;

/** Collapses runs of spaces and tabs into one space and removes spaces at both ends of a line. */
public final class CollapseSpacesStep extends LineStep {

  public static final String ID = "collapse-spaces";

  @Override
  public String id() {
    return ID;
  }

  @Override
  protected String clean(String text) {
    if (isCollapsed(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isBlank(c)) {
        pendingSpace = out.length() > 0; // a run at the start is dropped
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString(); // a run at the end is dropped with its pending space
  }

  /** Whether {@code text} has no tab, no run of two blanks and no blank at either end. */
  private static boolean isCollapsed(String text) {
    int last = text.length() - 1;
    if (last >= 0 && (text.charAt(0) == ' ' || text.charAt(last) == ' ')) {
      return false;
    }
    return text.indexOf('\t') < 0 && text.indexOf("  ") < 0;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }
}
