package dev.corpuskit.clean.steps;

import dev.corpuskit.lang.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The policy vocabulary of a language, read from the resource
 * {@code dev/corpuskit/lang/<language>/policy-words.tsv}: policy words and phrases (cookies, opt out,
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
  /** The last word of each publisher phrase: a line without one of them holds no such phrase. */
  private final Set<String> publisherPhraseEnds = new HashSet<>();
  /** {@link #publisherPhraseEnds} with the char each is looked for at, built at first use. */
  private volatile PhraseEnd[] phraseEnds;
  private final Set<String> reader = new HashSet<>();
  private int longestPhrase = 1;
  /** The chars that lower-case to the rarest char of a publisher word, and where that char is in them. */
  private char[] anchors;
  private int[][] anchorOffsets;
  /** The vocabulary by word id, built at first use, once loading is done. */
  private volatile Index index;

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
   * reader's words. One pass, keeping only the ids of the last few words ({@link Index}), so that a
   * line of any length is cheap and no word becomes a string.
   */
  Counts count(String text) {
    Index index = index();
    int[] recent = new int[longestPhrase]; // the ids of the last words, most recent at [0]
    Arrays.fill(recent, WordIds.NONE);
    char[] word = new char[32]; // the current word, lower-cased, apostrophes read as '
    int length = 0;
    int words = 0;
    int policyCount = 0;
    int publisherCount = 0;
    int readerCount = 0;
    int sinceCounted = Integer.MAX_VALUE; // words since the last counted policy word or phrase
    boolean capitals = true;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      char lower;
      if (c < 0x80) { // ASCII without the Character tables: same answers
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
          capitals &= c > 'z' || c < 'a';
          lower = c;
        } else if (c >= 'A' && c <= 'Z') {
          lower = (char) (c + ('a' - 'A'));
        } else {
          lower = 0;
        }
      } else if (Character.isLetterOrDigit(c)) {
        capitals &= !Character.isLowerCase(c);
        lower = Character.toLowerCase(c);
      } else {
        lower = 0;
      }
      if (lower == 0 && (c == '\'' || c == '’') && length > 0) {
        lower = '\'';
      }
      if (lower != 0) {
        if (length == word.length) {
          word = Arrays.copyOf(word, length * 2);
        }
        word[length++] = lower;
        continue;
      }
      if (length == 0) {
        continue;
      }
      int end = length;
      while (end > 1 && word[end - 1] == '\'') {
        end--;
      }
      // a word in capitals, two or more, is an abbreviation ("US") rather than the pronoun it spells
      boolean abbreviation = capitals && end >= 2;
      int id = index.words.id(word, end);
      length = 0;
      capitals = true;
      words++;
      System.arraycopy(recent, 0, recent, 1, recent.length - 1);
      recent[0] = id;
      sinceCounted = sinceCounted == Integer.MAX_VALUE ? sinceCounted : sinceCounted + 1;
      if (id != WordIds.NONE && index.publisher[id] && !abbreviation) {
        publisherCount++;
      } else if (id != WordIds.NONE && index.reader[id]) {
        readerCount++;
      }
      if (index.endsPhrase(recent, Math.min(words, sinceCounted))) {
        policyCount++;
        sinceCounted = 0;
      }
    }
    return new Counts(words, policyCount, publisherCount, readerCount);
  }

  private Index index() {
    Index built = index;
    if (built == null) {
      built = new Index(this);
      index = built;
    }
    return built;
  }

  /**
   * The vocabulary by word id, for {@link #count}: the words of every phrase and the publisher's and
   * reader's words are numbered, a phrase is the ids of its words. Equal ids are equal words, so a
   * phrase matches the last words of a text exactly when their strings joined by spaces would.
   */
  private static final class Index {

    final WordIds words = new WordIds();
    final boolean[] publisher;
    /** The length of the longest publisher word. */
    final int longestPublisher;
    final boolean[] reader;
    /** Whether a word ends a phrase: {@link #policyEnds}. */
    final boolean[] policyEnd;
    /** By the id of their last word: the phrases, their ids last word first. */
    final int[][][] phrasesEndingWith;

    Index(PolicyWords vocabulary) {
      List<int[]> phrases = new ArrayList<>();
      for (String phrase : vocabulary.policy) {
        List<Integer> ids = new ArrayList<>(); // the ids of the phrase's words, last word first
        for (int start = 0, end; start <= phrase.length(); start = end + 1) {
          end = phrase.indexOf(' ', start);
          end = end < 0 ? phrase.length() : end;
          ids.add(0, words.add(phrase.substring(start, end)));
        }
        phrases.add(ids.stream().mapToInt(Integer::intValue).toArray());
      }
      vocabulary.policyEnds.forEach(words::add);
      vocabulary.publisher.forEach(words::add);
      vocabulary.reader.forEach(words::add);
      publisher = flags(vocabulary.publisher);
      longestPublisher = vocabulary.publisher.stream().mapToInt(String::length).max().orElse(0);
      reader = flags(vocabulary.reader);
      policyEnd = flags(vocabulary.policyEnds);
      List<List<int[]>> byEnd = new ArrayList<>();
      for (int id = 0; id < words.size(); id++) {
        byEnd.add(new ArrayList<>());
      }
      phrases.forEach(ids -> byEnd.get(ids[0]).add(ids));
      phrasesEndingWith = byEnd.stream().map(list -> list.toArray(int[][]::new)).toArray(int[][][]::new);
    }

    private boolean[] flags(Set<String> set) {
      boolean[] flags = new boolean[words.size()];
      for (String word : set) {
        char[] chars = word.toCharArray();
        flags[words.id(chars, chars.length)] = true;
      }
      return flags;
    }

    /** Whether the last {@code available} or fewer word ids of {@code recent} are a policy phrase. */
    boolean endsPhrase(int[] recent, int available) {
      int last = recent[0];
      if (available < 1 || last == WordIds.NONE || !policyEnd[last]) {
        return false; // most words end no phrase: one look-up
      }
      int most = Math.min(available, recent.length);
      for (int[] phrase : phrasesEndingWith[last]) {
        if (phrase.length <= most && Arrays.equals(phrase, 0, phrase.length, recent, 0, phrase.length)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Whether {@code text} holds a word by which the site speaks of itself, as {@link #count} counts
   * them: {@code count(text).publisher() > 0} exactly, found without reading every word. Each
   * publisher word is looked for at its rarest char ({@link Chars#rarity}): the chars that lower-case
   * to it are found with {@link String#indexOf(int, int)}, and only the word that would start where
   * that char stands in it is read ({@link #startsWord}, {@link #isPublisherAt}).
   */
  boolean holdsPublisher(String text) {
    for (int a = 0; a < anchors.length; a++) {
      char anchor = anchors[a];
      for (int at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + 1)) {
        for (int offset : anchorOffsets[a]) {
          int start = at - offset;
          if (start >= 0 && startsWord(text, start) && isPublisherAt(text, start)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code text} holds a phrase by which the site names itself ("this website", "this site"):
   * a notice can speak of the site without "we" or "our" ("This website stores data such as cookies...").
   */
  boolean namesItself(String text) {
    if (!holdsPhraseEnd(text)) {
      return false; // the cheap test first: no phrase's last word, in any case, so no phrase
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
    publisherPhraseEnds.add(phrase.substring(phrase.lastIndexOf(' ') + 1));
  }

  /**
   * Whether {@code text} holds, at a char that lower-cases to its first, a publisher phrase's last word in
   * any case ({@link String#regionMatches(boolean, int, String, int, int)}). Each word is looked for at
   * its rarest char ({@link PhraseEnd}) with {@link String#indexOf(int, int)}, and compared only there.
   */
  private boolean holdsPhraseEnd(String text) {
    for (PhraseEnd end : phraseEnds()) {
      String word = end.word();
      char first = word.charAt(0);
      for (char spelling : end.spellings()) {
        for (int at = text.indexOf(spelling); at >= 0; at = text.indexOf(spelling, at + 1)) {
          int start = at - end.anchor();
          if (start >= 0 && start <= text.length() - word.length()
              && Character.toLowerCase(text.charAt(start)) == first
              && text.regionMatches(true, start, word, 0, word.length())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private PhraseEnd[] phraseEnds() {
    PhraseEnd[] built = phraseEnds;
    if (built == null) {
      built = publisherPhraseEnds.stream().map(PhraseEnd::of).toArray(PhraseEnd[]::new);
      phraseEnds = built;
    }
    return built;
  }

  /**
   * The last word of a publisher phrase, with its rarest letter or digit ({@link Chars#rarity}) at
   * {@code anchor} and every char that {@code regionMatches} in any case takes for that one.
   */
  private record PhraseEnd(String word, int anchor, char[] spellings) {

    static PhraseEnd of(String word) {
      int rarest = 0;
      for (int k = 1; k < word.length(); k++) {
        if (Character.isLetterOrDigit(word.charAt(k))
            && (!Character.isLetterOrDigit(word.charAt(rarest))
                || Chars.rarity(word.charAt(k)) > Chars.rarity(word.charAt(rarest)))) {
          rarest = k;
        }
      }
      String anchor = word.substring(rarest, rarest + 1);
      StringBuilder spellings = new StringBuilder();
      for (int x = 0; x <= Character.MAX_VALUE; x++) {
        if (String.valueOf((char) x).regionMatches(true, 0, anchor, 0, 1)) {
          spellings.append((char) x);
        }
      }
      return new PhraseEnd(word, rarest, spellings.toString().toCharArray());
    }
  }

  /**
   * Whether a word starts at {@code text[at]}, a letter or digit: no letter or digit before it, nor
   * one before the apostrophes before it ("x'we" is one word).
   */
  private static boolean startsWord(String text, int at) {
    int before = at - 1;
    while (before >= 0 && (text.charAt(before) == '\'' || text.charAt(before) == '’')) {
      before--;
    }
    return before < 0 || !Character.isLetterOrDigit(text.charAt(before));
  }

  /** Whether the word read from {@code text[at]} on, as {@link #count} reads one, is a publisher's. */
  private boolean isPublisherAt(String text, int at) {
    Index index = index();
    char[] word = new char[index.longestPublisher];
    int length = 0;
    int letters = 0; // the length without trailing apostrophes
    boolean capitals = true;
    for (int i = at; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean letter = Character.isLetterOrDigit(c);
      if (!letter && c != '\'' && c != '’') {
        break;
      }
      if (length == word.length) {
        if (letter) {
          return false; // longer than any publisher word
        }
        continue; // a trailing apostrophe, or one before a letter that makes it too long
      }
      if (letter) {
        capitals &= !Character.isLowerCase(c);
        word[length++] = Character.toLowerCase(c);
        letters = length;
      } else {
        word[length++] = '\'';
      }
    }
    int id = index.words.id(word, letters);
    return id != WordIds.NONE && index.publisher[id] && !(capitals && letters >= 2);
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
    words.anchorPublisherWords();
    return words;
  }

  /** Sets {@link #anchors}: per publisher word, its rarest char, spelt as any char lower-casing to it. */
  private void anchorPublisherWords() {
    Map<Character, Set<Integer>> offsets = new TreeMap<>();
    for (String word : publisher) {
      int rarest = 0; // a letter or digit: an apostrophe has two spellings, other chars none
      for (int k = 1; k < word.length(); k++) {
        if (Character.isLetterOrDigit(word.charAt(k))
            && Chars.rarity(word.charAt(k)) > Chars.rarity(word.charAt(rarest))) {
          rarest = k;
        }
      }
      for (char spelling : Chars.lowerCasingTo(word.charAt(rarest))) {
        offsets.computeIfAbsent(spelling, c -> new TreeSet<>()).add(rarest);
      }
    }
    anchors = new char[offsets.size()];
    anchorOffsets = new int[offsets.size()][];
    int a = 0;
    for (Map.Entry<Character, Set<Integer>> entry : offsets.entrySet()) {
      anchors[a] = entry.getKey();
      anchorOffsets[a++] = entry.getValue().stream().mapToInt(Integer::intValue).toArray();
    }
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
