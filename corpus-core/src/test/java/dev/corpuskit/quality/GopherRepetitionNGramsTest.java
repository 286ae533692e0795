package dev.corpuskit.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link GopherRepetition#duplicatedNGramChars} counts what datatrove's {@code find_all_duplicate}
 * does, which keeps each n-gram as its tokens joined without separator in a set of strings: checked
 * against that definition, written out here, on random tokens from a tiny alphabet, so that windows
 * repeat often and differently split tokens join to the same string ({@code ab c} and {@code a bc}).
 */
class GopherRepetitionNGramsTest {

  /** datatrove's {@code find_all_duplicate(words, n)}, transcribed with a set of joined strings. */
  private static long reference(List<String> words, int[] lengths, int n) {
    Set<String> seen = new HashSet<>();
    long repeated = 0;
    int idx = 0;
    while (idx < words.size() - n + 1) {
      String gram = String.join("", words.subList(idx, idx + n));
      if (!seen.add(gram)) {
        for (int k = idx; k < idx + n; k++) {
          repeated += lengths[k];
        }
        idx += n;
      } else {
        idx++;
      }
    }
    return repeated;
  }

  @Test
  void countsWhatASetOfJoinedStringsCounts() {
    String[] pieces = {"a", "b", "ab", "ba", "", "aa", "\uD83D\uDE00", "é"};
    SplittableRandom random = new SplittableRandom(21);
    int nonZero = 0;
    for (int round = 0; round < 3000; round++) {
      List<String> words = new ArrayList<>();
      int size = random.nextInt(40);
      for (int i = 0; i < size; i++) {
        StringBuilder word = new StringBuilder();
        for (int p = random.nextInt(3); p >= 0; p--) {
          word.append(pieces[random.nextInt(pieces.length)]);
        }
        words.add(word.toString());
      }
      int[] lengths = words.stream().mapToInt(PyText::length).toArray();
      for (int n = 1; n <= 10; n++) {
        long expected = reference(words, lengths, n);
        assertThat(GopherRepetition.duplicatedNGramChars(words, lengths, n)).as("%s, n=%d", words, n)
            .isEqualTo(expected);
        nonZero += expected > 0 ? 1 : 0;
      }
    }
    assertThat(nonZero).isGreaterThan(1000); // the inputs do repeat
  }

  @Test
  void differentlySplitTokensJoinToTheSameNGram() {
    List<String> words = List.of("ab", "c", "x", "a", "bc");
    int[] lengths = {2, 1, 1, 1, 2};
    // "abc" at 0 is seen again at 3 ("a" + "bc"): 3 chars repeated.
    assertThat(GopherRepetition.duplicatedNGramChars(words, lengths, 2)).isEqualTo(3);
  }
}
