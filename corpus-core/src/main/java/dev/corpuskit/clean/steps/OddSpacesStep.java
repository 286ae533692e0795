package dev.corpuskit.clean.steps;

import dev.corpuskit.clean.LineStep;
import java.util.regex.Pattern;

/** Turns no-break and other odd spaces into a plain space and drops zero-width spaces. Java's \\s and strip() miss U+00A0, so the classes are listed here. */
public final class OddSpacesStep extends LineStep {

  public static final String ID = "spaces";

  /** No-break, figure, narrow and other fixed-width spaces, and the Unicode space separators. */
  private static final Pattern ODD_SPACE = Pattern.compile("[\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000\\f\\u000B]");

  /** Zero-width space and word joiner; joiners needed by scripts (ZWJ, ZWNJ) are kept. */
  private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B\\u2060]");

  @Override
  public String id() {
    return ID;
  }

  @Override
  protected String clean(String text) {
    String spaced = ODD_SPACE.matcher(text).replaceAll(" ");
    return ZERO_WIDTH.matcher(spaced).replaceAll("");
  }
}
