package dev.corpuskit.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpuskit.audit.Change;
import dev.corpuskit.clean.Cleaner;
import dev.corpuskit.clean.CleanerConfig;
import dev.corpuskit.format.InvalidConfigurationException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class C4LinesStepTest {

  private final C4LinesStep step = new C4LinesStep(Map.of());

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      // terminal punctuation
      "period | `The river rose fast overnight.` | `The river rose fast overnight.` | ",
      "question mark | `Did the river rise fast overnight?` | `Did the river rise fast overnight?` | ",
      "exclamation mark | `The river rose so fast overnight!` | `The river rose so fast overnight!` | ",
      "closing quote | `She said \"the river rose fast.\"` | `She said \"the river rose fast.\"` | ",
      "no end mark | `The river rose fast overnight` | | c4/no-terminal-punctuation",
      "colon | `The river rose fast overnight:` | | c4/no-terminal-punctuation",
      "ellipsis | `The river rose fast overnight...` | | c4/no-terminal-punctuation",
      "curly quote is no end mark | `She said “the river rose fast.”` | | c4/no-terminal-punctuation",
      // minimum words (5), on both sides
      "5 words | `The river rose very fast.` | `The river rose very fast.` | ",
      "4 words | `The river rose fast.` | | c4/too-few-words",
      "citations do not count as words | `The river rose [1] [2] fast.` | | c4/too-few-words",
      // javascript and policy phrases, any case
      "javascript | `Please enable JavaScript in your browser.` | | c4/javascript",
      "terms of use | `Read our Terms of Use before you comment.` | | c4/policy",
      "privacy policy | `See the privacy policy for all the details.` | | c4/policy",
      "cookie policy | `Read the cookie policy for all the details.` | | c4/policy",
      "uses cookies | `This website uses cookies to work well.` | | c4/policy",
      "use of cookies | `You agree to the use of cookies here.` | | c4/policy",
      "use cookies | `We use cookies to make this site work.` | | c4/policy",
      "cookie alone | `The cookies in the jar were all eaten.` | `The cookies in the jar were all eaten.` | ",
      // citation marks
      "citation removed | `The river rose fast overnight.[1]` | `The river rose fast overnight.` | c4/citation",
      "edit and citation needed | `[edit] The river rose [citation needed] fast overnight.[12]` | `The river rose fast overnight.` | c4/citation",
      "nested marks removed until none | `The river rose fast overnight.[[1]]` | `The river rose fast overnight.` | c4/citation",
      "a mark after the period leaves no end | `The river rose fast overnight. [1]` | | c4/no-terminal-punctuation",
      // page-dropping lines stay for the rule
      "lorem ipsum stays | `Lorem ipsum dolor sit amet, consectetur.` | `Lorem ipsum dolor sit amet, consectetur.` | ",
      "curly bracket stays | `Use { braces } in code like this one.` | `Use { braces } in code like this one.` | ",
  })
  void lineRules(String name, String line, String kept, String audit) {
    String out = StepTesting.run(step, line + "\n");
    assertThat(out).as(name).isEqualTo(kept == null ? "" : kept + "\n");
    List<Change> changes = StepTesting.audit(step, line + "\n");
    if (audit == null) {
      assertThat(changes).as(name).isEmpty();
    } else {
      assertThat(changes).as(name).singleElement().satisfies(c -> assertThat(c.step()).isEqualTo(audit));
    }
  }

  @Test
  void overLongWordOnBothSides() {
    C4LinesStep short10 = new C4LinesStep(Map.of("c4.maxWordLength", "10"));
    assertThat(StepTesting.run(short10, "A word of abcdefghij letters here.\n")).isNotEmpty();
    assertThat(StepTesting.audit(short10, "A word of abcdefghijk letters here.\n")).singleElement()
        .satisfies(c -> assertThat(c.step()).isEqualTo("c4/too-long-word"));
    // a citation removed between two words joins them into one too long
    assertThat(StepTesting.run(short10, "A word of abcde[1]fghijk letters here.\n")).isEmpty();
  }

  @Test
  void minimumWordsIsAParameter() {
    C4LinesStep datatrove = new C4LinesStep(Map.of("c4.minWordsPerLine", "3"));
    assertThat(StepTesting.run(datatrove, "It rained hard.\n")).isEqualTo("It rained hard.\n");
    assertThat(StepTesting.run(datatrove, "It rained.\n")).isEmpty();
    assertThatThrownBy(() -> new C4LinesStep(Map.of("c4.minWordsPerLine", "x")))
        .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("c4.minWordsPerLine");
  }

  @Test
  void blankLinesStay() {
    String text = "The river rose fast overnight.\n\nThe town slept through the storm.\n";
    assertThat(StepTesting.run(step, text)).isEqualTo(text);
  }

  @Test
  void idempotent() {
    String text = "Home | News\n[1] The river rose fast overnight. [edit] It kept rising.[2]\n\n"
        + "The town slept [citation needed] through the storm.\nShare this\nA [[3]] nested mark here, too.\n"
        + "Enable JavaScript.\n Lorem ipsum dolor sit amet, consectetur.  \n";
    String once = StepTesting.run(step, text);
    assertThat(once).isNotEqualTo(text);
    assertThat(StepTesting.run(step, once)).isEqualTo(once);
    assertThat(StepTesting.audit(step, once)).isEmpty();
  }

  @Test
  void optInThroughTheConfiguration() {
    assertThat(CleanerConfig.defaults().enabledSteps()).doesNotContain("c4", "pii");
    String text = "Home\nThe river rose fast overnight.\n";
    assertThat(Cleaner.withDefaults().clean(text).text()).contains("Home");
    CleanerConfig on = CleanerConfig.defaults().withOptInSteps(Set.of("c4"), Map.of());
    assertThat(on.enabledSteps()).contains("c4").doesNotContain("pii");
    assertThat(on.cacheKey()).isNotEqualTo(CleanerConfig.defaults().cacheKey());
    assertThat(new Cleaner(on).clean(text).text()).isEqualTo("The river rose fast overnight.\n");
    assertThat(new Cleaner(on).stepIds()).containsSubsequence("photo-credit", "c4", "low-density");
    CleanerConfig off = new CleanerConfig(Set.of("c4"), "en").withOptInSteps(Set.of("c4"), Map.of());
    assertThat(off.enabledSteps()).doesNotContain("c4");
    assertThatThrownBy(() -> CleanerConfig.defaults().withOptInSteps(Set.of("c5"), Map.of()))
        .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("no cleaning step 'c5'");
    assertThatThrownBy(() -> CleanerConfig.defaults().withOptInSteps(Set.of("c4"), Map.of("c4.minWords", "3")))
        .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("c4.minWordsPerLine");
    CleanerConfig three = on.withOptInSteps(Set.of("c4"), Map.of("c4.minWordsPerLine", "3"));
    assertThat(three.cacheKey()).isNotEqualTo(on.cacheKey()).endsWith("step-parameters {c4.minWordsPerLine=3}");
  }
}
