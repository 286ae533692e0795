package dev.corpuskit.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CorpusInfoTest {

  @Test
  void idJoinsGroupAndArtifact() {
    CorpusInfo info = new CorpusInfo("org.example", "news-de_2", "1.0.0-SNAPSHOT", " ", "", null);
    assertThat(info.id()).isEqualTo("org.example:news-de_2");
    assertThat(info.title()).isNull();
    assertThat(info.description()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "a/b", "a:b", "a\\b", "..", ".", "a b", "ä"})
  void rejectsBadIds(String bad) {
    assertThatThrownBy(() -> CorpusInfo.of(bad, "a", "1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CorpusInfo.of("g", bad, "1")).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "1/2", "1:2", "1 2", "1\n"})
  void rejectsBadVersions(String bad) {
    assertThatThrownBy(() -> CorpusInfo.of("g", "a", bad)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsMultiLineTitleAndLicense() {
    assertThatThrownBy(() -> new CorpusInfo("g", "a", "1", "two\nlines", null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CorpusInfo("g", "a", "1", null, null, "MIT\r"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new CorpusInfo("g", "a", "1", null, "two\nlines", null).description()).isEqualTo("two\nlines");
  }
}
