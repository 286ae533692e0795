package dev.corpuskit.density;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.density.DensityClassifier.Verdict;
import dev.corpuskit.lang.Language;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DensityClassifierTest {

  private static final Language EN = Language.of("en");
  private static final String PROSE = "The council said on Monday that it would rebuild the old bridge over the"
      + " river by the end of the year, and that the work would start in the spring, when the water is low"
      + " and the boats that use it in the summer are not yet on the river.";

  private static List<Paragraph> paragraphs(String... texts) {
    return Stream.of(texts).map(t -> Paragraph.of(t, EN)).toList();
  }

  @Test
  void featuresCountWordsStopWordsAndTerminalPunctuation() {
    Paragraph p = Paragraph.of("It is on the table, he said.", EN);

    assertThat(p.words()).isEqualTo(7);
    assertThat(p.stopWordDensity()).isCloseTo(6 / 7.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(p.endsSentence()).isTrue();
    assertThat(Paragraph.of("Home", EN).endsSentence()).isFalse();
  }

  @Test
  void contextFreeClassesFollowLengthStopWordsAndLinks() {
    ContextFreeClassifier classifier = new ContextFreeClassifier(Thresholds.defaults());

    assertThat(classifier.classify(Paragraph.of(PROSE, EN))).isEqualTo(ParagraphClass.GOOD);
    assertThat(classifier.classify(Paragraph.of("Weather", EN))).isEqualTo(ParagraphClass.SHORT);
    assertThat(classifier.classify(Paragraph.of(PROSE, PROSE.length() / 2, false, EN)))
        .isEqualTo(ParagraphClass.BAD);
    assertThat(classifier.classify(Paragraph.of("Acme Widgets Gadgets Gizmos Sprockets Cogs Flanges Valves Pumps "
        + "Brackets Hinges", EN))).isEqualTo(ParagraphClass.BAD);
  }

  @Test
  void aShortLineBetweenGoodParagraphsIsKept() {
    assertThat(ContextSmoothing.revise(List.of(ParagraphClass.GOOD, ParagraphClass.SHORT, ParagraphClass.GOOD)))
        .containsExactly(ParagraphClass.GOOD, ParagraphClass.GOOD, ParagraphClass.GOOD);
    assertThat(ContextSmoothing.revise(List.of(ParagraphClass.BAD, ParagraphClass.SHORT, ParagraphClass.GOOD)))
        .containsExactly(ParagraphClass.BAD, ParagraphClass.BAD, ParagraphClass.GOOD);
  }

  @Test
  void aLongMenuGoesButALoneTitleStays() {
    List<Verdict> verdicts = DensityClassifier.withDefaults().judge(
        paragraphs("Home", "News", "Sport", "Weather", "Video", "Contact us", "A lone title", PROSE, PROSE));

    assertThat(verdicts).extracting(Verdict::keep)
        .containsExactly(false, false, false, false, false, false, false, true, true);
    assertThat(verdicts.get(0).rule()).isEqualTo("context");

    assertThat(DensityClassifier.withDefaults().judge(paragraphs("A lone title", PROSE)))
        .extracting(Verdict::keep).containsExactly(true, true);
  }

  @Test
  void withoutAnyProseEverythingIsKept() {
    assertThat(DensityClassifier.withDefaults().judge(paragraphs("Home", "News", "Sport", "Weather", "Video",
        "Contact", "About"))).allMatch(Verdict::keep);
  }

  @Test
  void aSmallDistantRegionGoes() {
    String teaser = "Readers also liked this story about the harbour, which the council said it would reopen.";
    List<String> texts = new java.util.ArrayList<>(List.of(PROSE, PROSE, PROSE, PROSE));
    for (int i = 0; i < 12; i++) {
      texts.add("Link " + i);
    }
    texts.add("Acme Widgets Gadgets Gizmos Sprockets Cogs Flanges Valves Pumps Brackets Hinges Bolts");
    texts.add(teaser + " " + teaser + " " + teaser);

    List<Verdict> verdicts = DensityClassifier.withDefaults().judge(paragraphs(texts.toArray(String[]::new)));

    assertThat(verdicts.get(verdicts.size() - 1)).isEqualTo(new Verdict(false, "outside-main"));
    assertThat(verdicts.subList(0, 4)).allMatch(Verdict::keep);
  }

  @Test
  void theRestOfAnArticleThatAnAdvertisementSplitOffStays() {
    // Ten paragraphs of the article, then one more after the lines of an advertisement, or of a menu.
    List<Paragraph> page = paragraphs(Stream.generate(() -> PROSE).limit(11).toArray(String[]::new));
    int[] removedBefore = new int[page.size()];

    removedBefore[10] = 4;
    assertThat(DensityClassifier.withDefaults().judge(page, removedBefore)).allMatch(Verdict::keep);
    removedBefore[10] = 12;
    assertThat(DensityClassifier.withDefaults().judge(page, removedBefore).get(10))
        .isEqualTo(new Verdict(false, "outside-main"));
  }

  @Test
  void theArticlesOpeningThatABoxOfShortLinesPartedOffStaysButALoneNoticeBeforeItGoes() {
    // Two paragraphs of the article's opening, a spec list gone, then nine paragraphs of the rest:
    // 2/9 of the main region's good text, under minShare but over leadShare.
    List<Paragraph> page = paragraphs(Stream.generate(() -> PROSE).limit(11).toArray(String[]::new));
    int[] removedBefore = new int[page.size()];
    removedBefore[2] = 12;

    assertThat(DensityClassifier.withDefaults().judge(page, removedBefore)).allMatch(Verdict::keep);

    // after the article, the same region is the next story's, and goes
    List<Paragraph> reversed = paragraphs(Stream.generate(() -> PROSE).limit(11).toArray(String[]::new));
    int[] removedAfter = new int[reversed.size()];
    removedAfter[9] = 12;
    assertThat(DensityClassifier.withDefaults().judge(reversed, removedAfter).subList(9, 11))
        .containsOnly(new Verdict(false, "outside-main"));

    // a lone paragraph before the article (a notice) goes
    List<Paragraph> notice = paragraphs(Stream.generate(() -> PROSE).limit(6).toArray(String[]::new));
    int[] removedAfterNotice = new int[notice.size()];
    removedAfterNotice[1] = 12;
    assertThat(DensityClassifier.withDefaults().judge(notice, removedAfterNotice).get(0))
        .isEqualTo(new Verdict(false, "outside-main"));
  }

  @Test
  void linesRemovedByEarlierStepsSplitRegions() {
    String bio = "Jane Doe has written about the city and its council for the paper since 2010, and she"
        + " lives by the river with her family and two dogs, who like the boats.";
    List<Paragraph> page = paragraphs(PROSE, PROSE, PROSE, bio);

    assertThat(DensityClassifier.withDefaults().judge(page, new int[] {0, 0, 0, 0})).allMatch(Verdict::keep);
    assertThat(DensityClassifier.withDefaults().judge(page, new int[] {0, 0, 0, 3}).get(3))
        .isEqualTo(new Verdict(false, "outside-main"));
  }

  @Test
  void shortRunsGoBeforeAndAfterTheArticleButNotInsideIt() {
    DensityClassifier classifier = DensityClassifier.withDefaults();

    assertThat(classifier.judge(paragraphs("Home", "News", "Sport", "Weather", "A title", PROSE, PROSE)))
        .extracting(Verdict::keep).containsExactly(false, false, false, false, false, true, true);
    assertThat(classifier.judge(paragraphs("Section", "A title", "A byline", PROSE, PROSE)))
        .allMatch(Verdict::keep);
    assertThat(classifier.judge(paragraphs(PROSE, PROSE, "Share", "Tags")))
        .extracting(Verdict::keep).containsExactly(true, true, false, false);
    assertThat(classifier.judge(paragraphs(PROSE, PROSE, "A map"))).allMatch(Verdict::keep);
    assertThat(classifier.judge(paragraphs(PROSE, "One", "Two", "Three", "Four", PROSE)))
        .allMatch(Verdict::keep);
  }

  private static final String SPANISH = "Un video popular en TikTok muestra a un pasajero de avión aparentemente"
      + " desorientado y enojado, pero eventualmente se calma cuando una mujer y otros pasajeros le cantan.";

  @Test
  void aPageInAnotherLanguageKeepsItsArticle() {
    List<Verdict> verdicts = DensityClassifier.withDefaults().judge(paragraphs(
        "If your time is short, here is what you should know about it.", "Home", "News", "Sport", "Video",
        SPANISH, SPANISH, SPANISH, SPANISH));

    assertThat(PageLanguage.isOther(paragraphs("Home", SPANISH, SPANISH), 70)).isTrue();
    assertThat(PageLanguage.isOther(paragraphs(SPANISH, PROSE, PROSE), 70)).isFalse();
    assertThat(verdicts.subList(5, 9)).extracting(Verdict::keep).containsOnly(true);
    assertThat(verdicts.subList(1, 5)).extracting(Verdict::keep).containsOnly(false);
  }
}
