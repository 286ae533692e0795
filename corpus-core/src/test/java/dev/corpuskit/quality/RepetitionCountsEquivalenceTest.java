package dev.corpuskit.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The n-gram counts of {@link GopherRepetition} (int ids and open-addressing tables) and the symbol test
 * of {@link GopherQuality} (a bit set) give what the reference's plain definitions give: n-grams as
 * strings in a {@code Counter} and a {@code set} (transcribed below), the symbols by a scan of
 * {@link GopherQuality#PUNCTUATION}.
 */
class RepetitionCountsEquivalenceTest {

  /** {@code find_top_duplicate(get_n_grams(words, n))}, n-grams joined by a space. */
  private static long referenceTop(List<String> words, int n) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int i = 0; i + n <= words.size(); i++) {
      counts.merge(String.join(" ", words.subList(i, i + n)), 1, Integer::sum);
    }
    String top = null;
    int best = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > best) {
        best = e.getValue();
        top = e.getKey();
      }
    }
    return (long) PyText.length(top) * best;
  }

  /** {@code find_all_duplicate(words, n)}, n-grams concatenated without a separator. */
  private static long referenceDuplicated(List<String> words, int n) {
    Set<String> seen = new HashSet<>();
    long repeated = 0;
    int idx = 0;
    while (idx < words.size() - n + 1) {
      String gram = String.join("", words.subList(idx, idx + n));
      if (seen.contains(gram)) {
        repeated += PyText.length(gram);
        idx += n;
      } else {
        seen.add(gram);
        idx++;
      }
    }
    return repeated;
  }

  private static void assertSameCounts(List<String> words) {
    int[] lengths = new int[words.size()];
    for (int i = 0; i < lengths.length; i++) {
      lengths[i] = PyText.length(words.get(i));
    }
    for (int n = 2; n <= 4 && n <= words.size(); n++) {
      assertThat(GopherRepetition.topNGramChars(words, lengths, n)).as("top %d-gram of %s", n, words)
          .isEqualTo(referenceTop(words, n));
    }
    for (int n = 5; n <= 10; n++) {
      assertThat(GopherRepetition.duplicatedNGramChars(words, lengths, n)).as("duplicated %d-grams of %s", n, words)
          .isEqualTo(referenceDuplicated(words, n));
    }
  }

  @Test
  void nGramCountsAgreeOnRandomTokens() {
    // Few distinct tokens, some the concatenation of others ("ab" = "a" + "b"), so that n-grams repeat,
    // tie and collide when joined without a separator.
    String[] tokens = {"a", "b", "ab", "ba", "aba", ".", "the", "\uD83D\uDE00", "é"};
    Random random = new Random(21);
    for (int i = 0; i < 5_000; i++) {
      List<String> words = new ArrayList<>();
      int size = random.nextInt(2 + i % 60);
      int alphabet = 2 + random.nextInt(tokens.length - 1);
      for (int k = 0; k < size; k++) {
        words.add(tokens[random.nextInt(alphabet)]);
      }
      assertSameCounts(words);
    }
  }

  @Test
  void nGramCountsAgreeOnBenchTexts() throws IOException {
    Path bench = Path.of("../../shared/bench");
    assumeTrue(Files.isDirectory(bench.resolve("news-extraction")),
        () -> "Skipped: no bench data at " + bench.toAbsolutePath().normalize());
    List<String> texts = NltkWordsEquivalenceTest.benchTexts(bench);
    // Every third text: the reference's strings make the whole set slow, and a third is 1,200 texts.
    int checked = 0;
    for (int i = 0; i < texts.size(); i += 3) {
      assertSameCounts(NltkWords.tokenize(texts.get(i)));
      checked++;
    }
    assertThat(checked).isGreaterThanOrEqualTo(1_000);
  }

  @Test
  void symbolTestIsAScanOfThePunctuation() {
    for (int c = 0; c <= 0xFFFF; c++) {
      String word = String.valueOf((char) c);
      assertThat(GopherQuality.isNonSymbol(word)).as("U+%04X", c)
          .isEqualTo(GopherQuality.PUNCTUATION.indexOf(c) < 0);
    }
  }
}
