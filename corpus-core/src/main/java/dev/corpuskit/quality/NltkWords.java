package dev.corpuskit.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a text as datatrove's English word tokenizer gives them, which the Gopher and FineWeb
 * filters count: datatrove's {@code NLTKTokenizer("english").word_tokenize}
 * ({@code src/datatrove/utils/word_tokenizers.py}) calls NLTK's {@code word_tokenize}, which splits the
 * text into sentences with the Punkt model for English and each sentence into tokens with
 * {@code NLTKWordTokenizer} ({@code nltk/tokenize/destructive.py}), then drops blank tokens.
 *
 * <p>The token rules are NLTK's, rule for rule and in its order (quotes, punctuation, brackets, dashes,
 * clitics, contractions), with Python's regular-expression meaning of {@code \s}, {@code \w},
 * {@code \d} and {@code \b} (Unicode, as Python's {@code re} has it; Java's own classes differ on
 * U+001C to U+001F and combining marks). Each rule is one hand-written pass over the text that replaces
 * what NLTK's {@code re.sub} would, in the same order, so the cost is linear in the text and a pass
 * whose trigger character is absent costs one scan; the regular-expression transcription of the same rules
 * is kept in the tests as their oracle ({@code NltkWordsRegexOracle}), which every pass must match on any
 * text, including where Java's regular expressions and Python's differ (a supplementary letter before a
 * word is not a word character to the look-behind, case-insensitive literals match U+0131, U+017F and
 * U+212A). The sentence splitting cannot be NLTK's: Punkt decides with
 * parameters trained on a corpus and shipped as a pickle (abbreviations, collocations, frequent sentence
 * starters, orthographic statistics). It is replaced here by Punkt's decision procedure with a fixed list
 * of common English abbreviations and these orthographic assumptions: an initial or a number followed by
 * a word in lower case, or an initial followed by a capitalised word, does not end a sentence; an
 * abbreviation never does; an ellipsis never does. Sentence boundaries only matter to the tokens in two
 * places: a sentence's final period is split from its word ({@code "York."} gives {@code "York", "."}
 * at a sentence end and stays whole elsewhere) and a double quote opening a sentence becomes
 * {@code ``} rather than {@code ''}. So a document can get a different decision from datatrove only where
 * Punkt's trained model and these rules disagree on a period after an abbreviation, an initial or a
 * number, and only when a measured value then sits within one word of its threshold.
 */
public final class NltkWords {

  /** NLTK's starting quotes {@code [«“‘„]}, each set apart (a run of backticks is handled on its own). */
  private static final String OPENING_QUOTES = "«“‘„";
  private static final String OPENING_QUOTES_AND_BACKTICK = OPENING_QUOTES + "`";
  /** The characters before which NLTK turns {@code "} or {@code ''} into {@code ``}. */
  private static final String BEFORE_OPENING = " ([{<";
  /** What NLTK's first final-period rule lets stand between the period and the end of the text. */
  private static final String FINAL_CLOSERS = "])}>\"'»”’ ";
  /** The same for its second final-period rule. */
  private static final String FINAL_CLOSERS_2 = "])}>\"'";
  private static final String SYMBOLS = ";@#$%&";
  private static final String BRACKETS = "][(){}<>";
  private static final String CLOSING_QUOTES = "»”’";
  /** NLTK's {@code 'll|'LL|'re|'RE|'ve|'VE|n't|N'T} clitics. */
  private static final String[] CLITICS = {"'ll", "'LL", "'re", "'RE", "'ve", "'VE", "n't", "N'T"};
  /** After a quote, these (case-insensitive) keep it attached: NLTK's {@code (?!re|ve|ll|m|t|s|d|n)}. */
  private static final String[] QUOTE_KEEPERS = {"re", "ve", "ll", "m", "t", "s", "d", "n"};

  /**
   * NLTK's contraction rules: {@code needle} (lower case) gates the rule on the lower-cased text, as
   * the oracle does; {@code first} and {@code second} are the two halves set apart.
   */
  private record Contraction(String needle, String first, String second, int kind) {}

  private static final int WORD = 0;
  private static final int WANNA = 1;
  private static final int TIS = 2;

