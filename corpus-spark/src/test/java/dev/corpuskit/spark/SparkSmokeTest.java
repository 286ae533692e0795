package dev.corpuskit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Encoders;
import org.junit.jupiter.api.Test;

class SparkSmokeTest {

  @Test
  void theSharedSessionRunsAShuffle() {
    long distinct = Spark.session().createDataset(List.of("a", "b", "a", "c"), Encoders.STRING())
        .distinct().count();
    assertThat(distinct).isEqualTo(3);
  }
}
