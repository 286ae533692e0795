package dev.corpuskit.clean.steps;

import dev.corpuskit.clean.LineStep;
import java.util.regex.Pattern;

/** Collapses runs of spaces and tabs into one space and removes spaces at both ends of a line. */
public final class CollapseSpacesStep extends LineStep {

  public static final String ID = "collapse-spaces";

  private static final Pattern RUNS = Pattern.compile("[ \\t]{2,}|\\t");

  @Override
  public String id() {
    return ID;
  }

  @Override
  protected String clean(String text) {
    String collapsed = RUNS.matcher(text).replaceAll(" ");
    int start = 0;
    int end = collapsed.length();
    while (start < end && collapsed.charAt(start) == ' ') {
      start++;
    }
    while (end > start && collapsed.charAt(end - 1) == ' ') {
      end--;
    }
    return collapsed.substring(start, end);
  }
}
