package dev.corpuskit.clean.steps;

import dev.corpuskit.clean.Language;
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
  /** The last word of every policy word or phrase: a phrase can end only at one of these. */
  private final Set<String> policyEnds = new HashSet<>();
  private final Set<String> publisher = new HashSet<>();
  /** The publisher's phrases ("this website"), which {@link #namesItself} finds; {@link #count} does not. */
  private final Set<String> publisherPhrases = new HashSet<>();
  private int longestPublisherPhrase = 0;
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
   * Counts the words of {@code text}: all of them, the policy words (a phrase counts once: a word that
   * ends a phrase counts unless a counted word or phrase ends inside it) and the publisher's and the
   * reader's words. One pass, keeping only the last few words, so that a line of any length is cheap.
   */
  Counts count(String text) {
    String[] recent = new String[longestPhrase]; // the last words, lower-cased, most recent at [0]
    int words = 0;
    int policyCount = 0;
    int publisherCount = 0;
    int readerCount = 0;
    int sinceCounted = Integer.MAX_VALUE; // words since the last counted policy word or phrase
    StringBuilder word = new StringBuilder();
    boolean capitals = true;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        capitals &= !Character.isLowerCase(c);
        word.append(Character.toLowerCase(c));
        continue;
      }
      if ((c == '\'' || c == '’') && word.length() > 0) {
        word.append('\'');
        continue;
      }
      if (word.length() == 0) {
        continue;
      }
      String lower = trimApostrophes(word);
      // a word in capitals, two or more, is an abbreviation ("US") rather than the pronoun it spells
      boolean abbreviation = capitals && lower.length() >= 2;
      word.setLength(0);
      capitals = true;
      words++;
      System.arraycopy(recent, 0, recent, 1, recent.length - 1);
      recent[0] = lower;
      sinceCounted = sinceCounted == Integer.MAX_VALUE ? sinceCounted : sinceCounted + 1;
      if (publisher.contains(lower) && !abbreviation) {
        publisherCount++;
      } else if (reader.contains(lower)) {
        readerCount++;
      }
      if (endsPhrase(recent, Math.min(words, sinceCounted))) {
        policyCount++;
        sinceCounted = 0;
      }
    }
    return new Counts(words, policyCount, publisherCount, readerCount);
  }

  /** Whether the last {@code available} or fewer words of {@code recent} end with a policy phrase. */
  private boolean endsPhrase(String[] recent, int available) {
    if (available < 1 || !policyEnds.contains(recent[0])) {
      return false; // most words end no phrase: one lookup instead of building every phrase
    }
    StringBuilder phrase = new StringBuilder();
    for (int length = 1; length <= Math.min(available, recent.length); length++) {
      if (length > 1) {
        phrase.insert(0, ' ');
      }
      phrase.insert(0, recent[length - 1]);
      if (policy.contains(phrase.toString())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code text} holds a phrase by which the site names itself ("this website", "this site"):
   * a notice can speak of the site without "we" or "our" ("This website stores data such as cookies...").
   */
  boolean namesItself(String text) {
    if (publisherPhrases.isEmpty()) {
      return false;
    }
    List<String> all = words(text);
    for (int start = 0; start < all.size(); start++) {
      StringBuilder phrase = new StringBuilder(all.get(start));
      for (int end = start + 1; end < Math.min(all.size(), start + longestPublisherPhrase); end++) {
        phrase.append(' ').append(all.get(end));
        if (publisherPhrases.contains(phrase.toString())) {
          return true;
        }
      }
    }
    return false;
  }

  private void addPublisherPhrase(String phrase) {
    publisherPhrases.add(phrase);
    longestPublisherPhrase = Math.max(longestPublisherPhrase, 1 + (int) phrase.chars().filter(c -> c == ' ').count());
  }

  /** The lower-cased runs of letters, digits and apostrophes of {@code text}, with ’ read as '. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        word.append(Character.toLowerCase(c));
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
    for (String line : Language.dataLines(code, "policy-words.tsv")) {
      int tab = line.indexOf('\t');
      String phrase = tab < 0 ? "" : String.join(" ", words(line.substring(tab + 1)));
      Set<String> kind = tab < 0 ? null : switch (line.substring(0, tab)) {
        case "policy" -> words.policy;
        case "publisher" -> words.publisher;
        case "reader" -> words.reader;
        default -> null;
      };
      if (kind == null || phrase.isEmpty() || (kind == words.reader && phrase.indexOf(' ') >= 0)) {
        throw new IllegalStateException("malformed policy-words line for '" + code + "': " + line);
      }
      if (kind == words.publisher && phrase.indexOf(' ') >= 0) {
        words.addPublisherPhrase(phrase.toLowerCase(Locale.ROOT));
        continue;
      }
      kind.add(phrase.toLowerCase(Locale.ROOT));
      if (kind == words.policy) {
        String last = phrase.substring(phrase.lastIndexOf(' ') + 1);
        words.policyEnds.add(last.toLowerCase(Locale.ROOT));
      }
      words.longestPhrase = Math.max(words.longestPhrase, 1 + (int) phrase.chars().filter(c -> c == ' ').count());
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
