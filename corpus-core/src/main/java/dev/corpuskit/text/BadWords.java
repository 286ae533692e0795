package dev.corpuskit.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A bad-words list matched as C4 matches it: TensorFlow Datasets' {@code get_badwords_filter_fn} and
 * datatrove's {@code C4BadWordsFilter} search the lower-cased text with
 * {@code (?:\W|^)(w1|w2|…)(?:\W|$)}, each entry escaped, so an entry (one word or several, spaces and
 * all, or a symbol such as {@code 🖕}) matches where it starts at the text's start or after a non-word
 * character and ends at the text's end or before one. Python's word characters ({@code \w} on a
 * {@code str}) are letters, numbers (every {@code N} category) and {@code _}; combining marks are not.
 * The list is searched entry by entry at each such start, which finds a match exactly when the
 * regular expression does, without its backtracking over hundreds of alternatives.
 */
public final class BadWords {

  private static final String ENGLISH = "c4-badwords-en.txt";

  private static volatile BadWords english;

  /** The entries, by their first UTF-16 unit. */
  private final Map<Character, List<String>> byFirst = new HashMap<>();
  private final int size;

  /** A list of {@code entries}, each lower case; blank entries are ignored. */
  public BadWords(Iterable<String> entries) {
    Set<String> unique = new LinkedHashSet<>();
    for (String entry : entries) {
      String word = C4Text.strip(entry);
      if (!word.isEmpty()) {
        unique.add(word);
      }
    }
    for (String word : unique) {
      byFirst.computeIfAbsent(word.charAt(0), c -> new ArrayList<>()).add(word);
    }
    size = unique.size();
  }

  /** The English list C4 uses (LDNOOBW {@code en} at commit 25e679f, CC-BY-4.0), read once. */
  public static BadWords english() {
    BadWords list = english;
    if (list == null) {
      synchronized (BadWords.class) {
        list = english;
        if (list == null) {
          list = new BadWords(read(ENGLISH));
          english = list;
        }
      }
    }
    return list;
  }

  private static List<String> read(String resource) {
    List<String> entries = new ArrayList<>();
    try (InputStream in = BadWords.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource dev/corpuskit/text/" + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.startsWith("#")) {
          entries.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  /** How many entries the list holds. */
  public int size() {
    return size;
  }

  /**
   * The index in {@code lowerCased} (already lower-cased, as the reference lower-cases the text) at
   * which an entry matches, the first such start; -1 when none does.
   */
  public int find(String lowerCased) {
    int n = lowerCased.length();
    for (int start = 0; start < n; start++) {
      List<String> candidates = byFirst.get(lowerCased.charAt(start));
      if (candidates == null || (start > 0 && isWordChar(lowerCased.codePointBefore(start)))) {
        continue;
      }
      for (String word : candidates) {
        int end = start + word.length();
        if (lowerCased.startsWith(word, start) && (end == n || !isWordChar(lowerCased.codePointAt(end)))) {
          return start;
        }
      }
    }
    return -1;
  }

  /** The entry matching at {@code start} of {@code lowerCased}, as {@link #find} found it. */
  public String entryAt(String lowerCased, int start) {
    int n = lowerCased.length();
    for (String word : byFirst.getOrDefault(lowerCased.charAt(start), List.of())) {
      int end = start + word.length();
      if (lowerCased.startsWith(word, start) && (end == n || !isWordChar(lowerCased.codePointAt(end)))) {
        return word;
      }
    }
    return null;
  }

  /** A word character of Python's {@code \w} on a {@code str}: a letter, a number or {@code _}. */
  static boolean isWordChar(int cp) {
    if (cp == '_') {
      return true;
    }
    int type = Character.getType(cp);
    return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
