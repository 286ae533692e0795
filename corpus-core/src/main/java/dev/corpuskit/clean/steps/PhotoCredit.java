package dev.corpuskit.clean.steps;

import java.util.List;
import java.util.Set;

/**
 * Whether a line is a photo caption, by the credit it ends with. A credit is two or more names parted by
 * slashes ("AP Photo/Charlie Riedel, File", "Philip Pacheco/Bloomberg via Getty Images"), where a name is
 * one to {@value #MAX_NAME_WORDS} words that each begin with a capital letter or {@code @}, save the link
 * words of agency credits (via, for, of...); an AP-style ", File" may close the last name. The credit
 * stands in parentheses at the end of the line or follows a label ({@link #LABELS}) to the end of it. Text
 * before the credit has at least {@value #MIN_CAPTION_WORDS} words, so that a short heading with a pair
 * in parentheses ("Compatibility (Windows/Mac)") stays; a credit alone on its line goes. Measures
 * ("(2,175 psi / 150 bar)") and notes in lower case ("(average/max)") are no names.
 */
final class PhotoCredit {

  /** The words a name of a credit has at most. */
  static final int MAX_NAME_WORDS = 8;

  /** The words the caption before a credit has at least, when it has any. */
  static final int MIN_CAPTION_WORDS = 4;

  /** The labels a credit may follow instead of parentheses. */
  static final List<String> LABELS = List.of("Photograph: ", "Photographs: ", "Photo: ", "Photos: ", "Image: ",
      "Images: ", "Picture: ", "Pictures: ", "Credit: ");

  /** Lower-case words that may stand inside a name of a credit. */
  private static final Set<String> LINK_WORDS = Set.of("via", "for", "of", "and", "the", "de", "del", "da", "du",
      "van", "von", "la", "le");

  private static final String FILE = ", File";

  private PhotoCredit() {}

  /** Whether {@code line} ends in a photo credit, with a caption of enough words or none before it. */
  static boolean endsCaption(String line) {
    String text = line.strip();
    if (text.endsWith(")")) {
      int open = text.lastIndexOf('(');
      if (open >= 0 && isCredit(text.substring(open + 1, text.length() - 1)) && isCaption(text.substring(0, open))) {
        return true;
      }
    }
    for (String label : LABELS) {
      int at = text.lastIndexOf(label);
      if (at >= 0 && isCredit(text.substring(at + label.length())) && isCaption(text.substring(0, at))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCaption(String before) {
    return before.isBlank() || words(before.strip()) >= MIN_CAPTION_WORDS;
  }

  /** Two or more names parted by slashes. */
  static boolean isCredit(String credit) {
    String text = credit.strip();
    if (text.endsWith(FILE)) {
      text = text.substring(0, text.length() - FILE.length());
    }
    if (text.indexOf('/') < 0 || text.indexOf('(') >= 0 || text.indexOf(')') >= 0) {
      return false;
    }
    int start = 0;
    while (true) {
      int slash = text.indexOf('/', start);
      int end = slash < 0 ? text.length() : slash;
      if (!isName(text.substring(start, end).strip())) {
        return false;
      }
      if (slash < 0) {
        return true;
      }
      start = slash + 1;
    }
  }

  private static boolean isName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    int count = 0;
    int start = 0;
    while (start <= name.length()) {
      int space = name.indexOf(' ', start);
      int end = space < 0 ? name.length() : space;
      String word = name.substring(start, end);
      boolean first = count == 0;
      if (++count > MAX_NAME_WORDS || !(startsName(word) || !first && LINK_WORDS.contains(word))) {
        return false;
      }
      start = end + 1;
    }
    return true;
  }

  private static boolean startsName(String word) {
    if (word.isEmpty()) {
      return false;
    }
    int first = word.codePointAt(0);
    return first == '@' || Character.isUpperCase(first);
  }

  private static int words(String text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = text.charAt(i) == ' ';
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }
}
