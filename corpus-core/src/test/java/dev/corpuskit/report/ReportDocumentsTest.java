package dev.corpuskit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpuskit.format.InvalidConfigurationException;
import org.junit.jupiter.api.Test;

class ReportDocumentsTest {

  @Test
  void idsAndGlobsSeparatedByCommas() {
    ReportDocuments documents = ReportDocuments.of(" 001_a , news/2019-*,**/page?.html ");

    assertThat(documents.matches("001_a")).isTrue();
    assertThat(documents.matches("001_ab")).isFalse();
    assertThat(documents.matches("news/2019-03")).isTrue();
    assertThat(documents.matches("news/2019-03/deep")).as("* stays in its folder").isFalse();
    assertThat(documents.matches("a/b/page1.html")).isTrue();
    assertThat(documents.matches("a/b/page12.html")).isFalse();
    assertThat(ReportDocuments.of("a.b").matches("axb")).as("a dot is a dot").isFalse();
  }

  @Test
  void noneMatchesNothingAndKeepsTheStampKeyEmpty() {
    assertThat(ReportDocuments.of(null).matches("x")).isFalse();
    assertThat(ReportDocuments.of("  ").key()).isEmpty();
    assertThat(ReportDocuments.of("x").key()).isNotEmpty();
  }

  @Test
  void anEmptyEntryIsABadSettingNamingIt() {
    assertThatThrownBy(() -> ReportDocuments.of("a,,b"))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("empty document id");
    assertThatThrownBy(() -> ReportDocuments.of("a,,b"))
        .extracting(e -> ((InvalidConfigurationException) e).setting()).isEqualTo("reportDocuments");
  }
}
