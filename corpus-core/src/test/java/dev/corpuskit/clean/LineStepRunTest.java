package dev.corpuskit.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.clean.steps.CollapseSpacesStep;
import dev.corpuskit.clean.steps.ControlCharactersStep;
import dev.corpuskit.clean.steps.HtmlEntitiesStep;
import dev.corpuskit.clean.steps.NfcStep;
import dev.corpuskit.clean.steps.OddSpacesStep;
import dev.corpuskit.clean.steps.OrphanPunctuationStep;
import dev.corpuskit.clean.steps.StripBomStep;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineStepRunTest {

  private static final List<LineStep> STEPS = List.of(new StripBomStep(), new OddSpacesStep(),
      new ControlCharactersStep(), new NfcStep(), new HtmlEntitiesStep(), new OrphanPunctuationStep(),
      new CollapseSpacesStep());

  @Test
  void givesTheLinesAndAuditOfTheStepsRunOneAfterAnother() {
    String[] pieces = {"plain text", " ", "  ", "\t", ",", ", ,", "&amp;", "&amp;amp;", "&#10;", "&#x301;", "e\u0301",
        "\u00A0", "\u200B", "\uFEFF", "\u0007", "\u007F", "\f", "’", "\n", "\r\n", "\uD83D\uDE00"};
    Random random = new Random(3);
    for (int round = 0; round < 2000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(20); i >= 0; i--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      List<Line> lines = Line.split(text.toString());

      Audit oneByOne = new Audit();
      List<Line> expected = lines;
      for (LineStep step : STEPS) {
        expected = step.apply(expected, oneByOne);
      }
      Audit fused = new Audit();
      List<Line> actual = new LineStepRun(STEPS).apply(lines, fused);

      assertThat(actual).as(text.toString()).isEqualTo(expected);
      assertThat(fused.changes()).as(text.toString()).isEqualTo(oneByOne.changes());
    }
  }
}
