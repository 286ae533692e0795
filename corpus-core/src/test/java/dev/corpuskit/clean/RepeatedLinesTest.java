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
}
