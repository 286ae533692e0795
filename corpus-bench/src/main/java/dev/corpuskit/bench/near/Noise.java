package dev.corpuskit.bench.near;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The edits a story goes through when it is republished, each deterministic for the random source it
 * is given: a site's own header and footer lines around it, words substituted (by words of the same
 * corpus), OCR-like character noise, a paragraph moved or dropped, the tail cut.
 *
 * <p>A word is what the index sees as one ({@link dev.corpuskit.near.Shingles#words}): a run of
 * letters and digits. Word edits change exactly the number of words asked for, each of them so that
 * its lower-cased form differs, and never split or join words, so the word count of the text stays
 * what it was.
 */
public final class Noise {

  /** Lines a republishing site puts above a story. */
  static final List<String> HEADERS = List.of(
      "Skip to main content",
      "Home | News | World | Business | Opinion | Sport | Weather",
      "Advertisement",
      "By Staff and wire reports | Updated 6:42 PM EST",
      "Listen to this article 4 min",
      "This article is more than 1 year old",
      "Published by the Associated Press. Share on Facebook, Twitter or email.",
      "BREAKING NEWS",
      "Subscribe now for unlimited access to local news",
      "From our partners at Reuters");

  /** Lines a republishing site puts below a story. */
  static final List<String> FOOTERS = List.of(
      "Copyright 2023 The Associated Press. All rights reserved. This material may not be published,"
          + " broadcast, rewritten or redistributed.",
      "Sign up for our daily newsletter to get the latest headlines delivered to your inbox.",
      "Share this story: Facebook Twitter LinkedIn Email",
      "Related coverage",
      "Read more: the stories everyone is talking about today",
      "Have a news tip? Contact our newsroom.",
      "Comments are closed for this article.",
      "Follow us on Instagram and YouTube for more updates",
      "The views expressed here are those of the author.",
      "Advertisement");

  private Noise() {}

  /** A text with part of its words cut, and how many words were cut. */
  public record Cut(String text, int droppedWords) {}

  /** The [start, end) character spans of the words of {@code text}. */
  static List<int[]> wordSpans(String text) {
    List<int[]> spans = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        spans.add(new int[] {start, i});
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      spans.add(new int[] {start, text.length()});
    }
    return spans;
  }

  /** The number of words of {@code text}. */
  public static int words(String text) {
    return wordSpans(text).size();
  }

  /** {@code text} between a header block (1 or 2 lines) and a footer block (1 or 2 lines). */
  public static String frame(String text, SplittableRandom random) {
    StringBuilder framed = new StringBuilder();
    for (String line : pickLines(HEADERS, 1 + random.nextInt(2), random)) {
      framed.append(line).append("\n\n");
    }
    framed.append(text.strip());
    for (String line : pickLines(FOOTERS, 1 + random.nextInt(2), random)) {
      framed.append("\n\n").append(line);
    }
    return framed.toString();
  }

  /**
   * {@code text} with {@code substitutions} words replaced by words of {@code vocabulary} and
   * {@code ocr} other words given a character error (two letters swapped, one dropped, or a look-alike
   * such as {@code rn} for {@code m}); the words are distinct and chosen at random.
   *
   * @throws IllegalArgumentException if the text has fewer words than asked for
   */
  public static String touch(String text, int substitutions, int ocr, List<String> vocabulary,
      SplittableRandom random) {
    List<int[]> spans = wordSpans(text);
    List<Integer> eligibleForOcr = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      if (spans.get(i)[1] - spans.get(i)[0] >= 2) {
        eligibleForOcr.add(i);
      }
    }
    if (substitutions < 0 || ocr < 0 || substitutions + ocr > spans.size() || ocr > eligibleForOcr.size()) {
      throw new IllegalArgumentException("cannot touch " + substitutions + " + " + ocr + " of "
          + spans.size() + " words");
    }
    // OCR errors first, among the words of two characters or more; substitutions among the rest.
    String[] replacement = new String[spans.size()];
    int[] ocrWords = sample(eligibleForOcr.size(), ocr, random);
    for (int k : ocrWords) {
      int w = eligibleForOcr.get(k);
      replacement[w] = ocrError(text.substring(spans.get(w)[0], spans.get(w)[1]), random);
    }
    List<Integer> rest = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      if (replacement[i] == null) {
        rest.add(i);
      }
    }
    for (int k : sample(rest.size(), substitutions, random)) {
      int w = rest.get(k);
      replacement[w] = substitute(text.substring(spans.get(w)[0], spans.get(w)[1]), vocabulary, random);
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    int at = 0;
    for (int i = 0; i < spans.size(); i++) {
      if (replacement[i] != null) {
        out.append(text, at, spans.get(i)[0]).append(replacement[i]);
        at = spans.get(i)[1];
      }
    }
    return out.append(text, at, text.length()).toString();
  }

  /** {@code text} with one paragraph (a non-blank line) moved to another place; unchanged below 3. */
  public static String moveParagraph(String text, SplittableRandom random) {
    List<String> paragraphs = paragraphs(text);
    if (paragraphs.size() < 3) {
      return text;
    }
    int from = random.nextInt(paragraphs.size());
    String moved = paragraphs.remove(from);
    int to = random.nextInt(paragraphs.size());
    paragraphs.add(to >= from ? to + 1 : to, moved);
    return String.join("\n\n", paragraphs);
  }

  /**
   * {@code text} without one paragraph of at most {@code maxWords} words (chosen at random among those
   * that have a word); {@code null} when no paragraph is that short or the text has only one.
   */
  public static Cut dropParagraph(String text, int maxWords, SplittableRandom random) {
    List<String> paragraphs = paragraphs(text);
    List<Integer> eligible = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      int words = words(paragraphs.get(i));
      if (words > 0 && words <= maxWords) {
        eligible.add(i);
      }
    }
    if (paragraphs.size() < 2 || eligible.isEmpty()) {
      return null;
    }
    String dropped = paragraphs.remove((int) eligible.get(random.nextInt(eligible.size())));
    return new Cut(String.join("\n\n", paragraphs), words(dropped));
  }

  /** {@code text} cut after its {@code keepWords}-th word (the whole text if it has no more). */
  public static Cut truncate(String text, int keepWords) {
    List<int[]> spans = wordSpans(text);
    if (keepWords >= spans.size()) {
      return new Cut(text, 0);
    }
    int end = keepWords == 0 ? 0 : spans.get(keepWords - 1)[1];
    return new Cut(text.substring(0, end), spans.size() - keepWords);
  }

  /** The non-blank lines of {@code text}, stripped. */
  static List<String> paragraphs(String text) {
    List<String> paragraphs = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        paragraphs.add(line.strip());
      }
    }
    return paragraphs;
  }

  private static String substitute(String word, List<String> vocabulary, SplittableRandom random) {
    String lower = word.toLowerCase(Locale.ROOT);
    for (int attempt = 0; attempt < 100; attempt++) {
      String candidate = vocabulary.get(random.nextInt(vocabulary.size()));
      if (!candidate.toLowerCase(Locale.ROOT).equals(lower)) {
        return Character.isUpperCase(word.charAt(0))
            ? candidate.substring(0, 1).toUpperCase(Locale.ROOT) + candidate.substring(1) : candidate;
      }
    }
    return word + "x"; // a vocabulary of one word: still a different word
  }

  /** {@code word} (two characters or more) with one character error that changes its lower-cased form. */
  static String ocrError(String word, SplittableRandom random) {
    String lower = word.toLowerCase(Locale.ROOT);
    for (int attempt = 0; attempt < 10; attempt++) {
      String noisy = switch (random.nextInt(3)) {
        case 0 -> { // two neighbouring characters swapped
          int i = random.nextInt(word.length() - 1);
          yield word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
        }
        case 1 -> { // a character dropped
          int i = random.nextInt(word.length());
          yield word.substring(0, i) + word.substring(i + 1);
        }
        default -> lookAlike(word, random);
      };
      if (noisy != null && !noisy.isEmpty() && !noisy.toLowerCase(Locale.ROOT).equals(lower)) {
        return noisy;
      }
    }
    return word.substring(1); // always a change for two characters or more
  }

  private static final String[][] LOOK_ALIKES = {
    {"rn", "m"}, {"m", "rn"}, {"l", "1"}, {"i", "l"}, {"e", "c"}, {"c", "e"}, {"o", "0"}, {"h", "b"},
    {"cl", "d"}, {"d", "cl"}, {"u", "v"}, {"s", "5"}};

  private static String lookAlike(String word, SplittableRandom random) {
    int start = random.nextInt(LOOK_ALIKES.length);
    for (int k = 0; k < LOOK_ALIKES.length; k++) {
      String[] pair = LOOK_ALIKES[(start + k) % LOOK_ALIKES.length];
      int at = word.indexOf(pair[0]);
      if (at >= 0) {
        return word.substring(0, at) + pair[1] + word.substring(at + pair[0].length());
      }
    }
    return null;
  }

  private static List<String> pickLines(List<String> lines, int count, SplittableRandom random) {
    List<String> picked = new ArrayList<>();
    for (int k : sample(lines.size(), count, random)) {
      picked.add(lines.get(k));
    }
    return picked;
  }

  /** {@code count} distinct indexes below {@code n}, in random order (a partial Fisher-Yates shuffle). */
  static int[] sample(int n, int count, SplittableRandom random) {
    int[] all = new int[n];
    Arrays.setAll(all, i -> i);
    for (int i = 0; i < count; i++) {
      int j = i + random.nextInt(n - i);
      int swap = all[i];
      all[i] = all[j];
      all[j] = swap;
    }
    return Arrays.copyOf(all, count);
  }
}
