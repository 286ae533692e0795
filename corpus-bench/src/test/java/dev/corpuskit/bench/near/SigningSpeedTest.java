package dev.corpuskit.bench.near;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.near.NearDuplicateConfig;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SigningSpeedTest {

  @Test
  void aMeasurementCountsTheDocumentsAndBytesOfThePass() throws Exception {
    List<String> texts = new GeneratedCorpus(1).documents(40).stream().map(Doc::text).toList();
    long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();

    SigningSpeed.Speed speed = SigningSpeed.measure(texts, NearDuplicateConfig.DEFAULTS, 2, 3);

    assertThat(speed.documents()).isEqualTo(40);
    assertThat(speed.bytes()).isEqualTo(bytes);
    assertThat(speed.threads()).isEqualTo(2);
    assertThat(speed.medianNanos()).isPositive();
    assertThat(speed.medianCpuNanos()).isPositive();
  }

  @Test
  void perThreadFiguresDivideTheWallTimeAmongTheThreads() {
    // 2 threads, 1,000 documents of 4 MB in all, in 0.5 s: 1 ms of thread time a document, 4 MB/s a thread;
    // 0.8 s of CPU in all: 800 us of CPU a document, 5 MB per CPU second.
    SigningSpeed.Speed speed = new SigningSpeed.Speed(1_000, 4_000_000, 2, 500_000_000L, 800_000_000L);

    assertThat(speed.microsPerDocument()).isEqualTo(1_000.0);
    assertThat(speed.megabytesPerSecondPerThread()).isEqualTo(4.0);
    assertThat(speed.cpuMicrosPerDocument()).isEqualTo(800.0);
    assertThat(speed.megabytesPerCpuSecond()).isEqualTo(5.0);
  }
}
