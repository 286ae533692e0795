package dev.corpuskit.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CorpusInfoTest {

  @Test
  void idJoinsGroupAndArtifact() {
    CorpusInfo info = new CorpusInfo("org.example", "news-de_2", "1.0.0-SNAPSHOT", " ", "", " ", null, null);
    assertThat(info.id()).isEqualTo("org.example:news-de_2");
    assertThat(info.title()).isNull();
    assertThat(info.description()).isNull();
    assertThat(info.homepage()).isNull();
    assertThat(info.licenses()).isEmpty();
    assertThat(info.sources()).isEmpty();
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
    assertThatThrownBy(() -> new CorpusInfo("g", "a", "1", "two\nlines", null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new License("MIT\r", null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CorpusInfo("g", "a", "1", null, null, "example.org/x", null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absolute URL");
    assertThatThrownBy(() -> new License(" ", null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Source(null, "")).isInstanceOf(IllegalArgumentException.class);
    assertThat(new CorpusInfo("g", "a", "1", null, "two\nlines", null, null, null).description())
        .isEqualTo("two\nlines");
  }
}
