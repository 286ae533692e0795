package dev.corpuskit.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.clean.Audit;
import dev.corpuskit.clean.Language;
import dev.corpuskit.clean.Line;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommentThreadStepTest {

  private static final CommentThreadStep STEP = new CommentThreadStep(Language.of(Language.ENGLISH));

  private static final String ARTICLE = "The case holds a loop heat pipe that cools the processor without a fan, the"
      + " maker said on Monday, and it will sell from the spring.";

  private static String clean(String text) {
    return Line.join(STEP.apply(Line.split(text), new Audit()));
  }

  @Test
  void aThreadOfHandlesAndQuotesIsCutFromItsFirstHeader() {
    String text = ARTICLE + "\n\nbit_user\nI don't consider that a heat pipe.\nthestryker\nbit_user said:\n"
        + "That's no heat pipe.\nIt's a loop heat pipe.\nbit_user\nthestryker said:\nFair enough.\n";

    assertThat(clean(text)).isEqualTo(ARTICLE + "\n\n");
    assertThat(clean(clean(text))).isEqualTo(clean(text));
  }

  @Test
  void aQuoteOrTwoInProseMakeNoThread() {
    String text = "The mayor said:\n" + ARTICLE + "\nreporter said:\n" + ARTICLE + "\n" + ARTICLE + "\n";

    assertThat(clean(text)).isEqualTo(text);
  }

  @Test
  void sparseHeadersAmongLongProseMakeNoThread() {
    String text = ("jane said:\n" + ARTICLE + "\n" + ARTICLE + "\n" + ARTICLE + "\n" + ARTICLE + "\n" + ARTICLE + "\n")
        .repeat(3);

    assertThat(clean(text)).isEqualTo(text);
  }

  @Test
  void aHandleHasNoSpaces() {
    assertThat(STEP.quotedHandle("thestryker said:")).isEqualTo("thestryker");
    assertThat(STEP.quotedHandle("The mayor said:")).isNull();
    assertThat(STEP.quotedHandle("said:")).isNull();
  }
}
