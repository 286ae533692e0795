package dev.corpuskit.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every step fixes its problem, says so in the audit, and leaves the problem when switched off. */
class StepSwitchTest {

  /**
   * A small input with one step's problem.
   *
   * @param step the step id
   * @param input text with the problem
   * @param cleaned the output with every step on
   * @param problem a part of {@code input} that stays when the step is off
   */
  record Sample(String step, String input, String cleaned, String problem, RepeatedLines corpus) {
    Sample(String step, String input, String cleaned, String problem) {
      this(step, input, cleaned, problem, RepeatedLines.none());
    }

    @Override
    public String toString() {
      return step;
    }
  }

  private static final String MENU = "Home\nNews\nSport\nWeather\nVideo\nContact us";
  private static final String ARTICLE = "The council said on Monday that it would rebuild the old bridge over the"
      + " river by the end of the year, and that the work would start in the spring, when the water is low"
      + " and the boats that use it in the summer are not yet on the river.";

  private static final String POLICY = "We and our partners use cookies to store and access personal data on"
      + " your device, such as browsing data, for advertising and to measure how you use our website.";

  private static final String BIO = "Jane Doe joined the Gazette as an editor in 2019 after covering courts"
      + " for a weekly. She previously worked as an editorial assistant.";

  private static final String COMMENT = "I think that the council should have done this years ago, and I am not"
      + " sure that they will be able to finish the work on the bridge before the end of the year.";

  /** Four distinct lines of prose about {@code topic}, about a thousand characters. */
  private static String story(String topic) {
    StringBuilder story = new StringBuilder();
    for (int i = 1; i <= 4; i++) {
      story.append(ARTICLE.replace("old bridge", "old " + topic + " number " + i)).append('\n');
    }
    return story.toString();
  }

  static Stream<Sample> samples() {
    return Stream.of(
        new Sample("strip-bom", "\uFEFFHello world\n", "Hello world\n", "\uFEFF"),
        new Sample("line-endings", "a\r\nb\rc\n", "a\nb\nc\n", "\r"),
        new Sample("spaces", "a\u00A0b\u2009c\u200Bd\n", "a b cd\n", "\u00A0"),
        new Sample("control-chars", "a\u0000b\u0007c\u009Fd\n", "abcd\n", "\u0007"),
        new Sample("nfc", "e\u0301te\n", "\u00E9te\n", "e\u0301"),
        new Sample("html-entities", "Tom &amp;amp; Jerry&#8217;s\n", "Tom & Jerry\u2019s\n", "&amp;"),
        new Sample("orphan-punctuation", "sustained, , military\n\n, 200 of which\n",
            "sustained, military\n\n200 of which\n", ", ,"),
        new Sample("collapse-spaces", " a  b\t\tc \n", "a b c\n", "  "),
        new Sample("next-article", "Dec 22, 2023 9:00 AM EST\n" + story("bridge") + "2 hours ago\n" + story("school"),
            story("bridge"), "school"),
        new Sample("comment-thread", story("bridge") + "jane_roe\n" + COMMENT + "\njohn_doe\njane_roe said:\n"
            + COMMENT.replace("years", "months") + "\njohn_doe said:\n" + COMMENT.replace("years", "weeks") + "\n",
            story("bridge"), "I think"),
        new Sample("boilerplate", "Article text here.\n\nLeave a Reply\n\nConnecting to %s\n",
            "Article text here.\n", "Leave a Reply"),
        new Sample("corpus-repeated", "Subscribe to our newsletter\nThe article.\n", "The article.\n",
            "newsletter", RepeatedLines.miner().add("Subscribe to our newsletter\nOne.")
                .add("Two.\nSubscribe to  our newsletter").add("subscribe to our newsletter").build()),
        new Sample("repeated-paragraphs", "A caption that repeats itself\nA caption that repeats itself\n",
            "A caption that repeats itself\n", "itself\nA caption"),
        new Sample("policy-text", ARTICLE + "\n" + POLICY + "\n", ARTICLE + "\n", "cookies"),
        new Sample("author-bio", ARTICLE + "\n" + BIO + "\n", ARTICLE + "\n", "Jane Doe"),
        new Sample("photo-credit", ARTICLE + "\nThe old bridge at dawn on Monday. (Jane Roe/The Gazette)\n",
            ARTICLE + "\n", "Jane Roe"),
        new Sample("low-density", MENU + "\n" + ARTICLE + "\n", ARTICLE + "\n", "Weather"),
        new Sample("collapse-blank-lines", "\n\na\n\n\n\nb\n", "a\n\nb\n", "\n\n\n"),
        new Sample("final-newline", "a", "a\n", "a"));
  }

  @Test
  void everyStepHasASample() {
    // the opt-in steps (c4, pii) have their own tests: C4LinesStepTest, PersonalDataStepTest
    assertThat(samples().map(Sample::step).toList()).containsExactlyElementsOf(defaultIds());
  }

  @ParameterizedTest
  @MethodSource("samples")
  void theStepFixesItsProblemAndIsAudited(Sample sample) {
    Cleaned cleaned = new Cleaner(CleanerConfig.defaults(), sample.corpus()).clean(sample.input());

    assertThat(cleaned.text()).isEqualTo(sample.cleaned());
    if (sample.step().equals("collapse-blank-lines")) {
      assertThat(cleaned.changes()).as("blank lines are not audited").isEmpty();
    } else {
      assertThat(cleaned.changes()).extracting(change -> change.step().split("/")[0]).contains(sample.step());
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void switchedOffTheStepLeavesItsProblem(Sample sample) {
    Cleaner cleaner = new Cleaner(new CleanerConfig(Set.of(sample.step())), sample.corpus());

    Cleaned cleaned = cleaner.clean(sample.input());

    assertThat(cleaner.stepIds()).doesNotContain(sample.step())
        .isEqualTo(new CleanerConfig(Set.of(sample.step())).enabledSteps());
    assertThat(cleaned.text()).contains(sample.problem());
    if (sample.step().equals("final-newline")) {
      assertThat(cleaned.text()).isEqualTo("a");
    }
    assertThat(cleaned.changes()).noneMatch(change -> change.step().split("/")[0].equals(sample.step()));
  }

  @Test
  void anUnknownStepIdIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CleanerConfig(Set.of("no-such-step")))
        .withMessageContaining("no-such-step")
        .withMessageContaining("boilerplate");
  }

  @Test
  void stepsRunInTheCatalogOrder() {
    assertThat(Cleaner.withDefaults().stepIds()).isEqualTo(defaultIds())
        .isEqualTo(CleanerConfig.defaults().enabledSteps());
    assertThat(defaultIds()).containsExactly("strip-bom", "line-endings", "spaces", "control-chars",
        "nfc", "html-entities", "orphan-punctuation", "collapse-spaces", "next-article", "comment-thread",
        "boilerplate", "corpus-repeated",
        "repeated-paragraphs", "policy-text", "author-bio", "photo-credit",
        "low-density", "collapse-blank-lines", "final-newline");
    assertThat(StepCatalog.ids()).containsSubsequence("collapse-spaces", "pii", "next-article")
        .containsSubsequence("photo-credit", "c4", "low-density").hasSize(defaultIds().size() + 2);
  }

  /** The steps that run unless switched off, in catalog order. */
  private static List<String> defaultIds() {
    List<String> ids = new java.util.ArrayList<>();
    StepCatalog.all().forEach(step -> {
      if (!step.optIn()) {
        ids.add(step.id());
      }
    });
    return ids;
  }
}
