package dev.corpuskit.clean.steps;

import static dev.corpuskit.clean.steps.StepTesting.audit;
import static dev.corpuskit.clean.steps.StepTesting.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.audit.Change;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateStepTest {

  private final BoilerplateStep step = new BoilerplateStep();

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiterString = " -> ", value = {
      "cookie-notice -> Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree.",
      "cookie-notice -> To find out more, including how to control cookies, see here: Cookie Policy",
      "cookie-notice -> We use cookies to improve your experience.",
      "cookie-notice -> Accept all cookies",
      "download-link -> Download link below / dibawah or Click here..!",
      "theme-footer -> Ultimate magazine theme for WordPress.",
      "theme-footer -> Powered by",
      "theme-footer -> Proudly powered by WordPress",
      "theme-footer -> © 2019 Example News. All rights reserved.",
      "login-prompt -> You must be logged in to post a comment.",
      "login-prompt -> Log in to reply",
      "share-prompt -> Share this:",
      "share-prompt -> Click to share on Twitter (Opens in new window)",
      "comment-form -> Fill in your details below or click an icon to log in: Logo",
      "comment-form -> You are commenting using your Twitter account. Log Out / Change )",
      "comment-form -> Connecting to %s",
      "comment-form -> Comment Policy * Denotes Required Field 1500 / 1500",
      "comment-form -> Google+ photo",
      "comment-form -> Notify me of new comments via email.",
      "comment-count -> 0 Comment(s)",
      "comment-count -> 12 Comments",
      "related-posted-on -> Posted on: Tuesday, May 21, 2019 | By: crimeandmoreworld - News Desk",
      "read-more -> Read more:",
      "comment-section -> Leave a Reply",
      "related-articles -> Related Articles",
      "article-rating -> Do you like this article?",
      "post-navigation -> Previous articleFayette LIFE Academy celebrates new graduates",
      "post-navigation -> NEXT STORY: First award signals start of a push",
      "post-navigation -> Next postscript to the story",
      "post-list -> Recent Posts",
      "post-list -> Previous posts in the series",
      "comment-header -> suz December 21, 2023 at 1:24 pm",
      "comment-header -> Tweety1951 Dec. 20, 2023 at 1:12 p.m.",
      "see-also -> Also: AI in 2023: A year of breakthroughs that left no human thing unchanged",
      "see-also -> RELATED: Kennedy sued PolitiFact’s owner in 2020 over flu vaccine fact-check",
      "see-also -> Read more: 27 Tips to Help You Sleep Better Tonight",
      "taxonomy -> Tags: Audi, audi city, dealership, london, Luxury Cars, store",
      "taxonomy -> Posted in C++, Microsoft | 16 Comments",
      "taxonomy -> Filed Under: Tech",
      "taxonomy -> Labels: Beef, Blog News, Stews",
      "taxonomy -> Tagged as: Consumer Reports, dodge caravan, ford edge",
      "post-arrows -> « Marketers with power | Blog Home | A fire in South Buffalo! »",
      "post-arrows -> « Poll: What features would you like to see added soonest?",
      "post-arrows -> Reader Q&A: volatile (again) »"})
  void namedBoilerplateIsRemoved(String id, String line) {
    String text = "Some article text.\n" + line + "\n";

    assertThat(run(step, text)).isEqualTo("Some article text.\n");
    assertThat(audit(step, text)).containsExactly(new Change("boilerplate/" + id, 2, line, null));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "News Room", "Iraq News", "Presentational grey line", "Syria map",
      "Kurdish protesters storm Turkish military camp in Iraq",
      "Powered by solar panels, the village now has electricity through the whole night and day.",
      "The company said on its blog that we use cookies responsibly.",
      "Comments made by the minister were later withdrawn.",
      "Posted on the wall was a notice.",
      "She said she would leave a reply on the desk.",
      "The next story in the series ran on Monday.",
      "Police said the crash happened December 21, 2023 at 1:24 pm near the bridge.",
      "More: the council said it would meet again on Tuesday.",
      "Posted in the square since 1990, the notice is still there.",
      "Tags are useful: they sort a blog's posts by subject."})
  void prosePassesThrough(String line) {
    String text = "Title\n" + line + "\nMore text.\n";
    assertThat(run(step, text)).isEqualTo(text);
  }

  /** A line of article prose: long enough, and it ends a sentence. */
  private static final String ARTICLE =
      "The council voted on Monday to extend the library's opening hours through the winter.";

  @Test
  void aTailMarkerCutsEverythingAfterIt() {
    String text = ARTICLE + "\n\nRelated Article\n\nPosted on: Monday | By: desk\nOther headline\n"
        + "Powered by\nPrivacy & Cookies: This site uses cookies.";

    assertThat(run(step, text)).isEqualTo(ARTICLE + "\n\n");
    assertThat(audit(step, text)).extracting(Change::line, Change::step).containsExactly(
        org.assertj.core.groups.Tuple.tuple(3, "boilerplate/related-articles"),
        // the blank line 4 goes too, unaudited
        org.assertj.core.groups.Tuple.tuple(5, "boilerplate/related-posted-on"),
        org.assertj.core.groups.Tuple.tuple(6, "boilerplate/related-articles"),
        org.assertj.core.groups.Tuple.tuple(7, "boilerplate/theme-footer"),
        org.assertj.core.groups.Tuple.tuple(8, "boilerplate/cookie-notice"));
  }

  @Test
  void aTailMarkerBeforeAnyContentDoesNotCut() {
    String text = "\nPowered by\n\nLeave a Reply\n\nThe article starts here.\nAnd goes on.\n";

    assertThat(run(step, text)).isEqualTo("\n\n\nThe article starts here.\nAnd goes on.\n");
  }

  @Test
  void aCommentCounterUnderAHeadlineDoesNotCut() {
    String text = "Headline\n3 Comments\nThe article starts here.\n";

    assertThat(run(step, text)).isEqualTo("Headline\nThe article starts here.\n");
  }

  @Test
  void oddSpacesAndCaseDoNotHideBoilerplate() {
    assertThat(run(step, ARTICLE + "\n  LEAVE\u00A0a \treply  \nComments follow")).isEqualTo(ARTICLE + "\n");
  }

  @Test
  void aTailMarkerWithMoreProseAfterItDoesNotCut() {
    String box = "Related Stories\nAnother story's headline\n";
    String text = ARTICLE + "\n" + box + ARTICLE + "\n" + ARTICLE + "\n";

    assertThat(run(step, text)).isEqualTo(ARTICLE + "\nAnother story's headline\n" + ARTICLE + "\n" + ARTICLE + "\n");
  }

  @Test
  void aSidebarListOfPreviousPostsDoesNotCutThePostBelowIt() {
    String about = "I have written about advertising in this city for many years, and I still hate it all.";
    String post = "Sunday, the best posts of the week.\nThe council voted to keep the library open late.\n";
    String text = about + "\nPrevious Posts\nA title\nAnother title\n" + post;

    assertThat(run(step, text)).isEqualTo(about + "\nA title\nAnother title\n" + post);
    assertThat(audit(step, text)).extracting(Change::step).containsExactly("boilerplate/post-list");
  }

  @Test
  void aTailMarkerInAMenuAboveTheArticleDoesNotCut() {
    String text = "News\nSports\nLeave a Comment\nSearch\nHeadline\n" + ARTICLE + "\n";

    assertThat(run(step, text)).isEqualTo("News\nSports\nSearch\nHeadline\n" + ARTICLE + "\n");
  }

  @Test
  void longLinesAreProse() {
    String line = "Leave a reply " + "x".repeat(BoilerplateStep.MAX_LINE_LENGTH);
    assertThat(run(step, "Text.\n" + line + "\n")).isEqualTo("Text.\n" + line + "\n");
  }

  @Test
  void aLongLineThatCollapsesUnderTheCapIsStillMatched() {
    String line = "\u00A0Share" + " ".repeat(BoilerplateStep.MAX_LINE_LENGTH) + "this:" + "\t".repeat(50);
    assertThat(run(step, "Text.\n" + line + "\nMore text.\n")).isEqualTo("Text.\nMore text.\n");
  }

  @Test
  void removesALineExactlyWhenTheFirstMatchingRuleWouldWithoutThePrefilter() {
    String[] pieces = {"Leave a", "REPLY", "comments", "12", "share on", "twitter", "powered by", "İ", "Σ", "\u2028",
        "\u001C", "\uD83D\uDE00", "\u00A0", "\t", "  ", "cookies", "we use", "this site uses", "x", "©", "all rights reserved",
        "related stories", ":", "?", "do you like this article", "you must be logged in to post a", "comment"};
    java.util.Random random = new java.util.Random(11);
    var lexicon = dev.corpuskit.lang.Language.of("en").lexicon();
    for (int round = 0; round < 3000; round++) {
      StringBuilder line = new StringBuilder();
      for (int i = random.nextInt(7); i >= 0; i--) {
        line.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
      }
      if (random.nextInt(20) == 0) {
        line.append("y".repeat(BoilerplateStep.MAX_LINE_LENGTH - 10 + random.nextInt(20)));
      }
      String normalised = dev.corpuskit.text.Whitespace.collapse(line.toString()).strip().toLowerCase(java.util.Locale.ROOT);
      String expected = null;
      if (!normalised.isEmpty() && normalised.length() <= BoilerplateStep.MAX_LINE_LENGTH) {
        expected = lexicon.stream().filter(r -> r.pattern().matches(normalised)).map(r -> "boilerplate/" + r.id())
            .findFirst().orElse(null);
      }
      var changes = audit(step, line.toString());
      assertThat(changes.isEmpty() ? null : changes.get(0).step()).as(line.toString()).isEqualTo(expected);
    }
  }
}