  private static final List<Contraction> CONTRACTIONS = List.of(
      new Contraction("cannot", "can", "not", WORD),
      new Contraction("d'ye", "d", "'ye", WORD),
      new Contraction("gimme", "gim", "me", WORD),
      new Contraction("gonna", "gon", "na", WORD),
      new Contraction("gotta", "got", "ta", WORD),
      new Contraction("lemme", "lem", "me", WORD),
      new Contraction("more'n", "more", "'n", WORD),
      new Contraction("wanna", "wan", "na", WANNA),
      new Contraction(" 'tis", "'t", "is", TIS),
      new Contraction(" 'twas", "'t", "was", TIS));

  /**
   * Common English abbreviations, lower case without their final period: after one of these a period
   * does not end a sentence (Punkt's trained English model knows many more).
   */
  static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "rev", "gen", "gov", "sen", "rep", "lt", "col",
      "capt", "sgt", "cmdr", "adm", "inc", "ltd", "co", "corp", "bros", "vs", "etc", "e.g", "i.e", "u.s",
      "u.k", "u.n", "a.m", "p.m", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
      "nov", "dec", "mt", "ft", "ave", "blvd", "dept", "est", "fig", "approx", "vol", "pp", "no", "nos",
      "ed", "eds", "op", "cf", "al", "calif", "fla", "mass", "conn", "ariz", "colo", "n.y", "d.c", "l.a",
      "u.s.a", "ph.d", "a.d", "b.c");

  /** Punkt's non-word characters: after one of these a period can end a sentence without a space. */
  private static final String NON_WORD = ")\";}]*:@'({[!?";
  /** Characters that cannot start a Punkt word token (they are split off as tokens of their own). */
  private static final String NOT_WORD_START = "(\"`{[:;&#*@)}]-,";

  private NltkWords() {}

  /** The tokens of {@code text}, in order. */
  public static List<String> tokenize(String text) {
    List<String> tokens = new ArrayList<>();
    for (String sentence : sentences(text)) {
      splitSpace(treebank(sentence), tokens);
    }
    return tokens;
  }

  /**
   * One sentence through NLTK's word-token rules, as one string of space-separated tokens. Each line
   * below is one of NLTK's substitutions, named by its pattern, in NLTK's order; like {@code re.sub},
   * each scans its input from the left and does not rescan what it has replaced.
   */
  static String treebank(String sentence) {
    String text = sentence;
    // STARTING_QUOTES
    text = openingQuotes(text); // ([«“‘„]|[`]+) -> " \1 "
    if (text.startsWith("\"")) { // ^" -> ``
      text = "``" + text.substring(1);
    }
    text = replacePairs(text, '`', " `` "); // (``) -> " \1 "
    text = quoteAfterOpening(text); // ([ (\[{<])("|'{2}) -> "\1 `` "
    text = quoteBeforeWord(text); // (?i)(')(?!re|ve|ll|m|t|s|d|n)(\w)\b -> "\1 \2"
    // PUNCTUATION
    text = finalPeriod(text, FINAL_CLOSERS, true); // ([^\.])(\.)([\]\)}>"\'»”’ ]*)\s*$ -> "\1 \2 \3 "
    text = commaColon(text); // ([:,])([^\d]) -> " \1 \2"
    text = finalCommaColon(text); // ([:,])$ -> " \1 "
    text = dotRuns(text); // \.{2,} -> " \g<0> "
    text = spaced(text, SYMBOLS); // [;@#$%&] -> " \g<0> "
    text = finalPeriod(text, FINAL_CLOSERS_2, false); // ([^\.])(\.)([\]\)}>"\']*)\s*$ -> "\1 \2\3 "
    text = spaced(text, "?!"); // [?!] -> " \g<0> "
    text = quoteBeforeSpace(text); // ([^'])' -> "\1 ' "
    text = spaced(text, "*"); // [*] -> " \g<0> "
    // PARENS_BRACKETS, DOUBLE_DASHES
    text = spaced(text, BRACKETS); // [\]\[\(\)\{\}\<\>] -> " \g<0> "
    text = replacePairs(text, '-', " -- "); // -- -> " -- "
    // ENDING_QUOTES
    text = " " + text + " ";
    text = spaced(text, CLOSING_QUOTES); // ([»”’]) -> " \1 "
    text = replacePairs(text, '\'', " '' "); // '' -> " '' "
    text = replaceChar(text, '"', " '' "); // " -> " '' "
    text = collapseSpace(text); // \s+ -> " "
    text = shortClitic(text); // ([^' ])('[sS]|'[mM]|'[dD]|') -> "\1 \2 "
    text = longClitic(text); // ([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) -> "\1 \2 "
    // CONTRACTIONS2, CONTRACTIONS3: gated on the text as it is before the first of them
    String lower = text.toLowerCase(Locale.ROOT);
    for (Contraction c : CONTRACTIONS) {
      if (lower.contains(c.needle())) {
        text = contraction(text, c);
      }
    }
    return text;
  }

  /** Python's {@code \w} as the oracle's {@code [\p{L}\p{N}_]} has it (a surrogate alone is not one). */
  private static boolean isWord(int c) {
    if (c == '_') {
      return true;
    }
    switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER -> {
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /** Whether a word character starts at {@code i} (a whole code point, as a look-ahead sees it). */
  private static boolean wordAt(String s, int i) {
    return i < s.length() && isWord(s.codePointAt(i));
  }

  /**
   * Whether a word character ends just before {@code i} as a one-character look-behind sees it: the
   * char alone, so the low half of a supplementary letter is not one.
   */
  private static boolean wordBefore(String s, int i) {
    return i > 0 && isWord(s.charAt(i - 1));
  }

  /**
   * Whether {@code s} holds {@code lower} (lower-case ASCII) at {@code i}, case-insensitively as a
   * Unicode-case-insensitive regular expression compares: a char matches when its upper case's lower case
   * is the pattern's (so U+0130, U+0131, U+017F and U+212A match i, i, s and k).
   */
  private static boolean foldsTo(String s, int i, String lower) {
    if (i + lower.length() > s.length()) {
      return false;
    }
    for (int k = 0; k < lower.length(); k++) {
      char c = s.charAt(i + k);
      char p = lower.charAt(k);
      if (c != p && Character.toLowerCase(Character.toUpperCase(c)) != p) {
        return false;
      }
    }
    return true;
  }

  /** A builder holding {@code s} up to {@code upTo}, for a pass that found its first replacement there. */
  private static StringBuilder copyOf(String s, int upTo) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    out.append(s, 0, upTo);
    return out;
  }

  /** Each char of {@code set} in {@code s} with a space on either side. */
  private static String spaced(String s, String set) {
    int first = firstOf(s, set);
    if (first < 0) {
      return s;
    }
    StringBuilder out = null;
    for (int i = first; i < s.length(); i++) {
      char c = s.charAt(i);
      if (set.indexOf(c) >= 0) {
        if (out == null) {
          out = copyOf(s, i);
        }
        out.append(' ').append(c).append(' ');
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }

  /** The first index in {@code s} of a char of {@code set}, or -1 (one intrinsic scan per char of the set). */
  private static int firstOf(String s, String set) {
    int first = -1;
    for (int k = 0; k < set.length(); k++) {
      int at = s.indexOf(set.charAt(k));
      if (at >= 0 && (first < 0 || at < first)) {
        first = at;
      }
    }
    return first;
  }

  /** Each {@code c} in {@code s} replaced by {@code with}. */
  private static String replaceChar(String s, char c, String with) {
    if (s.indexOf(c) < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char d = s.charAt(i);
      if (d == c) {
        out.append(with);
      } else {
        out.append(d);
      }
    }
    return out.toString();
  }

  /** Each {@code cc}, from the left and not overlapping, replaced by {@code with}. */
  private static String replacePairs(String s, char c, String with) {
    int first = s.indexOf(String.valueOf(new char[] {c, c}));
    if (first < 0) {
      return s;
    }
    StringBuilder out = null;
    int i = first;
    int n = s.length();
    while (i < n) {
      char d = s.charAt(i);
      if (d == c && i + 1 < n && s.charAt(i + 1) == c) {
        if (out == null) {
          out = copyOf(s, i);
        }
        out.append(with);
        i += 2;
      } else {
        if (out != null) {
          out.append(d);
        }
        i++;
      }
    }
    return out == null ? s : out.toString();
  }

  /** {@code ([«“‘„]|[`]+)}: each opening quote and each run of backticks set apart. */
  private static String openingQuotes(String s) {
    int first = firstOf(s, OPENING_QUOTES_AND_BACKTICK);
    if (first < 0) {
      return s;
    }
    StringBuilder out = null;
    int i = first;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c == '`') {
        int j = i;
        while (j < n && s.charAt(j) == '`') {
          j++;
        }
        if (out == null) {
          out = copyOf(s, i);
        }
        out.append(' ').append(s, i, j).append(' ');
        i = j;
      } else if (OPENING_QUOTES.indexOf(c) >= 0) {
        if (out == null) {
          out = copyOf(s, i);
        }
        out.append(' ').append(c).append(' ');
        i++;
      } else {
        if (out != null) {
          out.append(c);
        }
        i++;
      }
    }
    return out == null ? s : out.toString();
  }

  /** {@code ([ (\[{<])("|'{2})}: a double quote after an opening character becomes {@code ``}. */
  private static String quoteAfterOpening(String s) {
    if (s.indexOf('"') < 0 && !s.contains("''")) {
      return s;
    }
    StringBuilder out = null;
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      int quote = 0;
      if (BEFORE_OPENING.indexOf(c) >= 0 && i + 1 < n) {
        if (s.charAt(i + 1) == '"') {
          quote = 1;
        } else if (s.charAt(i + 1) == '\'' && i + 2 < n && s.charAt(i + 2) == '\'') {
          quote = 2;
        }
      }
      if (quote > 0) {
        if (out == null) {
          out = copyOf(s, i);
        }
        out.append(c).append(" `` ");
        i += 1 + quote;
      } else {
        if (out != null) {
          out.append(c);
        }
        i++;
      }
    }
    return out == null ? s : out.toString();
  }

  /**
   * {@code (?i)(')(?!re|ve|ll|m|t|s|d|n)(\w)(?!\w)}: a quote before a one-character word that is not a
   * clitic is set apart from it.
   */
  private static String quoteBeforeWord(String s) {
    if (s.indexOf('\'') < 0) {
      return s;
    }
    StringBuilder out = null;
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c == '\'' && i + 1 < n && !startsWithAnyFolded(s, i + 1, QUOTE_KEEPERS)) {
        int w = s.codePointAt(i + 1);
        int end = i + 1 + Character.charCount(w);
        if (isWord(w) && !wordAt(s, end)) {
          if (out == null) {
            out = copyOf(s, i);
          }
          out.append("' ").appendCodePoint(w);
          i = end;
          continue;
        }
      }
      if (out != null) {
        out.append(c);
      }
      i++;
    }
    return out == null ? s : out.toString();
  }

  private static boolean startsWithAnyFolded(String s, int i, String[] lowers) {
    for (String lower : lowers) {
      if (foldsTo(s, i, lower)) {
        return true;
      }
    }
    return false;
  }

  /**
   * NLTK's two final-period rules, {@code ([^.])(\.)([closers]*)\s*$}: the text's last period, after a
   * character that is not one, followed only by closers and then whitespace to the end, is set apart;
   * the trailing whitespace goes. Only the last period can match (closers and whitespace hold none), and
   * the possessive runs leave {@code $} nothing to match but the end.
   */
  private static String finalPeriod(String s, String closers, boolean spaceAfterPeriod) {
    int p = s.lastIndexOf('.');
    if (p < 1 || s.charAt(p - 1) == '.') {
      return s;
    }
    int n = s.length();
    int i = p + 1;
    while (i < n && closers.indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    int closed = i;
    while (i < n && PyText.isSpace(s.charAt(i))) {
      i++;
    }
    if (i != n) {
      return s;
    }
    StringBuilder out = copyOf(s, p);
    out.append(spaceAfterPeriod ? " . " : " .").append(s, p + 1, closed).append(' ');
    return out.toString();
  }

  /** {@code ([:,])([^\d])}: a colon or comma before anything but a digit, set apart. */
  private static String commaColon(String s) {
    int first = firstOf(s, ":,");
    if (first < 0) {
      return s;
    }
    StringBuilder out = null;
    int i = first;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if ((c == ':' || c == ',') && i + 1 < n) {
        int next = s.codePointAt(i + 1);
        if (!Character.isDigit(next)) {
          if (out == null) {
            out = copyOf(s, i);
          }
          out.append(' ').append(c).append(' ').appendCodePoint(next);
          i += 1 + Character.charCount(next);
          continue;
        }
      }
      if (out != null) {
        out.append(c);
      }
      i++;
    }
    return out == null ? s : out.toString();
  }

  /** {@code ([:,])$}: a final colon or comma, {@code $} matching before a final LF too. */
  private static String finalCommaColon(String s) {
    int n = s.length();
    int at = -1;
    if (n >= 1 && (s.charAt(n - 1) == ':' || s.charAt(n - 1) == ',')) {
      at = n - 1;
    } else if (n >= 2 && s.charAt(n - 1) == '\n' && (s.charAt(n - 2) == ':' || s.charAt(n - 2) == ',')) {
      at = n - 2;
    }
    if (at < 0) {
      return s;
    }
    return copyOf(s, at).append(' ').append(s.charAt(at)).append(' ').append(s, at + 1, n).toString();
  }

  /** {@code \.{2,}}: each run of two or more periods set apart. */
  private static String dotRuns(String s) {
    int first = s.indexOf("..");
    if (first < 0) {
      return s;
    }
    StringBuilder out = null;
    int i = first;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c == '.' && i + 1 < n && s.charAt(i + 1) == '.') {
        int j = i;
        while (j < n && s.charAt(j) == '.') {
          j++;
        }
        if (out == null) {
          out = copyOf(s, i);
        }
        out.append(' ').append(s, i, j).append(' ');
        i = j;
      } else {
        if (out != null) {
          out.append(c);
        }
        i++;
      }
    }
    return out == null ? s : out.toString();
  }

  /** {@code ([^'])' }: a quote before a space, after anything but a quote, set apart. */
  private static String quoteBeforeSpace(String s) {
    if (!s.contains("' ")) {
      return s;
    }
    StringBuilder out = null;
    int i = 0;
    int n = s.length();
    while (i < n) {
      int c = s.codePointAt(i);
      int k = Character.charCount(c);
      if (c != '\'' && i + k + 1 < n && s.charAt(i + k) == '\'' && s.charAt(i + k + 1) == ' ') {
        if (out == null) {
          out = copyOf(s, i);
        }
        out.appendCodePoint(c).append(" ' ");
        i += k + 2;
        continue;
      }
      if (out != null) {
        out.appendCodePoint(c);
      }
      i += k;
    }
    return out == null ? s : out.toString();
  }

  /** {@code ([^' ])('[sS]|'[mM]|'[dD]|') }: a short clitic or a closing quote set apart from its word. */
  private static String shortClitic(String s) {
    if (s.indexOf('\'') < 0) {
      return s;
    }
    StringBuilder out = null;
    int i = 0;
    int n = s.length();
    while (i < n) {
      int c = s.codePointAt(i);
      int k = Character.charCount(c);
      int j = i + k;
      if (c != '\'' && c != ' ' && j < n && s.charAt(j) == '\'') {
        int end = -1;
        if (j + 2 < n && "sSmMdD".indexOf(s.charAt(j + 1)) >= 0 && s.charAt(j + 2) == ' ') {
          end = j + 2;
        } else if (j + 1 < n && s.charAt(j + 1) == ' ') {
          end = j + 1;
        }
        if (end > 0) {
          if (out == null) {
            out = copyOf(s, i);
          }
          out.appendCodePoint(c).append(' ').append(s, j, end).append(' ');
          i = end + 1;
          continue;
        }
      }
      if (out != null) {
        out.appendCodePoint(c);
      }
      i = j;
    }
    return out == null ? s : out.toString();
  }

  /** {@code ([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) }: a long clitic set apart from its word. */
  private static String longClitic(String s) {
    if (s.indexOf('\'') < 0) {
      return s;
    }
    StringBuilder out = null;
    int i = 0;
    int n = s.length();
    while (i < n) {
      int c = s.codePointAt(i);
      int k = Character.charCount(c);
      int j = i + k;
      if (c != '\'' && c != ' ' && j + 3 < n && s.charAt(j + 3) == ' ' && isClitic(s, j)) {
        if (out == null) {
          out = copyOf(s, i);
        }
        out.appendCodePoint(c).append(' ').append(s, j, j + 3).append(' ');
        i = j + 4;
        continue;
      }
      if (out != null) {
        out.appendCodePoint(c);
      }
      i = j;
    }
    return out == null ? s : out.toString();
  }

  private static boolean isClitic(String s, int j) {
    for (String clitic : CLITICS) {
      if (s.startsWith(clitic, j)) {
        return true;
      }
    }
    return false;
  }

  /**
   * One contraction rule: {@code (?i)(?<!\w)(first)(second)(?!\w)} (for "wanna", {@code (?=\s)} after
   * it; for "'tis" and "'twas", a space before it and no look-behind), the halves set apart.
   */
  private static String contraction(String s, Contraction c) {
    String whole = c.first() + c.second();
    String lead = c.kind() == TIS ? " " : "";
    String pattern = lead + whole;
    StringBuilder out = null;
    int i = 0;
    int n = s.length();
    while (i < n) {
      if (foldsTo(s, i, pattern) && (c.kind() == TIS || !wordBefore(s, i))) {
        int end = i + pattern.length();
        boolean after = c.kind() == WANNA ? end < n && PyText.isSpace(s.charAt(end)) : !wordAt(s, end);
        if (after) {
          if (out == null) {
            out = copyOf(s, i);
          }
          int split = i + lead.length() + c.first().length();
          out.append(' ').append(s, i + lead.length(), split).append(' ').append(s, split, end).append(' ');
          i = end;
          continue;
        }
      }
      if (out != null) {
        out.append(s.charAt(i));
      }
      i++;
    }
    return out == null ? s : out.toString();
  }

  /** NLTK's {@code re.sub(r"\s+", " ", text)}. */
  private static String collapseSpace(String text) {
    if (isCollapsed(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean inSpace = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (PyText.isSpace(c)) {
        if (!inSpace) {
          out.append(' ');
        }
        inSpace = true;
      } else {
        out.appendCodePoint(c);
        inSpace = false;
      }
      i += Character.charCount(c);
    }
    return out.toString();
  }

  /** Whether {@code text} has no whitespace but single spaces. */
  private static boolean isCollapsed(String text) {
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        if (space) {
          return false;
        }
        space = true;
      } else if (PyText.isSpace(c)) {
        return false;
      } else {
        space = false;
      }
    }
    return true;
  }

  /** Python's {@code str.split()}: the runs of non-whitespace. */
  private static void splitSpace(String text, List<String> out) {
    int start = -1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (PyText.isSpace(c)) {
        if (start >= 0) {
          out.add(text.substring(start, i));
          start = -1;
        }
      } else if (start < 0) {
        start = i;
      }
      i += Character.charCount(c);
    }
    if (start >= 0) {
      out.add(text.substring(start));
    }
  }

  /**
   * The sentences of {@code text} as Punkt's {@code sentences_from_text} cuts them: a sentence may end
   * at a {@code .}, {@code ?} or {@code !} followed by whitespace and another token, or by one of
   * Punkt's non-word characters; the next sentence starts at that token (closing quotes and brackets
   * followed by whitespace go back to the sentence they close); the last sentence has no trailing
   * whitespace; empty sentences are left out.
   */
  static List<String> sentences(String text) {
    List<int[]> slices = new ArrayList<>();
    int lastBreak = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '?' && c != '!') {
        continue;
      }
      if (i + 1 >= n) {
        break;
      }
      char after = text.charAt(i + 1);
      int nextTok;
      if (NON_WORD.indexOf(after) >= 0) {
        nextTok = -1;
      } else if (PyText.isSpace(after)) {
        int j = i + 1;
        while (j < n && PyText.isSpace(text.codePointAt(j))) {
          j += Character.charCount(text.codePointAt(j));
        }
        if (j >= n) {
          break;
        }
        nextTok = j;
      } else {
        continue;
      }
      if (endsSentence(text, i, nextTok)) {
        slices.add(new int[] {lastBreak, i + 1});
        lastBreak = nextTok >= 0 ? nextTok : i + 1;
      }
    }
    slices.add(new int[] {lastBreak, PyText.rstrip(text).length()});
    return realign(text, slices);
  }

  /** Punkt's closers that go back to the sentence they close: {@code ["')\]}]}. */
  private static final String CLOSERS = "\"')]}";

  private static List<String> realign(String text, List<int[]> slices) {
    List<String> sentences = new ArrayList<>();
    int realign = 0;
    for (int k = 0; k < slices.size(); k++) {
      int start = slices.get(k)[0] + realign;
      int stop = slices.get(k)[1];
      if (k + 1 == slices.size()) {
        if (stop > start) {
          sentences.add(text.substring(start, stop));
        }
        continue;
      }
      int[] next = slices.get(k + 1);
      long moved = closers(text, next[0], Math.max(next[0], next[1]));
      if (moved >= 0) {
        sentences.add(text.substring(start, next[0] + (int) (moved >>> 32)));
        realign = (int) moved;
      } else {
        realign = 0;
        if (stop > start) {
          sentences.add(text.substring(start, stop));
        }
      }
    }
    return sentences;
  }

  /**
   * Punkt's realignment, {@code ["')\]}]+?(?:\s+|(?=--)|$)} anchored at {@code from} within
   * {@code [from, to)}: the fewest closers followed by whitespace (taken whole), by {@code --} or by
   * {@code to}. Returns the closers' length in the high half and the match's length in the low half, or
   * -1 when there is none.
   */
  private static long closers(String text, int from, int to) {
    int k = from;
    while (k < to && CLOSERS.indexOf(text.charAt(k)) >= 0) {
      k++;
      if (k == to || (k + 1 < to && text.charAt(k) == '-' && text.charAt(k + 1) == '-')) {
        return ((long) (k - from) << 32) | (k - from);
      }
      if (PyText.isSpace(text.charAt(k))) {
        int end = k;
        while (end < to && PyText.isSpace(text.charAt(end))) {
          end++;
        }
        return ((long) (k - from) << 32) | (end - from);
      }
    }
    return -1;
  }

  /**
   * Whether the {@code .}, {@code ?} or {@code !} at {@code at} ends a sentence: Punkt's first pass
   * (a lone end mark or a period after a non-abbreviation breaks) and its second pass for initials and
   * numbers, with the assumptions of the class comment in place of the trained statistics.
   */
  private static boolean endsSentence(String text, int at, int nextTok) {
    char mark = text.charAt(at);
    if (mark != '.') {
      return true;
    }
    if (at > 0 && text.charAt(at - 1) == '.') {
      return false;
    }
    int start = at;
    while (start > 0) {
      char p = text.charAt(start - 1);
      if (PyText.isSpace(p) || NON_WORD.indexOf(p) >= 0) {
        break;
      }
      start--;
    }
    while (start < at && NOT_WORD_START.indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    String word = text.substring(start, at);
    if (word.isEmpty()) {
      return true;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    int hyphen = lower.lastIndexOf('-');
    if (ABBREVIATIONS.contains(lower) || (hyphen >= 0 && ABBREVIATIONS.contains(lower.substring(hyphen + 1)))) {
      return false;
    }
    boolean initial = word.codePointCount(0, word.length()) == 1 && Character.isLetter(word.codePointAt(0));
    boolean number = isNumber(lower);
    if (!initial && !number) {
      return true;
    }
    if (nextTok < 0) {
      return ";:,.!?".indexOf(text.charAt(at + 1)) < 0;
    }
    int first = text.codePointAt(nextTok);
    if (";:,!?".indexOf(first) >= 0 || (first == '.' && nextTokenIsSingle(text, nextTok))) {
      return false;
    }
    if (Character.isLowerCase(first)) {
      return false;
    }
    return !(initial && Character.isUpperCase(first));
  }

  /** Punkt's number, {@code -?[.,]?\d[\d,.\-]*}, as the whole of {@code word}. */
  private static boolean isNumber(String word) {
    int n = word.length();
    int i = 0;
    if (i < n && word.charAt(i) == '-') {
      i++;
    }
    if (i < n && (word.charAt(i) == '.' || word.charAt(i) == ',')) {
      i++;
    }
    if (i >= n || !Character.isDigit(word.codePointAt(i))) {
      return false;
    }
    while (i < n) {
      int c = word.codePointAt(i);
      if (!Character.isDigit(c) && c != ',' && c != '.' && c != '-') {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  private static boolean nextTokenIsSingle(String text, int at) {
    return at + 1 >= text.length() || PyText.isSpace(text.charAt(at + 1));
  }
}
