package dev.corpuskit.lang;

import com.google.re2j.Pattern;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The data of one language: its stop words, its boilerplate lexicon and the word lists the cleaning
 * steps read. A language is a folder of the resources {@code dev/corpuskit/lang/<code>/}, listed by
 * code in {@code dev/corpuskit/lang/languages.txt} (a jar's folders cannot be listed, so the index
 * is what makes a folder known). The folder holds these UTF-8 files, {@code #} lines being comments:
 *
 * <ul>
 *   <li>{@code stopwords.txt} (required): one stop word a line. They judge prose by its share of stop
 *       words (the HTML extractor's density, the low-density step, whether a page is in the language
 *       at all), and their letters give the language's script.
 *   <li>{@code boilerplate.tsv}: the boilerplate step's rules, one a line: rule id, TAB, kind
 *       ({@code line} or {@code tail}), TAB, an RE2 pattern matched against the whole line after
 *       whitespace is collapsed, ends trimmed and letters lower-cased.
 *   <li>{@code article-starts.tsv}: the next-article step's stamps of a later story's start.
 *   <li>{@code policy-words.tsv}: the policy-text step's vocabulary.
 *   <li>{@code author-bio-words.tsv}: the author-bio step's vocabulary.
 *   <li>{@code photo-credit-words.tsv}: the photo-credit step's labels and link words.
 *   <li>{@code comment-thread-words.tsv}: the comment-thread step's quote headers and reply words.
 * </ul>
 *
 * <p>Every file but {@code stopwords.txt} is optional: without it, the step that reads it finds
 * nothing of its kind in the language and removes nothing. Each file's header says its format, source
 * and licence. Adding a language means adding its folder and its line in {@code languages.txt}.
 *
 * <p>A language is chosen by a BCP 47 tag; a tag with a region or script, such as {@code de-DE} or
 * {@code en-GB}, takes the folder of its primary language ({@code de}, {@code en}).
 *
 * @param code the language code, such as {@code en}: the folder's name
 * @param stopWords lower-case stop words
 * @param lexicon boilerplate rules, in match order
 * @param script the script the language is written in, taken from its stop words
 */
public record Language(
    String code, Set<String> stopWords, List<LexiconRule> lexicon, Character.UnicodeScript script) {

  /** The default language code. */
  public static final String ENGLISH = "en";

  /** The resource that lists the language folders, one code a line. */
  public static final String INDEX = "/dev/corpuskit/lang/languages.txt";

  /** A well-formed BCP 47 tag, as far as choosing a folder needs: a primary subtag, then any others. */
  private static final java.util.regex.Pattern TAG =
      java.util.regex.Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

  private static final Map<String, Language> LOADED = new ConcurrentHashMap<>();

  public Language {
    stopWords = Set.copyOf(stopWords);
    lexicon = List.copyOf(lexicon);
  }

  /**
   * The data of the language {@code tag} names, loaded once.
   *
   * @param tag a BCP 47 tag such as {@code de} or {@code de-DE}: the folder of its primary language
   * @throws UnknownLanguageException when there is no data for it, naming the known languages
   */
  public static Language of(String tag) {
    return LOADED.computeIfAbsent(codeOf(tag), Language::load);
  }

  /** Whether there is data for the language {@code tag} names. */
  public static boolean isSupported(String tag) {
    try {
      codeOf(tag);
      return true;
    } catch (UnknownLanguageException e) {
      return false;
    }
  }

  /**
   * The code of the folder of the language {@code tag} names: its primary language subtag, lower-cased
   * ({@code de} for {@code de-DE}).
   *
   * @throws UnknownLanguageException when {@code tag} is not a BCP 47 tag or there is no data for its
   *     language
   */
  public static String codeOf(String tag) {
    Objects.requireNonNull(tag, "tag");
    if (!TAG.matcher(tag).matches()) {
      throw new UnknownLanguageException(tag, "'" + tag + "' is not a BCP 47 language tag such as de or de-DE",
          known());
    }
    String code = tag.split("-", 2)[0].toLowerCase(Locale.ROOT);
    if (!known().contains(code)) {
      throw new UnknownLanguageException(tag, "unknown language '" + tag + "'", known());
    }
    return code;
  }

  /**
   * {@code tag} in its canonical case ({@code de-DE}, {@code zh-Hant-TW}), as descriptors state it.
   *
   * @throws UnknownLanguageException as {@link #codeOf} does
   */
  public static String canonicalTag(String tag) {
    codeOf(tag);
    return Locale.forLanguageTag(tag).toLanguageTag();
  }

  /** The codes of the languages there is data for, sorted: the folders {@code languages.txt} lists. */
  public static List<String> known() {
    return Index.CODES;
  }

  /** The index of the language folders, read once. */
  private static final class Index {
    static final List<String> CODES = lines(INDEX).stream().map(String::strip).sorted().toList();
  }

  /** Whether {@code word} (any case) is a stop word. */
  public boolean isStopWord(String word) {
    return stopWords.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The script most stop-word letters are written in: the script the language's text is judged in. */
  private static Character.UnicodeScript scriptOf(Set<String> stopWords) {
    Map<Character.UnicodeScript, Integer> letters = new java.util.EnumMap<>(Character.UnicodeScript.class);
    for (String word : stopWords) {
      word.codePoints().filter(Character::isLetter)
          .forEach(c -> letters.merge(Character.UnicodeScript.of(c), 1, Integer::sum));
    }
    return letters.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElse(Character.UnicodeScript.LATIN);
  }

  private static Language load(String code) {
    if (Language.class.getResource(path(code, "stopwords.txt")) == null) {
      throw new IllegalStateException(path(code, "stopwords.txt") + " is missing: " + INDEX + " lists '" + code
          + "', whose folder must hold its stop words");
    }
    Set<String> stopWords = new HashSet<>();
    for (String line : lines(path(code, "stopwords.txt"))) {
      stopWords.add(line.strip().toLowerCase(Locale.ROOT));
    }
    List<LexiconRule> lexicon = new ArrayList<>();
    String resource = path(code, "boilerplate.tsv");
    List<String> raw = rawLines(resource);
    for (int i = 0; i < raw.size(); i++) {
      LexiconRule rule;
      try {
        rule = LexiconRule.parse(resource, i + 1, raw.get(i));
      } catch (InvalidLexiconException e) {
        // The shipped data, not the user's configuration, is at fault.
        throw new IllegalStateException("broken language data: " + e.getMessage(), e);
      }
      if (rule != null) {
        lexicon.add(rule);
      }
    }
    return new Language(code, stopWords, lexicon, scriptOf(stopWords));
  }

  /**
   * The lines of the data file {@code file} of language {@code code}
   * ({@code dev/corpuskit/lang/<code>/<file>}) without blank lines and {@code #} comments; none when the
   * language has no such file.
   */
  public static List<String> dataLines(String code, String file) {
    return lines(path(code, file));
  }

  private static String path(String code, String file) {
    return "/dev/corpuskit/lang/" + code + "/" + file;
  }

  private static List<String> lines(String resource) {
    List<String> lines = new ArrayList<>();
    for (String line : rawLines(resource)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        lines.add(line);
      }
    }
    return lines;
  }

  /** Every line of {@code resource}, comments and blank lines included; none when it does not exist. */
  private static List<String> rawLines(String resource) {
    InputStream in = Language.class.getResourceAsStream(resource);
    if (in == null) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return lines;
  }

  /**
   * One boilerplate rule of the lexicon.
   *
   * @param id the rule id, audited as {@code boilerplate/<id>}
   * @param pattern matched against a whole normalised line
   * @param cutsTail whether the line opens trailing boilerplate
   */
  public record LexiconRule(String id, Pattern pattern, boolean cutsTail) {

    /** What a rule id may be: letters, digits, '.', '_' and '-', as it becomes part of an audit id. */
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /**
     * The rule on line {@code number} of the lexicon {@code file}, {@code line} being its text; null
     * for a blank line or a {@code #} comment.
     *
     * @throws InvalidLexiconException naming the file, the line and what is wrong
     */
    static LexiconRule parse(String file, int number, String line) {
      if (line.isBlank() || line.startsWith("#")) {
        return null;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length != 3) {
        throw new InvalidLexiconException(file, number, "expected 3 TAB-separated fields (rule id, kind line or"
            + " tail, RE2 pattern) but found " + fields.length + ": " + line, null);
      }
      if (!ID.matcher(fields[0]).matches()) {
        throw new InvalidLexiconException(file, number, "rule id '" + fields[0] + "' must be letters, digits, '.',"
            + " '_' or '-', starting with a letter or digit", null);
      }
      if (!fields[1].equals("line") && !fields[1].equals("tail")) {
        throw new InvalidLexiconException(file, number, "kind '" + fields[1] + "' of rule '" + fields[0]
            + "' must be line or tail", null);
      }
      if (fields[2].isEmpty()) {
        throw new InvalidLexiconException(file, number, "rule '" + fields[0] + "' has an empty pattern", null);
      }
      try {
        return new LexiconRule(fields[0], Pattern.compile(fields[2]), fields[1].equals("tail"));
      } catch (com.google.re2j.PatternSyntaxException e) {
        throw new InvalidLexiconException(file, number, "pattern of rule '" + fields[0] + "' is not RE2: "
            + e.getMessage(), e);
      }
    }

    /** The rule as a lexicon line: id, TAB, kind, TAB, pattern. */
    public String line() {
      return id + "\t" + (cutsTail ? "tail" : "line") + "\t" + pattern.pattern();
    }
  }
}
