package dev.corpuskit.clean.steps;

import dev.corpuskit.clean.Language;
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
 * The policy vocabulary of a language, read from the resource
 * {@code dev/corpuskit/clean/<language>/policy-words.tsv}: policy words and phrases (cookies, opt out,
 * affiliate, journalism...), the words by which a site speaks of itself (we, our) and those by which it
 * speaks to its reader (you, your). A language without the file has none, and no line is policy text.
 */
final class PolicyWords {

  private static final Map<String, PolicyWords> LOADED = new ConcurrentHashMap<>();

  private final Set<String> policy = new HashSet<>();
  private final Set<String> publisher = new HashSet<>();
  private final Set<String> reader = new HashSet<>();
  private int longestPhrase = 1;

  private PolicyWords() {}

  /** The vocabulary of {@code language}, loaded once. */
  static PolicyWords of(Language language) {
    return LOADED.computeIfAbsent(language.code(), PolicyWords::load);
  }

  /** Whether there are no policy words: no line can be policy text. */
  boolean isEmpty() {
    return policy.isEmpty();
  }

  /**
   * Counts the words of {@code text}: all of them, the policy words (a phrase counts once, the
   * longest at each place) and the publisher's and the reader's words.
   */
  Counts count(String text) {
    List<String> asWritten = words(text, false);
    List<String> words = new ArrayList<>(asWritten.size());
    int policyCount = 0;
    int publisherCount = 0;
    int readerCount = 0;
    for (String written : asWritten) {
      String word = written.toLowerCase(Locale.ROOT);
      words.add(word);
      if (publisher.contains(word) && !isAbbreviation(written)) {
        publisherCount++;
      } else if (reader.contains(word)) {
        readerCount++;
      }
    }
    int i = 0;
    while (i < words.size()) {
      int matched = phraseAt(words, i);
      if (matched > 0) {
        policyCount++;
        i += matched;
      } else {
        i++;
      }
    }
    return new Counts(words.size(), policyCount, publisherCount, readerCount);
  }

  /** The length in words of the longest policy phrase at {@code words[start]}, or 0. */
  private int phraseAt(List<String> words, int start) {
    for (int length = Math.min(longestPhrase, words.size() - start); length >= 1; length--) {
      String phrase = length == 1 ? words.get(start) : String.join(" ", words.subList(start, start + length));
      if (policy.contains(phrase)) {
        return length;
      }
    }
    return 0;
  }

  /**
   * Whether {@code word} is written in capitals, two or more: an abbreviation ("US") rather than the
   * pronoun it spells.
   */
  private static boolean isAbbreviation(String word) {
    if (word.length() < 2) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLowerCase(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The lower-cased runs of letters, digits and apostrophes of {@code text}, with ’ read as '. */
  static List<String> words(String text) {
    return words(text, true);
  }

  private static List<String> words(String text, boolean lowerCase) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        word.append(lowerCase ? Character.toLowerCase(c) : c);
      } else if ((c == '\'' || c == '’') && word.length() > 0) {
        word.append('\'');
      } else if (word.length() > 0) {
        words.add(trimApostrophes(word));
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(trimApostrophes(word));
    }
    return words;
  }

  private static String trimApostrophes(StringBuilder word) {
    int end = word.length();
    while (end > 1 && word.charAt(end - 1) == '\'') {
      end--;
    }
    return word.substring(0, end);
  }

  private static PolicyWords load(String code) {
    PolicyWords words = new PolicyWords();
    String resource = "/dev/corpuskit/clean/" + code + "/policy-words.tsv";
    InputStream in = PolicyWords.class.getResourceAsStream(resource);
    if (in == null) {
      return words;
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        String phrase = tab < 0 ? "" : String.join(" ", words(line.substring(tab + 1)));
        Set<String> kind = tab < 0 ? null : switch (line.substring(0, tab)) {
          case "policy" -> words.policy;
          case "publisher" -> words.publisher;
          case "reader" -> words.reader;
          default -> null;
        };
        if (kind == null || phrase.isEmpty() || (kind != words.policy && phrase.indexOf(' ') >= 0)) {
          throw new IllegalStateException("malformed policy-words line for '" + code + "': " + line);
        }
        kind.add(phrase.toLowerCase(Locale.ROOT));
        words.longestPhrase = Math.max(words.longestPhrase, 1 + (int) phrase.chars().filter(c -> c == ' ').count());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return words;
  }

  /**
   * The word counts of one line.
   *
   * @param words all words
   * @param policy policy words and phrases
   * @param publisher words by which the site speaks of itself
   * @param reader words by which the site speaks to its reader
   */
  record Counts(int words, int policy, int publisher, int reader) {}
}
