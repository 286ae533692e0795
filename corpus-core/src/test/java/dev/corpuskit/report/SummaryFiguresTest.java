package dev.corpuskit.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpuskit.describe.InputFigures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryFiguresTest {

  @TempDir Path tmp;

  @Test
  void readsTheFiguresOfAFullSummaryAndSkipsEverythingElse() throws IOException {
    Path file = Files.writeString(tmp.resolve("summary.json"), """
        {"passed": true, "documents": {"in": 7, "out": 5, "failed": 2},
         "rules": [{"id": "bom", "count": 3}], "bytes": {"in": 120000, "out": 90000},
         "words": {"in": 20000, "out": 15500}, "removedShare": 0.1234, "hashes": {"config": "ab"}}
        """, UTF_8);

    assertThat(SummaryFigures.read(file))
        .isEqualTo(new InputFigures(7L, 5L, 120_000L, 90_000L, 20_000L, 15_500L, 0.1234));
  }

  @Test
  void whatTheSummaryLacksOrHoldsAsSomethingElseIsNotStated() throws IOException {
    Path file = Files.writeString(tmp.resolve("summary.json"), """
        {"documents": {"in": 7}, "bytes": {"in": "many", "out": -1}, "words": 3, "removedShare": 1.5}
        """, UTF_8);

    assertThat(SummaryFigures.read(file)).isEqualTo(new InputFigures(7L, null, null, null, null, null, null));
    assertThat(SummaryFigures.read(tmp.resolve("missing.json"))).isEqualTo(InputFigures.none());
  }

  @Test
  void aSummaryThatIsNotJsonFailsNamingTheFileAndPosition() throws IOException {
    Path file = Files.writeString(tmp.resolve("summary.json"), "{\"documents\": {\"in\": 7,,}", UTF_8);
    Path array = Files.writeString(tmp.resolve("array.json"), "[1]", UTF_8);

    assertThatThrownBy(() -> SummaryFigures.read(file)).isInstanceOf(IOException.class)
        .hasMessageStartingWith(file + ": not a Corpuskit summary").hasMessageContaining("line 1, column");
    assertThatThrownBy(() -> SummaryFigures.read(array)).isInstanceOf(IOException.class)
        .hasMessageContaining(array + ": not a Corpuskit summary");
  }
}
