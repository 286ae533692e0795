package dev.corpuskit.describe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameSetTest {

  @Test
  void addsEachNameOnceAcrossGrowth() {
    NameSet names = new NameSet();
    for (int i = 0; i < 20_000; i++) {
      assertThat(names.add("doc-" + i)).as("doc-" + i).isTrue();
    }
    for (int i = 0; i < 20_000; i++) {
      assertThat(names.add("doc-" + i)).as("doc-" + i).isFalse();
    }
    assertThat(names.add("")).isTrue();
    assertThat(names.add("")).isFalse();
  }
}
