package dev.corpuskit.clean.steps;

import java.util.function.IntFunction;

/** Character classes shared by the character-level steps and the entity decoder. */
final class Chars {

  private Chars() {}

  /**
   * No-break, fixed-width and other Unicode spaces, form feed, vertical tab, NEL and the line and
   * paragraph separators: characters that separate words but are not a plain space. Java's
   * {@code \s}, {@code trim()} and {@code strip()} miss U+00A0, so the set is explicit.
   */
  static boolean isOddSpace(int c) {
    return c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F
        || c == 0x205F || c == 0x3000 || c == '\f' || c == 0x000B || c == 0x0085
        || c == 0x2028 || c == 0x2029;
  }

  /** Zero-width space and word joiner; joiners that scripts need (ZWJ, ZWNJ) are not included. */
  static boolean isZeroWidth(int c) {
    return c == 0x200B || c == 0x2060;
  }

  /** The byte-order mark, U+FEFF. */
  static boolean isBom(int c) {
    return c == 0xFEFF;
  }

  /** A C0 or C1 control character or DEL, other than tab and line feed. */
  static boolean isControl(int c) {
    return c != '\t' && c != '\n' && Character.getType(c) == Character.CONTROL;
  }

  /**
   * Rewrites each code point of {@code text} with {@code replacement}, which returns {@code null} to
   * keep the code point. Returns {@code text} itself when nothing changes.
   */
  static String map(String text, IntFunction<String> replacement) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      String replaced = replacement.apply(c);
      if (replaced != null && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        if (replaced == null) {
          out.appendCodePoint(c);
        } else {
          out.append(replaced);
        }
      }
      i += Character.charCount(c);
    }
    return out == null ? text : out.toString();
  }

  /** ASCII letters from the most to the least common in Latin-script text: only to pick search anchors. */
  private static final String LETTERS_BY_USE = "etaoinsrhldcumfpgwybvkxjqz";

  /**
   * How rare {@code c} is expected to be in text, higher for rarer: any char not an ASCII letter, then
   * the letters by {@link #LETTERS_BY_USE}. Only for choosing which char of a word to search for.
   */
  static int rarity(char c) {
    int letter = LETTERS_BY_USE.indexOf(c);
    return letter < 0 ? LETTERS_BY_USE.length() : letter;
  }

  /** The chars that {@link Character#toLowerCase(char)} turns into {@code c}. */
  static char[] lowerCasingTo(char c) {
    StringBuilder sources = new StringBuilder();
    for (int x = 0; x <= Character.MAX_VALUE; x++) {
      if (Character.toLowerCase((char) x) == c) {
        sources.append((char) x);
      }
    }
    return sources.toString().toCharArray();
  }
}
