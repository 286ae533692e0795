package dev.corpuskit.clean.steps;

import static dev.corpuskit.clean.steps.StepTesting.audit;
import static dev.corpuskit.clean.steps.StepTesting.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.audit.Change;
import dev.corpuskit.lang.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NextArticleStepTest {

  private final NextArticleStep step = new NextArticleStep(Language.of(Language.ENGLISH));

  /** Sentences of prose, {@code count} lines of about 100 characters each. */
  private static String prose(String topic, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append("The council said on Tuesday that the ").append(topic)
          .append(" would be debated again in the spring session, line ").append(i).append(".\n");
    }
    return text.toString();
  }

  @Test
  void aLaterStampAfterTheArticleCutsTheNextStory() {
    String article = "Jane Doe/\nDecember 21, 2023/9:43 p.m. ET\nA headline\n" + prose("budget", 10);
    String next = "Tori Otten/\nDecember 21, 2023/8:51 p.m. ET\nAnother headline\n" + prose("bridge", 10);

    String cleaned = run(step, article + next);

    assertThat(cleaned).isEqualTo(article + "Tori Otten/\n");
    assertThat(audit(step, article + next)).extracting(Change::step).containsOnly("next-article/timestamp");
  }

  @Test
  void aLiveBlogKeepsItsSummaryUpToTheFirstEntry() {
    String summary = "Updated Dec. 23, 2023, 7:58 AM UTC\n" + prose("aid resolution", 9);
    String entries = "2d ago / 7:58 AM UTC\nFirst entry\n" + prose("famine", 5)
        + "2d ago / 5:52 AM UTC\nSecond entry\n" + prose("hostages", 5);

    assertThat(run(step, summary + entries)).isEqualTo(summary);
    assertThat(audit(step, summary + entries)).first().extracting(Change::step)
        .isEqualTo("next-article/relative-time");
  }

  @Test
  void stampsOfATeaserListAboveTheArticleDoNotCut() {
    String teasers = "Dec 22, 2023 10:59 AM EST\nA teaser summary that runs long enough to count as one line of prose.\n"
        + "Dec 21, 2023 08:05 AM EST\nAnother teaser summary, long enough to count as one line of prose too.\n";
    String article = "Dec 23, 2023 10:13 AM EST\n" + prose("budget", 12);

    assertThat(run(step, teasers + article)).isEqualTo(teasers + article);
  }

  @ParameterizedTest
  @ValueSource(strings = {"December 15, 2023", "Dec 31, 1969", "— NFL (@NFL) December 22, 2023",
      "It was 10:30 when the council met on December 21, 2023, and the vote was taken at noon by all members."})
  void aDateAloneOrASentenceIsNoStamp(String line) {
    String text = "Published Dec 20, 2023 9:00 AM\n" + prose("budget", 10) + line + "\n" + prose("budget", 10);

    assertThat(run(step, text)).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " -> ", value = {
      "timestamp -> Feb 17, 2024,07:00am EST", "timestamp -> Saturday 23 December 2023 05:39, UK",
      "timestamp -> 12/22/23 11:35 AM ET", "relative-time -> 5 hrs ago", "relative-time -> Posted 24 hours ago"})
  void stampsAreRecognised(String id, String line) {
    assertThat(ArticleStarts.of(Language.of(Language.ENGLISH)).match(line)).isEqualTo(id);
  }

  @Test
  void aPageWithoutALaterStampIsUnchangedAndASecondRunFindsNothing() {
    String text = "Dec 23, 2023 10:13 AM EST\n" + prose("budget", 12) + "2 hours ago\n" + prose("bridge", 3);
    String once = run(step, text);

    assertThat(once).isEqualTo("Dec 23, 2023 10:13 AM EST\n" + prose("budget", 12));
    assertThat(run(step, once)).isEqualTo(once);
  }
}
