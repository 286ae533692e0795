package dev.corpuskit.clean.steps;

import static dev.corpuskit.clean.steps.StepTesting.audit;
import static dev.corpuskit.clean.steps.StepTesting.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.audit.Change;
import dev.corpuskit.lang.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PolicyTextStepTest {

  private final PolicyTextStep step = new PolicyTextStep(Language.of(Language.ENGLISH));

  private static final String ARTICLE = "The council said on Monday that it would rebuild the old bridge over the"
      + " river by the end of the year, and that the work would start in the spring.\n";

  @ParameterizedTest
  @ValueSource(strings = {
      // a cookie policy paragraph, far longer than a lexicon line
      "When you visit our website, we store cookies on your browser to collect information. The information"
          + " collected might relate to you, your preferences or your device, and is mostly used to make the site"
          + " work as you expect it to and to provide a more personalized web experience. However, you can choose"
          + " not to allow certain types of cookies, which may impact your experience of the site and the services"
          + " we are able to offer. Click on the different category headings to find out more and change our"
          + " default settings according to your preference. You cannot opt-out of our First Party Strictly"
          + " Necessary Cookies as they are deployed in order to ensure the proper functioning of our website.",
      // an affiliate and editorial disclosure
      "When you click through from our site to a retailer and buy a product or service, we may earn affiliate"
          + " commissions. This helps support our work, but does not affect what we cover or how, and it does not"
          + " affect the price you pay. Neither the site nor the author are compensated for these independent"
          + " reviews. Indeed, we follow strict guidelines that ensure our editorial content is never influenced"
          + " by advertisers.",
      // a donation appeal
      "At the Gazette, we believe that everyone needs high-quality journalism, but we understand that not"
          + " everyone can afford to pay for expensive news subscriptions. Support our newsroom by contributing as"
          + " little as $1 a month.",
      // a cookie notice in which the site names itself instead of saying "we" or "our"
      "This website stores data such as cookies to enable essential site functionality, as well as marketing,"
          + " personalization, and analytics. By remaining on this website, you indicate your consent.",
      // a consent prompt with curly apostrophes and hyphenated words
      "Can we use your data to tailor ads for you? Our partners will collect data and use cookies for ad"
          + " personalization and measurement. You can opt-out at any time; see our privacy policy."})
  void policyTextIsRemovedWhateverItsLength(String policy) {
    String text = ARTICLE + policy + "\n" + ARTICLE;

    assertThat(run(step, text)).isEqualTo(ARTICLE + ARTICLE);
    assertThat(audit(step, text)).extracting(Change::step).containsExactly("policy-text/policy-words");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // an article about privacy speaks of companies and users, not of "our partners" and "your browser"
      "The regulator said the company had shared the personal data of millions of users with advertising"
          + " partners without their consent, and that its privacy policy did not tell users how to opt out"
          + " of tracking by third parties.",
      // a how-to speaks to the reader, but not of the site itself
      "Next, click back to Privacy & Security and go to Diagnostics & Feedback. You can turn off tailored"
          + " experiences, which use your diagnostic data to show you ads and recommendations.",
      // a first-person story with a word or two of the vocabulary
      "We drove to the coast on Sunday, and our editor said the independent bookshop there was worth the trip;"
          + " it was, and we stayed until it closed.",
      // a review that names a site, not the site itself speaking of its policies
      "Reviewers said this site for comparing prices shows fewer ads than its rivals, and that readers who"
          + " subscribe get a newsletter of deals, though the company would not say how it funds the content.",
      "Our cookies.", ""})
  void otherTextStays(String text) {
    String page = ARTICLE + text + "\n";

    assertThat(run(step, page)).isEqualTo(page);
  }

  @Test
  void anAbbreviationIsNoPronoun() {
    PolicyWords.Counts counts = PolicyWords.of(Language.of(Language.ENGLISH))
        .count("Officials told the US. Privacy & Cookies: this site uses cookies, you agree to us.");

    assertThat(counts.publisher()).isEqualTo(1);
  }

  @Test
  void theSiteNamesItselfByAPhraseOfItsPublisherWords() {
    PolicyWords words = PolicyWords.of(Language.of(Language.ENGLISH));

    assertThat(words.namesItself("By remaining on this website, you indicate your consent.")).isTrue();
    assertThat(words.namesItself("This site uses cookies.")).isTrue();
    assertThat(words.namesItself("This is a site; the website of the council.")).isFalse();
    assertThat(words.count("By remaining on this website").publisher()).isZero();
  }

  @Test
  void wordsAreLowerCasedRunsOfLettersDigitsAndApostrophes() {
    assertThat(PolicyWords.words("We’re opting-out of 3rd-party COOKIES' use, aren't we?"))
        .containsExactly("we're", "opting", "out", "of", "3rd", "party", "cookies", "use", "aren't", "we");
  }

  @Test
  void aPhraseCountsOnceAndTheSiteSpeakingIsCounted() {
    PolicyWords.Counts counts = PolicyWords.of(Language.of(Language.ENGLISH))
        .count("See our Privacy Policy and opt-out of cookies, if you like.");

    assertThat(counts).isEqualTo(new PolicyWords.Counts(12, 3, 1, 1));
  }
}
