package dev.corpuskit.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.clean.Audit;
import dev.corpuskit.clean.Line;
import dev.corpuskit.clean.RepeatedLines;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusRepeatedStepTest {

  private static final String MENU = "Skip to content";

  private static final String TEXT = MENU + "\nThe council met on Tuesday.\n\n" + MENU + "\n";

  @Test
  void aMinedCorpusRemovesItsRepeatedLinesAndKeepsTheKeysItConsulted() {
    RepeatedLines corpus = RepeatedLines.miner().add(MENU + "\nOne.\n").add(MENU + "\nTwo.\n").build();
    Audit audit = new Audit();

    List<Line> out = new CorpusRepeatedStep(corpus).apply(Line.split(TEXT), audit);

    assertThat(Line.join(out)).isEqualTo("The council met on Tuesday.\n\n");
    assertThat(audit.changes()).hasSize(2);
    // Every non-blank line is consulted, repeated or not: the cleaned form's signature needs them all.
    assertThat(audit.corpusLines()).containsExactly(RepeatedLines.keyOf(MENU),
        RepeatedLines.keyOf("The council met on Tuesday."), RepeatedLines.keyOf(MENU));
  }

  @Test
  void withoutACorpusNothingIsRemovedOrConsulted() {
    Audit audit = new Audit();
    List<Line> lines = Line.split(TEXT);

    List<Line> out = new CorpusRepeatedStep(RepeatedLines.none()).apply(lines, audit);

    assertThat(out).isEqualTo(lines);
    assertThat(audit.changes()).isEmpty();
    assertThat(audit.corpusLines()).isEmpty();
  }
}
