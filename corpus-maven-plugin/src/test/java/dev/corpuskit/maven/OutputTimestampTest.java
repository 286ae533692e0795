package dev.corpuskit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class OutputTimestampTest {

  @Test
  void readsIsoInstantsOffsetsAndEpochSeconds() throws Exception {
    assertThat(OutputTimestamp.parse("2026-11-21T00:00:00Z")).isEqualTo(Instant.parse("2026-11-21T00:00:00Z"));
    assertThat(OutputTimestamp.parse("2026-11-21T02:00:00+02:00")).isEqualTo(Instant.parse("2026-11-21T00:00:00Z"));
    assertThat(OutputTimestamp.parse("1700000000")).isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
  }

  @Test
  void fallsBackToAFixedTimeWhenUnset() throws Exception {
    assertThat(OutputTimestamp.parse(null)).isEqualTo(OutputTimestamp.DEFAULT);
    assertThat(OutputTimestamp.parse("x")).isEqualTo(OutputTimestamp.DEFAULT);
  }

  @Test
  void rejectsGarbageNamingTheProperty() {
    assertThatThrownBy(() -> OutputTimestamp.parse("yesterday"))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("project.build.outputTimestamp");
  }
}
