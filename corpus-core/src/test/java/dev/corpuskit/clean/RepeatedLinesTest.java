package dev.corpuskit.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepeatedLinesTest {

  private static final String LONG = "Sign up for our daily newsletter to get the biggest stories of the day, "
      + "the best of our reporting and analysis, and exclusive offers from our partners, straight to your "
      + "inbox every morning before breakfast.";

  @Test
  void aShortLineIsRepeatedFromTwoDocumentsAfterNormalisation() {
    RepeatedLines repeated = RepeatedLines.miner()
        .add("Skip to content\nThe first article.")
        .add("  skip  TO content \nThe second article.")
        .build();

    assertThat(repeated.isRepeated("Skip to content")).isTrue();
    assertThat(repeated.isRepeated("The first article.")).isFalse();
    assertThat(repeated.documents()).isEqualTo(2);
  }

  @Test
  void exactCountsJudgeALineOnlyShortRepeatedAsTheSketchDoes() {
    String twice = "Shared sentence of two pages.";
    String thrice = "Menu";
    String[] texts = {twice + "\n" + thrice + "\nOne.", twice + "\n" + thrice + "\nTwo.", thrice + "\nThree."};
    RepeatedLines.Miner miner = RepeatedLines.miner();
    java.util.Map<Long, Integer> counted = new java.util.TreeMap<>();
    for (String text : texts) {
      miner.add(text);
      for (long key : RepeatedLines.Miner.keysOf(text)) {
        counted.merge(key, 1, Integer::sum);
      }
    }
    RepeatedLines sketch = miner.build();
    RepeatedLines exact = RepeatedLines.exact(counted.keySet().stream().mapToLong(Long::longValue).toArray(),
        counted.values().stream().mapToInt(Integer::intValue).toArray(), texts.length);

    for (RepeatedLines repeated : java.util.List.of(sketch, exact)) {
      assertThat(repeated.isRepeatedOnlyAsShort(twice, RepeatedLines.keyOf(twice))).isTrue();
      assertThat(repeated.isRepeatedOnlyAsShort(thrice, RepeatedLines.keyOf(thrice))).isFalse();
      assertThat(repeated.isRepeated(thrice)).isTrue();
    }
  }

  @Test
  void aLineCountsOncePerDocument() {
    RepeatedLines repeated = RepeatedLines.miner().add("Menu\nMenu\nMenu").add("Other").build();

    assertThat(repeated.isRepeated("Menu")).isFalse();
  }

  @Test
  void digitsAreReadAsZero() {
    RepeatedLines repeated = RepeatedLines.miner().add("12 Comments").add("3 comments").build();

    assertThat(repeated.isRepeated("7 Comments")).isTrue();
  }

  @Test
  void aLongLineNeedsThreeDocuments() {
    RepeatedLines.Miner miner = RepeatedLines.miner().add(LONG).add(LONG);
    assertThat(miner.build().isRepeated(LONG)).isFalse();

    assertThat(miner.add(LONG).build().isRepeated(LONG)).isTrue();
  }

  @Test
  void withoutACorpusNothingIsRepeatedAndBlankLinesNever() {
    assertThat(RepeatedLines.none().isRepeated("Skip to content")).isFalse();
    assertThat(RepeatedLines.miner().add("\n \n").add("\n").add(" ").build().isRepeated(" ")).isFalse();
  }

  @Test
  void aSignatureChangesOnlyWhenOneOfItsLinesIsJudgedOtherwise() {
    long subscribe = RepeatedLines.keyOf("Subscribe to our newsletter");
    long[] keys = {RepeatedLines.keyOf("The council met on Tuesday."), subscribe};
    RepeatedLines once = RepeatedLines.miner().add("Subscribe to our newsletter\nThe council met on Tuesday.")
        .add("An unrelated story.").build();
    RepeatedLines otherLines = RepeatedLines.miner().add("Subscribe to our newsletter\nThe council met on Tuesday.")
        .add("An unrelated story.\nMenu").add("Menu\nAnother story.").build();
    RepeatedLines twice = RepeatedLines.miner().add("Subscribe to our newsletter\nThe council met on Tuesday.")
        .add("Subscribe to our newsletter\nAn unrelated story.").build();

    assertThat(once.signature(keys)).isZero().isEqualTo(RepeatedLines.none().signature(keys));
    assertThat(otherLines.signature(keys)).isZero(); // "Menu" became repeated, but it is not among the keys
    assertThat(twice.signature(keys)).isNotZero();
    assertThat(twice.signature(new long[] {keys[0]}, new long[] {subscribe})).isEqualTo(twice.signature(keys));
    assertThat(twice.isRepeated("Subscribe to our newsletter", subscribe)).isTrue();
  }

  @Test
  void keysAreEveryDistinctLineInTheOrderOfItsFirstOccurrence() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    String[] lines = {"Menu", "Skip to content", "", " ", "The council met.", "12 Comments", "3 comments",
        "Subscribe", "caf\u00e9", "A long paragraph " + "word ".repeat(60)};
    String[] breaks = {"\n", "\r\n", "\r", "\u2028", "\u0085"};
    for (int round = 0; round < 500; round++) {
      StringBuilder text = new StringBuilder();
      int count = random.nextInt(200);
      for (int i = 0; i < count; i++) {
        text.append(lines[random.nextInt(lines.length)]).append(breaks[random.nextInt(breaks.length)]);
      }
      java.util.Set<Long> expected = new java.util.LinkedHashSet<>();
      for (String line : text.toString().split("\\R", -1)) {
        long key = LineKey.of(line);
        if (key != 0) {
          expected.add(key);
        }
      }
      assertThat(RepeatedLines.Miner.keysOf(text.toString()))
          .containsExactly(expected.stream().mapToLong(Long::longValue).toArray());
    }
  }
}
