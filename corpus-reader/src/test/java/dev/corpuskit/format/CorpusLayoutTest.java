package dev.corpuskit.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CorpusLayoutTest {

  @ParameterizedTest
  @ValueSource(strings = {"a.txt", "a/b/c.txt", "ä ö/ü.txt", "..a/b..", ".hidden"})
  void acceptsRelativePaths(String path) {
    assertThat(CorpusLayout.isSafeRelativePath(path)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/a", "../a", "a/..", "a/../b", "./a", "a//b", "a/", "a\\b", "C:/a", "c:a",
      "a\u0000b", "a\nb"})
  void rejectsEscapingOrAmbiguousPaths(String path) {
    assertThat(CorpusLayout.isSafeRelativePath(path)).isFalse();
    assertThatThrownBy(() -> CorpusLayout.requireSafeRelativePath(path, "here"))
        .isInstanceOf(UnsafePathException.class)
        .hasMessageStartingWith("here: unsafe path");
  }

  @Test
  void corpusPath() {
    assertThat(CorpusLayout.corpusPath("g", "a")).isEqualTo("META-INF/corpus/g/a/");
  }
}
