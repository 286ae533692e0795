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

  private static final String PARAGRAPH = "The council met on Tuesday and voted to close the old bridge to traffic"
      + " for the winter, after engineers found that two of its piers had cracked in the autumn floods.";
  private static final String LATER = "The mayor said the work would start in April, once the river is low"
      + " enough for the crews to reach the piers, and that a ferry would run until the bridge reopens.";
  private static final String SHARED = "The bridge carries about four thousand cars a day across the river.";
  private static final String PROMPT = "Sign up for our newsletter to get the day's top stories in your inbox.";

  @Test
  void aSentenceInTwoDocumentsStaysBetweenParagraphsOfTheArticleButNotAtItsEdge() {
    RepeatedLines corpus = RepeatedLines.miner().add(SHARED + "\n" + PROMPT + "\nOne.")
        .add(SHARED + "\n" + PROMPT + "\nTwo.").build();
    String inside = PARAGRAPH + "\n\n" + SHARED + "\n\n" + LATER + "\n\n" + PROMPT + "\n";

    assertThat(StepTesting.run(new CorpusRepeatedStep(corpus), inside))
        .isEqualTo(PARAGRAPH + "\n\n" + SHARED + "\n\n" + LATER + "\n\n");
    // Beside a short line, or at the start, the shared sentence goes as before.
    assertThat(StepTesting.run(new CorpusRepeatedStep(corpus), SHARED + "\n\n" + PARAGRAPH + "\n"))
        .isEqualTo("\n" + PARAGRAPH + "\n");
    assertThat(StepTesting.run(new CorpusRepeatedStep(corpus), PARAGRAPH + "\nShort.\n" + SHARED + "\n" + LATER))
        .isEqualTo(PARAGRAPH + "\nShort.\n" + LATER);
  }

  @Test
  void aSentenceInThreeDocumentsGoesWherever() {
    RepeatedLines corpus = RepeatedLines.miner().add(SHARED).add(SHARED).add(SHARED).build();

    assertThat(StepTesting.run(new CorpusRepeatedStep(corpus), PARAGRAPH + "\n" + SHARED + "\n" + LATER))
        .isEqualTo(PARAGRAPH + "\n" + LATER);
  }
}
