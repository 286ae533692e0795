package dev.corpuskit.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The regular-expression transcription of NLTK's word tokenizer that {@link NltkWords} replaced, kept
 * as it was as the oracle of {@code NltkWordsEquivalenceTest}: the hand-written passes must give the same
 * tokens, sentence by sentence, for every text. Each rule here is NLTK's pattern as written in
 * {@code nltk/tokenize/destructive.py}, which is what makes it the easier one to check against NLTK.
 * Public for the performance harness ({@code corpus-perf}'s {@code QualityFiltersBenchmark}, which
 * measures it beside the hand-written passes), through this module's test jar.
 */
public final class NltkWordsRegexOracle {

  /** Python's {@code \s} (str patterns): {@code str.isspace}. */
  private static final String S = "[\\t\\n\\x0B\\f\\r\\x1C-\\x20\\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029"
      + "\\u202F\\u205F\\u3000]";
  /** Python's {@code \w} (str patterns): letters, numbers and the underscore. */
  private static final String W = "[\\p{L}\\p{N}_]";
  private static final String NOT_W_BEFORE = "(?<!" + W + ")";
  private static final String NOT_W_AFTER = "(?!" + W + ")";
  private static final int FLAGS = Pattern.UNIX_LINES;
  private static final int CI = FLAGS | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /**
   * One substitution; {@code triggers} are characters of which the text must hold one for the pattern to
   * match (a cheap test that skips most patterns on most sentences), or {@code needle} a lower-case
   * string it must hold.
   */
  private record Rule(Pattern pattern, String replacement, String triggers, String needle) {
    String apply(String text, String lower) {
      if (needle != null ? !lower.contains(needle) : !holdsAny(text, triggers)) {
        return text;
      }
      return pattern.matcher(text).replaceAll(replacement);
    }
  }

