package dev.corpuskit.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The line and page heuristics of C4 (Raffel et al. 2020, "Exploring the Limits of Transfer Learning
 * with a Unified Text-to-Text Transformer", JMLR 21(140), section 2.2), as the code that built C4
 * defines them: TensorFlow Datasets' {@code c4_utils.clean_page}. Shared by the {@code c4} cleaning
 * step (the line rules) and the {@code c4} validation rule (the page rules), so that both judge a line
 * alike.
 *
 * <p>The definitions, in the reference's order, on each line of {@code str.splitlines()} after
 * {@code str.strip()}:
 *
 * <ol>
 *   <li>a line with a word (a {@code str.split()} token) longer than {@link #DEFAULT_MAX_WORD_LENGTH}
 *       code points goes;
 *   <li>citation marks {@code [1]}, {@code []}, {@code [edit]}, {@code [citation needed]}
 *       ({@code \[\d*\]|\[edit\]|\[citation needed\]}) are removed;
 *   <li>a line that does not end in {@code .}, {@code ?}, {@code !} or {@code "}, or ends in
 *       {@code ...}, goes;
 *   <li>a line of fewer than the minimum words goes;
 *   <li>a line holding "lorem ipsum" (any case) drops the page;
 *   <li>a line holding "javascript" (any case) goes;
 *   <li>a line holding {@code {} drops the page;
 *   <li>a line holding a policy phrase ({@link #POLICY_PHRASES}, any case) goes;
 *   <li>the page needs at least the minimum sentences in the lines kept.
 * </ol>
 *
 * Whitespace is Python's ({@code str.isspace()}: Unicode White_Space plus the separators
 * U+001C–U+001F), and lines are Python's ({@code str.splitlines()}), so that a document is judged
 * exactly as the reference judges it. Datatrove's {@code C4QualityFilter} differs in three ways, all
 * documented in the README: it also accepts {@code '} as an end mark, counts a line's words before
 * removing its citations, and defaults to 3 words per line and 5 sentences per page.
 *
 * <p>Sentences: the reference counts them with NLTK's trained Punkt model ({@code english.pickle}),
 * which cannot be reproduced without that model. {@link #sentences} counts a sentence end where a run
 * of {@code .}, {@code ?}, {@code !} (and any closing quotes or brackets) is followed by whitespace,
 * unless a single period ends a single letter (an initial) or a common abbreviation
 * ({@link #ABBREVIATIONS}: Mr., Dr., Inc., U.S., Jan. …), after which Punkt does not split before the
 * usual next word; and one more for the text after the last end. A kept line always counts at least
 * one. Where Punkt learned other abbreviations, the counts differ: the page rule's decision can differ
 * only for a page whose count is near the minimum.
 */
public final class C4Text {

  /** The paper's and TFDS's minimum words per line ({@code _MIN_WORDS_PER_LINE = 5}); datatrove uses 3. */
  public static final int DEFAULT_MIN_WORDS_PER_LINE = 5;

  /** The paper's and TFDS's minimum sentences per page ({@code _MIN_NUM_SENTENCES = 3}); datatrove uses 5. */
  public static final int DEFAULT_MIN_SENTENCES = 3;

  /** The longest word a kept line may hold, in code points ({@code _MAX_WORD_LENGTH}). */
  public static final int DEFAULT_MAX_WORD_LENGTH = 1000;

  /** The policy phrases of the reference ({@code _POLICY_SUBSTRINGS}), matched in the lower-cased line. */
  public static final List<String> POLICY_PHRASES = List.of(
      "terms of use", "privacy policy", "cookie policy", "uses cookies", "use of cookies", "use cookies");

  /** Abbreviations after which a period ends no sentence. */
  static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs",
      "etc", "e.g", "i.e", "no", "inc", "ltd", "co", "corp", "gen", "gov", "sen", "rep", "lt", "col",
      "sgt", "capt", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k",
      "a.m", "p.m", "approx", "dept", "fig", "vol", "ft", "mt");

  /** Why a line goes, as the audit and the tests name it. */
  public enum LineVerdict {
    /** The line is kept (possibly without its citation marks). */
    KEEP("kept"),
    /** A word longer than the maximum. */
    TOO_LONG_WORD("too-long-word"),
    /** No terminal punctuation, or an ellipsis. */
    NO_TERMINAL_PUNCTUATION("no-terminal-punctuation"),
    /** Fewer words than the minimum. */
    TOO_FEW_WORDS("too-few-words"),
    /** "lorem ipsum": the page goes. */
    LOREM_IPSUM("lorem-ipsum"),
    /** "javascript". */
    JAVASCRIPT("javascript"),
    /** A curly bracket: the page goes. */
    CURLY_BRACKET("curly-bracket"),
    /** A policy phrase. */
    POLICY("policy");

    private final String code;

    LineVerdict(String code) {
      this.code = code;
    }

    /** The reason code, in kebab case. */
    public String code() {
      return code;
    }

    /** Whether the verdict drops the whole page. */
    public boolean dropsPage() {
      return this == LOREM_IPSUM || this == CURLY_BRACKET;
    }
  }

  /**
   * One line judged.
   *
   * @param verdict what happens to the line
   * @param text the line as kept: stripped, without citation marks (the stripped line for other verdicts)
   */
  public record JudgedLine(LineVerdict verdict, String text) {}

  private C4Text() {}

  /**
   * Judges one line by the line rules, in the reference's order.
   *
   * @param line a line without its terminator
   * @param minWords the minimum words per line
   * @param maxWordLength the longest word, in code points
   */
  public static JudgedLine judge(String line, int minWords, int maxWordLength) {
    String stripped = strip(line);
    if (hasLongerWord(stripped, maxWordLength)) {
      return new JudgedLine(LineVerdict.TOO_LONG_WORD, stripped);
    }
    String text = removeCitations(stripped);
    if (!endsWithTerminal(text)) {
      return new JudgedLine(LineVerdict.NO_TERMINAL_PUNCTUATION, stripped);
    }
    if (words(text) < minWords) {
      return new JudgedLine(LineVerdict.TOO_FEW_WORDS, stripped);
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains("lorem ipsum")) {
      return new JudgedLine(LineVerdict.LOREM_IPSUM, stripped);
    }
    if (lower.contains("javascript")) {
      return new JudgedLine(LineVerdict.JAVASCRIPT, stripped);
    }
    if (text.indexOf('{') >= 0) {
      return new JudgedLine(LineVerdict.CURLY_BRACKET, stripped);
    }
    for (String phrase : POLICY_PHRASES) {
      if (lower.contains(phrase)) {
        return new JudgedLine(LineVerdict.POLICY, stripped);
      }
    }
    return new JudgedLine(LineVerdict.KEEP, text);
  }

  /**
   * The page rules' verdict on a whole text.
   *
   * @param text the document's text
   * @param minWords the minimum words per line
   * @param minSentences the minimum sentences per page
   * @param maxWordLength the longest word, in code points
   * @param badWords the bad-words list, or null to skip it
   */
  public static Page judgePage(String text, int minWords, int minSentences, int maxWordLength, BadWords badWords) {
    List<String> kept = new ArrayList<>();
    int sentences = 0;
    int lineNumber = 0;
    for (String line : splitLines(text)) {
      lineNumber++;
      JudgedLine judged = judge(line, minWords, maxWordLength);
      if (judged.verdict().dropsPage()) {
        return new Page(judged.verdict().code(), lineNumber, sentences, kept.size());
      }
      if (judged.verdict() == LineVerdict.KEEP) {
        kept.add(judged.text());
        sentences += sentences(judged.text());
      }
    }
    if (sentences < minSentences) {
      return new Page(Page.TOO_FEW_SENTENCES, 0, sentences, kept.size());
    }
    if (badWords != null) {
      int at = badWords.find(String.join("\n", kept).toLowerCase(Locale.ROOT));
      if (at >= 0) {
        return new Page(Page.BAD_WORDS, 0, sentences, kept.size());
      }
    }
    return new Page(null, 0, sentences, kept.size());
  }

  /**
   * The page rules' verdict.
   *
   * @param reason the reason code of the drop ({@code lorem-ipsum}, {@code curly-bracket},
   *     {@value #TOO_FEW_SENTENCES}, {@value #BAD_WORDS}), or null when the page is kept
   * @param line the 1-based line that dropped the page, 0 for a reason of the whole page
   * @param sentences the sentences counted in the lines kept (up to the line that dropped the page)
   * @param keptLines the lines kept (up to the line that dropped the page)
   */
  public record Page(String reason, int line, int sentences, int keptLines) {
    public static final String TOO_FEW_SENTENCES = "too-few-sentences";
    public static final String BAD_WORDS = "bad-words";

    /** Whether C4 keeps the page. */
    public boolean kept() {
      return reason == null;
    }
  }

  /** Whether {@code cp} is whitespace to Python's {@code str.isspace()}. */
  public static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
  }

  /** Python's {@code str.strip()}. */
  public static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.codePointAt(start))) {
      start += Character.charCount(text.codePointAt(start));
    }
    while (end > start && isSpace(text.codePointBefore(end))) {
      end -= Character.charCount(text.codePointBefore(end));
    }
    return text.substring(start, end);
  }

  /** The number of Python {@code str.split()} tokens of {@code text}. */
  public static int words(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isSpace(cp)) {
        inWord = false;
      } else if (!inWord) {
        inWord = true;
        words++;
      }
    }
    return words;
  }

  /** Whether a {@code str.split()} token of {@code text} has more than {@code max} code points. */
  static boolean hasLongerWord(String text, int max) {
    int length = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      length = isSpace(cp) ? 0 : length + 1;
      if (length > max) {
        return true;
      }
    }
    return false;
  }

  /**
   * Removes citation marks until none is left. The reference removes them once, so that
   * {@code [[1]]} leaves {@code []}; removing until none is left keeps the step idempotent. One pass:
   * a mark is removed as soon as its {@code ]} is reached, so that a mark formed by removing an inner
   * one is seen too, and the cost stays linear whatever the nesting. Digits are Unicode decimal digits,
   * as Python's {@code \d}.
   */
  public static String removeCitations(String text) {
    if (text.indexOf('[') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int[] opens = new int[8];
    boolean[] digitsOnly = new boolean[8];
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '[') {
        if (depth == opens.length) {
          opens = java.util.Arrays.copyOf(opens, depth * 2);
          digitsOnly = java.util.Arrays.copyOf(digitsOnly, depth * 2);
        }
        opens[depth] = out.length();
        digitsOnly[depth++] = true;
        out.append(c);
      } else if (c == ']' && depth > 0) {
        int open = opens[depth - 1];
        int length = out.length() - open - 1;
        if (digitsOnly[depth - 1] || length == 4 && out.substring(open + 1).equals("edit")
            || length == 15 && out.substring(open + 1).equals("citation needed")) {
          out.setLength(open);
          depth--;
        } else {
          out.append(c);
          depth = 0; // every open bracket now holds a ']' and can no longer start a mark
        }
      } else {
        out.append(c);
        if (depth > 0 && !Character.isDigit(c)) {
          digitsOnly[depth - 1] = false;
        }
      }
    }
    return out.length() == text.length() ? text : out.toString();
  }

  /** Whether {@code text} ends in {@code .}, {@code ?}, {@code !} or {@code "} and not in {@code ...}. */
  public static boolean endsWithTerminal(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char last = text.charAt(text.length() - 1);
    return (last == '.' || last == '?' || last == '!' || last == '"') && !text.endsWith("...");
  }

  /** Python's {@code str.splitlines()}: breaks at LF, CR, CRLF, VT, FF, U+001C–U+001E, U+0085, U+2028, U+2029. */
  public static List<String> splitLines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (isLineBreak(c)) {
        lines.add(text.substring(start, i));
        i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
        start = i;
      } else {
        i++;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1E) || c == 0x85
        || c == 0x2028 || c == 0x2029;
  }

  /** The sentences of a kept line, as the class description defines them; at least 1 for a non-blank line. */
  public static int sentences(String line) {
    int count = 0;
    int n = line.length();
    int tokenStart = 0;
    boolean content = false;
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      if (isSpace(c)) {
        tokenStart = i + 1;
        continue;
      }
      content = true;
      if (c != '.' && c != '?' && c != '!') {
        continue;
      }
      int end = i;
      while (end + 1 < n && isEndMark(line.charAt(end + 1))) {
        end++;
      }
      int after = end + 1;
      while (after < n && isCloser(line.charAt(after))) {
        after++;
      }
      if (after >= n || !isSpace(line.charAt(after))) {
        i = end;
        continue;
      }
      int next = after;
      while (next < n && isSpace(line.charAt(next))) {
        next++;
      }
      if (next >= n) {
        i = end;
        continue;
      }
      if (c == '.' && end == i && isAbbreviation(line.substring(tokenStart, i))) {
        i = end;
        continue;
      }
      count++;
      content = false;
      i = next - 1;
      tokenStart = next;
    }
    return content || count == 0 ? count + 1 : count;
  }

  private static boolean isEndMark(char c) {
    return c == '.' || c == '?' || c == '!';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019' || c == '\u00BB';
  }

  private static boolean isAbbreviation(String token) {
    String word = token.toLowerCase(Locale.ROOT);
    while (!word.isEmpty() && (word.charAt(0) == '(' || word.charAt(0) == '"' || word.charAt(0) == '\u201C')) {
      word = word.substring(1);
    }
    return word.length() == 1 && Character.isLetter(word.charAt(0)) || ABBREVIATIONS.contains(word);
  }
}
