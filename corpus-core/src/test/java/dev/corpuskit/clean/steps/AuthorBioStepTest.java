package dev.corpuskit.clean.steps;

import static dev.corpuskit.clean.steps.StepTesting.audit;
import static dev.corpuskit.clean.steps.StepTesting.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.audit.Change;
import dev.corpuskit.lang.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthorBioStepTest {

  private final AuthorBioStep step = new AuthorBioStep(Language.of(Language.ENGLISH));

  private static final String ARTICLE = "The council said on Monday that it would rebuild the old bridge over the"
      + " river by the end of the year, and that the work would start in the spring.\n";

  @ParameterizedTest
  @ValueSource(strings = {
      // a long bio after a column, far beyond the lexicon's line length
      "Jane Doe is the Gazette’s Senior Finance Writer. She earned her bachelor’s degree in English from"
          + " Northeastern University, where she graduated with honours, and previously worked as an editorial"
          + " assistant at a business weekly. Her work has appeared in several national publications, and she"
          + " lives in Boston with her two cats and far too many books about money.",
      // a bio under a label
      "Editor and Contributor of the Gazette: John Roe has been writing about video games since 2010, including"
          + " two years as editor of a small magazine. He joined the Gazette in 2019 after covering the industry"
          + " for a trade weekly, and won a regional award for his reporting.",
      // a short one the lexicon's wording does not reach
      "Ann Lee joined the Gazette as night editor in 2015. She previously worked at a college paper and holds"
          + " a degree in history."})
  void anAuthorBioIsRemovedWhateverItsLength(String bio) {
    String text = ARTICLE + bio + "\n" + ARTICLE;

    assertThat(run(step, text)).isEqualTo(ARTICLE + ARTICLE);
    assertThat(audit(step, text)).extracting(Change::step).containsExactly("author-bio/career-words");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // a profile inside an article: not led by the bare name
      "At the paper, the former writer recalls the first articles written by software appearing on the"
          + " company's sites within a week of a meeting. He had joined in 2019 after covering courts, previously"
          + " worked at a college paper and earned a degree in journalism.",
      // led by a name and a role, but not a career
      "Will Tracy is the writer of the series, and he said on Monday that the second season would be shot in"
          + " Austria in the spring, with most of the cast back and a new director for the last episodes.",
      // a career in the first person is the article's own voice
      "Jane Doe is a reporter at heart. I joined the paper in 2019 after covering courts, previously worked at"
          + " a college newsroom and earned a degree in journalism from the university.",
      "Jane Doe is an editor.", ""})
  void otherTextStays(String text) {
    String page = ARTICLE + text + "\n";

    assertThat(run(step, page)).isEqualTo(page);
  }
}