  private static boolean holdsAny(String text, String chars) {
    for (int i = 0; i < chars.length(); i++) {
      if (text.indexOf(chars.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static Rule rule(String triggers, String regex, String replacement) {
    return new Rule(Pattern.compile(regex, FLAGS), replacement, triggers, null);
  }

  private static Rule ci(String needle, String regex, String replacement) {
    return new Rule(Pattern.compile(regex, CI), replacement, null, needle);
  }

  private static final List<Rule> STARTING_QUOTES = List.of(
      rule("«“‘„`", "([«“‘„]|[`]+)", " $1 "),
      rule("\"", "^\"", "``"),
      rule("`", "(``)", " $1 "),
      rule("\"'", "([ (\\[{<])(\"|'{2})", "$1 `` "),
      new Rule(Pattern.compile("(')(?!re|ve|ll|m|t|s|d|n)(" + W + ")" + NOT_W_AFTER, CI), "$1 $2", "'", null));

  private static final List<Rule> PUNCTUATION = List.of(
      rule(".", "([^.])(\\.)([\\])}>\"'»”’ ]*+)" + S + "*+$", "$1 $2 $3 "),
      rule(":,", "([:,])([^\\p{Nd}])", " $1 $2"),
      rule(":,", "([:,])$", " $1 "),
      rule(".", "\\.{2,}", " $0 "),
      rule(";@#$%&", "[;@#$%&]", " $0 "),
      rule(".", "([^.])(\\.)([\\])}>\"']*+)" + S + "*+$", "$1 $2$3 "),
      rule("?!", "[?!]", " $0 "),
      rule("'", "([^'])' ", "$1 ' "),
      rule("*", "[*]", " $0 "));

  private static final Rule PARENS_BRACKETS = rule("[](){}<>", "[\\]\\[(){}<>]", " $0 ");
  private static final Rule DOUBLE_DASHES = rule("-", "--", " -- ");

  private static final List<Rule> ENDING_QUOTES = List.of(
      rule("»”’", "([»”’])", " $1 "),
      rule("'", "''", " '' "),
      rule("\"", "\"", " '' "),
      rule("'", "([^' ])('[sS]|'[mM]|'[dD]|') ", "$1 $2 "),
      rule("'", "([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) ", "$1 $2 "));

  /** Where NLTK's ending-quote rules fold every run of whitespace ({@code \s+}) into one space. */
  private static final int SPACE_RULE = 3;

  /** NLTK's {@code re.sub(r"\s+", " ", text)}. */
  private static String collapseSpace(String text) {
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

  private static final List<Rule> CONTRACTIONS = List.of(
      ci("cannot", NOT_W_BEFORE + "(can)(not)" + NOT_W_AFTER, " $1 $2 "),
      ci("d'ye", NOT_W_BEFORE + "(d)('ye)" + NOT_W_AFTER, " $1 $2 "),
      ci("gimme", NOT_W_BEFORE + "(gim)(me)" + NOT_W_AFTER, " $1 $2 "),
      ci("gonna", NOT_W_BEFORE + "(gon)(na)" + NOT_W_AFTER, " $1 $2 "),
      ci("gotta", NOT_W_BEFORE + "(got)(ta)" + NOT_W_AFTER, " $1 $2 "),
      ci("lemme", NOT_W_BEFORE + "(lem)(me)" + NOT_W_AFTER, " $1 $2 "),
      ci("more'n", NOT_W_BEFORE + "(more)('n)" + NOT_W_AFTER, " $1 $2 "),
      ci("wanna", NOT_W_BEFORE + "(wan)(na)(?=" + S + ")", " $1 $2 "),
      ci(" 'tis", " ('t)(is)" + NOT_W_AFTER, " $1 $2 "),
      ci(" 'twas", " ('t)(was)" + NOT_W_AFTER, " $1 $2 "));

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
  private static final Pattern NUMBER = Pattern.compile("-?[.,]?\\p{Nd}[\\p{Nd},.\\-]*");

  private NltkWordsRegexOracle() {}

  /** The tokens of {@code text}, in order. */
  public static List<String> tokenize(String text) {
    List<String> tokens = new ArrayList<>();
    for (String sentence : sentences(text)) {
      splitSpace(treebank(sentence), tokens);
    }
    return tokens;
  }

  /** One sentence through NLTK's word-token rules, as one string of space-separated tokens. */
  static String treebank(String sentence) {
    String text = sentence;
    for (Rule r : STARTING_QUOTES) {
      text = r.apply(text, null);
    }
    for (Rule r : PUNCTUATION) {
      text = r.apply(text, null);
    }
    text = PARENS_BRACKETS.apply(text, null);
    text = DOUBLE_DASHES.apply(text, null);
    text = " " + text + " ";
    for (int k = 0; k < ENDING_QUOTES.size(); k++) {
      if (k == SPACE_RULE) {
        text = collapseSpace(text);
      }
      text = ENDING_QUOTES.get(k).apply(text, null);
    }
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    for (Rule r : CONTRACTIONS) {
      text = r.apply(text, lower);
    }
    return text;
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

  private static final Pattern REALIGN = Pattern.compile("[\"')\\]}]+?(?:" + S + "+|(?=--)|$)", FLAGS);

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
      Matcher m = REALIGN.matcher(text).region(next[0], Math.max(next[0], next[1]));
      if (m.lookingAt()) {
        String moved = PyText.rstrip(m.group());
        sentences.add(text.substring(start, next[0] + moved.length()));
        realign = m.end() - next[0];
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
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    int hyphen = lower.lastIndexOf('-');
    if (ABBREVIATIONS.contains(lower) || (hyphen >= 0 && ABBREVIATIONS.contains(lower.substring(hyphen + 1)))) {
      return false;
    }
    boolean initial = word.codePointCount(0, word.length()) == 1 && Character.isLetter(word.codePointAt(0));
    boolean number = NUMBER.matcher(lower).matches();
    if (!initial && !number) {
      return true;
    }
    if (nextTok < 0) {
      return !";:,.!?".contains(String.valueOf(text.charAt(at + 1)));
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

  private static boolean nextTokenIsSingle(String text, int at) {
    return at + 1 >= text.length() || PyText.isSpace(text.charAt(at + 1));
  }
}
