package dev.corpuskit.clean.steps;

import static dev.corpuskit.clean.steps.StepTesting.audit;
import static dev.corpuskit.clean.steps.StepTesting.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.audit.Change;
import org.junit.jupiter.api.Test;

class RepeatedParagraphsStepTest {

  private final RepeatedParagraphsStep step = new RepeatedParagraphsStep();

  @Test
  void aRepeatedLineGoesWhereverItIs() {
    String caption = "Latifa travelled from her home in Morocco";
    String text = caption + "\n" + caption + "\n\nText.\n\n" + caption + "  \n";

    assertThat(run(step, text)).isEqualTo(caption + "\n\nText.\n\n");
    assertThat(audit(step, text)).extracting(Change::line).containsExactly(2, 6);
  }

  @Test
  void shortLinesMayRepeat() {
    String text = "* * *\nPhoto: AP\n* * *\nPhoto: AP\n";
    assertThat(run(step, text)).isEqualTo(text);
  }

  @Test
  void linesThatDifferInCaseOrPunctuationStay() {
    String text = "The battle is very fierce now\nThe battle is very fierce now!\nthe battle is very fierce now\n";
    assertThat(run(step, text)).isEqualTo(text);
  }
}
