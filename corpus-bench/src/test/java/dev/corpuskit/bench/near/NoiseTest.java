package dev.corpuskit.bench.near;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpuskit.near.Shingles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NoiseTest {

  /** Four paragraphs of 50 words each, every word distinct: w0 ... w199. */
  static final String TEXT = IntStream.range(0, 4)
      .mapToObj(p -> IntStream.range(p * 50, p * 50 + 50).mapToObj(i -> "Word" + i).collect(Collectors.joining(" ")))
      .collect(Collectors.joining("\n\n"));
  static final List<String> VOCABULARY = List.of("alpha", "beta", "gamma", "delta");

  @Test
  void touchChangesExactlyTheWordsAskedForAndKeepsTheWordCount() {
    String touched = Noise.touch(TEXT, 3, 4, VOCABULARY, new SplittableRandom(1));

    List<String> before = Shingles.words(TEXT);
    List<String> after = Shingles.words(touched);
    assertThat(after).hasSameSizeAs(before);
    List<Integer> changed = new ArrayList<>();
    for (int i = 0; i < before.size(); i++) {
      if (!before.get(i).equals(after.get(i))) {
        changed.add(i);
      }
    }
    assertThat(changed).hasSize(7);
    long substituted = changed.stream().filter(i -> VOCABULARY.contains(after.get(i))).count();
    assertThat(substituted).isEqualTo(3);
  }

  @Test
  void everyEditIsTheSameForTheSameSeed() {
    for (long seed = 0; seed < 20; seed++) {
      assertThat(Noise.touch(TEXT, 2, 2, VOCABULARY, new SplittableRandom(seed)))
          .isEqualTo(Noise.touch(TEXT, 2, 2, VOCABULARY, new SplittableRandom(seed)));
      assertThat(Noise.frame(TEXT, new SplittableRandom(seed))).isEqualTo(Noise.frame(TEXT, new SplittableRandom(seed)));
      assertThat(Noise.moveParagraph(TEXT, new SplittableRandom(seed)))
          .isEqualTo(Noise.moveParagraph(TEXT, new SplittableRandom(seed)));
    }
    assertThat(Noise.touch(TEXT, 2, 2, VOCABULARY, new SplittableRandom(1)))
        .isNotEqualTo(Noise.touch(TEXT, 2, 2, VOCABULARY, new SplittableRandom(2)));
  }

  @Test
  void anOcrErrorChangesTheWordAndKeepsItOneWord() {
    SplittableRandom random = new SplittableRandom(3);
    for (String word : List.of("modern", "is", "Hello", "aa", "illegal", "2023")) {
      for (int k = 0; k < 50; k++) {
        String noisy = Noise.ocrError(word, random);
        assertThat(noisy.toLowerCase(Locale.ROOT)).isNotEqualTo(word.toLowerCase(Locale.ROOT));
        assertThat(Noise.words(noisy)).as(noisy).isEqualTo(1);
      }
    }
  }

  @Test
  void touchRefusesMoreWordsThanTheTextHas() {
    assertThatThrownBy(() -> Noise.touch("two words", 2, 1, VOCABULARY, new SplittableRandom(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void truncateKeepsTheFirstWordsAndCountsTheRest() {
    Noise.Cut cut = Noise.truncate(TEXT, 180);

    assertThat(Shingles.words(cut.text())).isEqualTo(Shingles.words(TEXT).subList(0, 180));
    assertThat(cut.droppedWords()).isEqualTo(20);
    assertThat(Noise.truncate(TEXT, 500).droppedWords()).isZero();
  }

  @Test
  void dropParagraphDropsOneShortEnoughParagraphOrNone() {
    String text = TEXT + "\n\nA short closing line of seven words.";

    Noise.Cut cut = Noise.dropParagraph(text, 10, new SplittableRandom(5));

    assertThat(cut.droppedWords()).isEqualTo(7);
    assertThat(cut.text()).isEqualTo(TEXT);
    assertThat(Noise.dropParagraph(TEXT, 49, new SplittableRandom(5))).isNull();
    assertThat(Noise.dropParagraph(TEXT, 50, new SplittableRandom(5)).droppedWords()).isEqualTo(50);
  }

  @Test
  void moveParagraphKeepsEveryParagraph() {
    for (long seed = 0; seed < 10; seed++) {
      String moved = Noise.moveParagraph(TEXT, new SplittableRandom(seed));
      assertThat(moved).isNotEqualTo(TEXT);
      assertThat(Noise.paragraphs(moved)).containsExactlyInAnyOrderElementsOf(Noise.paragraphs(TEXT));
    }
    assertThat(Noise.moveParagraph("one\n\ntwo", new SplittableRandom(1))).isEqualTo("one\n\ntwo");
  }

  @Test
  void frameWrapsTheTextInHeaderAndFooterLines() {
    String framed = Noise.frame(TEXT, new SplittableRandom(9));
    List<String> paragraphs = Noise.paragraphs(framed);

    assertThat(framed).contains(TEXT);
    assertThat(Noise.HEADERS).contains(paragraphs.get(0));
    assertThat(Noise.FOOTERS).contains(paragraphs.get(paragraphs.size() - 1));
  }
}
