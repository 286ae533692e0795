package dev.corpuskit.clean.steps;

import dev.corpuskit.lang.Language;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a line is a photo caption, by the credit it ends with. A credit is two or more names parted by
 * slashes ("AP Photo/Charlie Riedel, File", "Philip Pacheco/Bloomberg via Getty Images"), where a name is
 * one to {@value #MAX_NAME_WORDS} words that each begin with a capital letter or {@code @}, save the link
 * words of agency credits (via, for, of...); a suffix such as AP's ", File" may close the last name. The
 * credit stands in parentheses at the end of the line or follows a label ("Photograph:") to the end of it. Text
 * before the credit has at least {@value #MIN_CAPTION_WORDS} words, so that a short heading with a pair
 * in parentheses ("Compatibility (Windows/Mac)") stays; a credit alone on its line goes. Measures
 * ("(2,175 psi / 150 bar)") and notes in lower case ("(average/max)") are no names. The labels, link words
 * and suffixes are read from the resource {@code dev/corpuskit/lang/<language>/photo-credit-words.tsv};
 * without it a language has no labels, link words or suffixes, and credits in parentheses still count.
 */
final class PhotoCredit {

  /** The words a name of a credit has at most. */
  static final int MAX_NAME_WORDS = 8;

  /** The words the caption before a credit has at least, when it has any. */
  static final int MIN_CAPTION_WORDS = 4;

  private static final Map<String, PhotoCredit> LOADED = new ConcurrentHashMap<>();

  /** What a credit may follow instead of parentheses, each with the space after it. */
  private final List<String> labels = new ArrayList<>();

  /** Lower-case words that may stand inside a name of a credit. */
  private final Set<String> linkWords = new HashSet<>();

  /** What may close the last name of a credit. */
  private final List<String> suffixes = new ArrayList<>();

  /** The char before the space of each label: a line without any of them holds no label. */
  private String labelKeys = "";

  private PhotoCredit() {}

  /** The credit vocabulary of {@code language}, loaded once. */
  static PhotoCredit of(Language language) {
    return LOADED.computeIfAbsent(language.code(), PhotoCredit::load);
  }

  /** Whether {@code line} ends in a photo credit, with a caption of enough words or none before it. */
  boolean endsCaption(String line) {
    if (!endsInParen(line) && !holdsLabelKey(line)) {
      return false;
    }
    String text = line.strip();
    if (text.endsWith(")")) {
      int open = text.lastIndexOf('(');
      if (open >= 0 && isCredit(text.substring(open + 1, text.length() - 1)) && isCaption(text.substring(0, open))) {
        return true;
      }
    }
    return endsLabelCaption(text);
  }

  /**
   * Whether the last place of some label in {@code text} is followed by a credit and preceded by a
   * caption. Every label ends in one of {@link #labelKeys} and a space, so the text is read once from
   * its end, at those chars only; the first place found of a label is its last.
   */
  private boolean endsLabelCaption(String text) {
    boolean[] tried = new boolean[labels.size()];
    for (int from = text.length() - 2; from >= 0; ) {
      int key = -1;
      for (int k = 0; k < labelKeys.length(); k++) {
        key = Math.max(key, text.lastIndexOf(labelKeys.charAt(k), from));
      }
      if (key < 0) {
        return false;
      }
      int end = key + 2; // after the label's space
      if (text.charAt(key + 1) == ' ') {
        for (int j = 0; j < tried.length; j++) {
          String label = labels.get(j);
          int at = end - label.length();
          if (!tried[j] && at >= 0 && text.startsWith(label, at)) {
            tried[j] = true;
            if (isCredit(text.substring(end)) && isCaption(text.substring(0, at))) {
              return true;
            }
          }
        }
      }
      from = key - 1;
    }
    return false;
  }

  /** Whether the last char of {@code line} that is no white space (as {@link String#strip()} reads it) is ')'. */
  private static boolean endsInParen(String line) {
    for (int i = line.length() - 1; i >= 0; i--) {
      char c = line.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c == ')';
      }
    }
    return false;
  }

  /** Whether {@code line} holds a char that some label has before its space: a cheap test before the labels. */
  private boolean holdsLabelKey(String line) {
    for (int k = 0; k < labelKeys.length(); k++) {
      if (line.indexOf(labelKeys.charAt(k)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCaption(String before) {
    return before.isBlank() || words(before.strip()) >= MIN_CAPTION_WORDS;
  }

  /** Two or more names parted by slashes. */
  boolean isCredit(String credit) {
    String text = credit.strip();
    for (String suffix : suffixes) {
      if (text.endsWith(suffix)) {
        text = text.substring(0, text.length() - suffix.length());
        break;
      }
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

  private boolean isName(String name) {
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
      if (++count > MAX_NAME_WORDS || !(startsName(word) || !first && linkWords.contains(word))) {
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

  private static PhotoCredit load(String code) {
    PhotoCredit credit = new PhotoCredit();
    for (String line : Language.dataLines(code, "photo-credit-words.tsv")) {
      int tab = line.indexOf('\t');
      String text = tab < 0 ? "" : line.substring(tab + 1);
      String kind = tab < 0 || text.isBlank() ? "" : line.substring(0, tab);
      switch (kind) {
        case "label" -> {
          credit.labels.add(text + " ");
          char key = text.charAt(text.length() - 1);
          if (credit.labelKeys.indexOf(key) < 0) {
            credit.labelKeys += key;
          }
        }
        case "link" -> credit.linkWords.add(text);
        case "suffix" -> credit.suffixes.add(text);
        default -> throw new IllegalStateException("malformed photo-credit-words line for '" + code + "': " + line);
      }
    }
    return credit;
  }
}
