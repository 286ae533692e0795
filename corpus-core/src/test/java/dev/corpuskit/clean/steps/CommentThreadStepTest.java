package dev.corpuskit.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.clean.Audit;
import dev.corpuskit.clean.Line;
import dev.corpuskit.lang.Language;
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
  void aBlogThreadOfDatedHeadersAndReplyLinksIsCutFromItsFirstHeader() {
    String article = "A short post\nby Jo Writer on June 25, 2012\n" + ARTICLE + "\n" + ARTICLE + "\n";
    String thread = "jackie_n July 7, 2012 at 12:27 am\nWhat a lovely story, it made my day and I will tell my"
        + " friends about it.\nReply\nAlita Gomez July 6, 2012 at 10:47 pm\nWonderful!\nThank you for sharing.\n"
        + "Reply\nPeter Flom 07.08.12 at 13:24\nI disagree with the premise of this post, and I have said so"
        + " before on this very blog.\nby Sir_Sri (199544) writes: on Monday July 23, @09:46PM (#40744615)\n"
        + "You care, because one thing you do not want to find out is who knows your old boss.\n"
        + "Reply to This Parent Share\nArchives\nJuly 2012\n";

    assertThat(clean(article + thread)).isEqualTo(article);
    assertThat(clean(clean(article + thread))).isEqualTo(clean(article + thread));
  }

  @Test
  void datedHeadlinesBeforeTheArticleMakeNoThread() {
    String text = "Latest\nStorm hits the coast July 7, 2012 at 12:27 am\nMarkets fall July 7, 2012 at 11:02 am\n"
        + "Rail strike ends July 7, 2012 at 10:47 am\n" + ARTICLE + "\n" + ARTICLE + "\n";

    assertThat(clean(text)).isEqualTo(text);
  }

  @Test
  void timesWithoutDatesInALiveReportMakeNoThread() {
    String text = ARTICLE + "\n10:32 am\n" + ARTICLE + "\n10:45 am\nReply\n" + ARTICLE + "\n11:02 am\n"
        + ARTICLE + "\n";

    assertThat(clean(text)).isEqualTo(text);
  }

  @Test
  void headersWithIsoDatesAndSaidWithACommaMakeAThread() {
    String article = ARTICLE + "\n" + ARTICLE + "\n";
    String thread = "on 2012-10-09 at 9:00 am Olaf van der Spek\nOh, nice!\non 2012-10-09 at 9:03 am Fernando\n"
        + "Can you elaborate?\nfirefighter jeff said,\n"
        + "Good job on the dovetails.\nPaula said,\nBully for you.\n";

    assertThat(clean(article + thread)).isEqualTo(article);
  }

  @Test
  void postsEmbeddedInAnArticleDatedWithoutATimeMakeNoThread() {
    String text = ARTICLE + "\n" + ARTICLE + "\nWhat a night! pic.twitter.com/abc\n"
        + "\u2014 Los Angeles Rams (@RamsNFL) December 22, 2023\n" + ARTICLE + "\nQuarterback next.\n"
        + "\u2014 NFL (@NFL) December 22, 2023\n" + ARTICLE + "\nRain again.\n"
        + "\u2014 frame yourself (@frameyourself) November 1, 2023\n" + ARTICLE + "\n";

    assertThat(clean(text)).isEqualTo(text);
  }

  @Test
  void aListOfDatedPostsAfterATaglineIsNoThread() {
    String text = "The blog of a woodworker who writes about tools, joints and the odd chair.\nRecent posts\n"
        + "Dovetails by hand July 7, 2012\nA new bench July 2, 2012\nSharpening June 28, 2012\n"
        + ARTICLE + "\n" + ARTICLE + "\n";

    assertThat(clean(text)).isEqualTo(text);
  }

  @Test
  void aClusterOfDatelinesAfterAStandfirstIsNoThread() {
    String text = "Storm hits the coast\nThe storm cut power to thousands of homes and closed the port for a day.\n"
        + ARTICLE + "\n"
        + "By Jo Smith July 7, 2012 10:00 am\nPublished: July 7, 2012 10:00 am\nUpdated: July 7, 2012 12:30 pm\n"
        + ARTICLE + "\n" + ARTICLE + "\n";

    assertThat(clean(text)).isEqualTo(text);
  }

  @Test
  void aCommentSectionHeadingNamingThePostCutsTheThreadAfterTheArticle() {
    String article = "Can buyers be wrong?\n" + ARTICLE + "\n" + ARTICLE + "\n";
    String thread = "46 Comments on \u201cCan buyers be wrong?\u201d\nbigtruck\nI would have added every EV to that"
        + " list, and a few hybrids as well.\nPch101\nPer the link, the van is not recommended because of its"
        + " reliability.\n";

    assertThat(clean(article + thread)).isEqualTo(article);
    assertThat(clean("3 Responses to \u201cCan buyers be wrong?\u201d\n" + article)).isEqualTo(
        "3 Responses to \u201cCan buyers be wrong?\u201d\n" + article);
  }

  @Test
  void numberedDatedHeadersAndSaidWithAnEllipsisMakeAThread() {
    String article = ARTICLE + "\n" + ARTICLE + "\n";
    String numbered = "1. William Kirk - August 8, 2012\nShatner rules!\n2. MJ - August 8, 2012\nCongrats to him.\n"
        + "3. Basement Blogger - August 9, 2012\nThe mayor missed it completely.\n";
    String blogger = "S/V Blondie-Dog said...\nHi Chef, I made this dish too.\nCJ said\u2026\nFine wine.\n"
        + "Anonymous said...\nMore garlic!\n";

    assertThat(clean(article + numbered)).isEqualTo(article);
    assertThat(clean(article + blogger)).isEqualTo(article);
  }

  @Test
  void aHandleHasNoSpaces() {
    assertThat(STEP.quotedHandle("thestryker said:")).isEqualTo("thestryker");
    assertThat(STEP.quotedHandle("The mayor said:")).isNull();
    assertThat(STEP.quotedHandle("said:")).isNull();
  }
}
