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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The language data the cleaner needs: stop words and the boilerplate lexicon, read from the resources
 * {@code dev/corpuskit/lang/<code>/stopwords.txt} and {@code .../boilerplate.tsv}. Adding a language
 * means adding those two files.
 *
 * @param code the language code, such as {@code en}
 * @param stopWords lower-case stop words
 * @param lexicon boilerplate rules, in match order
 * @param script the script the language is written in, taken from its stop words
 */
public record Language(
    String code, Set<String> stopWords, List<LexiconRule> lexicon, Character.UnicodeScript script) {

  /** The default language code. */
  public static final String ENGLISH = "en";

  private static final Map<String, Language> LOADED = new ConcurrentHashMap<>();

  public Language {
    stopWords = Set.copyOf(stopWords);
    lexicon = List.copyOf(lexicon);
  }

  /**
   * The resources of {@code code}, loaded once.
   *
   * @throws IllegalArgumentException when there are none for {@code code}
   */
  public static Language of(String code) {
    return LOADED.computeIfAbsent(code, Language::load);
  }

  /** Whether resources exist for {@code code}. */
  public static boolean isSupported(String code) {
    return code.matches("[a-z]{2,3}") && Language.class.getResource(path(code, "stopwords.txt")) != null;
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
    if (!isSupported(code)) {
      throw new IllegalArgumentException("no cleaning resources for language '" + code + "'");
    }
    Set<String> stopWords = new HashSet<>();
    for (String line : lines(path(code, "stopwords.txt"))) {
      stopWords.add(line.strip().toLowerCase(Locale.ROOT));
    }
    List<LexiconRule> lexicon = new ArrayList<>();
    for (String line : lines(path(code, "boilerplate.tsv"))) {
      String[] fields = line.split("\t", 3);
      if (fields.length != 3 || !(fields[1].equals("line") || fields[1].equals("tail"))) {
        throw new IllegalStateException("malformed lexicon line for '" + code + "': " + line);
      }
      lexicon.add(new LexiconRule(fields[0], Pattern.compile(fields[2]), fields[1].equals("tail")));
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
    InputStream in = Language.class.getResourceAsStream(resource);
    if (in == null) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line);
        }
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
  public record LexiconRule(String id, Pattern pattern, boolean cutsTail) {}
}
