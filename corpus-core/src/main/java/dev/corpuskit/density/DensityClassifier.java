package dev.corpuskit.density;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells article paragraphs from boilerplate by length, stop-word density, link density, the
 * paragraphs around them (after jusText) and their position: the article is the region of the page
 * with the most good text ({@link MainRegion}). A page without good paragraphs takes its near-good
 * ones as anchors; a page with neither is kept whole, having nothing to judge the rest by. Bad runs
 * before the first and after the last good paragraph go sooner than runs inside the article. On a
 * page in another language than the cleaner's ({@link PageLanguage}) stop words say nothing, and
 * paragraphs are judged by their length.
 */
public final class DensityClassifier {

  private final ContextFreeClassifier contextFree;
  private final Thresholds thresholds;
  private final MainRegion mainRegion;

  public DensityClassifier(Thresholds thresholds) {
    this.contextFree = new ContextFreeClassifier(thresholds);
    this.thresholds = thresholds;
    this.mainRegion = new MainRegion(thresholds.minGap(), thresholds.minShare(), thresholds.nearGap(),
        thresholds.nearShare(), thresholds.leadParagraphs(), thresholds.leadShare());
  }

  /** The classifier with the default thresholds. */
  public static DensityClassifier withDefaults() {
    return new DensityClassifier(Thresholds.defaults());
  }

  /** One verdict per paragraph: kept, or removed with the reason as a rule id. */
  public List<Verdict> judge(List<Paragraph> paragraphs) {
    return judge(paragraphs, new int[paragraphs.size()]);
  }

  /**
   * One verdict per paragraph, knowing that {@code removedBefore[i]} lines of the source between
   * paragraph {@code i - 1} and paragraph {@code i} are already gone (removed by an earlier step):
   * such gaps separate regions of the page like removed paragraphs do.
   */
  public List<Verdict> judge(List<Paragraph> paragraphs, int[] removedBefore) {
    List<ParagraphClass> classes = new ArrayList<>(paragraphs.size());
    boolean otherLanguage = PageLanguage.isOther(paragraphs, thresholds.shortChars());
    for (Paragraph paragraph : paragraphs) {
      classes.add(contextFree.classify(otherLanguage ? PageLanguage.withoutStopWords(paragraph) : paragraph));
    }
    List<Verdict> verdicts = new ArrayList<>(paragraphs.size());
    if (!classes.contains(ParagraphClass.GOOD)) {
      if (!classes.contains(ParagraphClass.NEAR_GOOD)) {
        paragraphs.forEach(p -> verdicts.add(Verdict.KEEP));
        return verdicts;
      }
      // A page of short paragraphs: its best paragraphs are the anchors.
      classes.replaceAll(c -> c == ParagraphClass.NEAR_GOOD ? ParagraphClass.GOOD : c);
    }
    List<ParagraphClass> revised = ContextSmoothing.revise(classes);
    int first = classes.indexOf(ParagraphClass.GOOD);
    int last = classes.lastIndexOf(ParagraphClass.GOOD);
    boolean[] keep = new boolean[paragraphs.size()];
    int[] weight = new int[paragraphs.size()];
    for (int i = 0; i < paragraphs.size(); ) {
      int end = i;
      while (end < paragraphs.size() && revised.get(end) == revised.get(i)) {
        end++;
      }
      int run = end <= first ? thresholds.headRun() : i > last ? thresholds.tailRun() : thresholds.minRun();
      boolean remove = revised.get(i) == ParagraphClass.BAD && end - i >= run;
      for (int j = i; j < end; j++) {
        keep[j] = !remove;
        weight[j] = classes.get(j) == ParagraphClass.GOOD ? paragraphs.get(j).chars() : 0;
      }
      i = end;
    }
    boolean[] main = mainRegion.select(keep, weight, removedBefore);
    for (int i = 0; i < paragraphs.size(); i++) {
      verdicts.add(main[i] ? Verdict.KEEP
          : keep[i] ? new Verdict(false, "outside-main") : removal(classes.get(i)));
    }
    return verdicts;
  }

  private static Verdict removal(ParagraphClass contextFree) {
    return contextFree == ParagraphClass.BAD ? new Verdict(false, "low-density") : new Verdict(false, "context");
  }

  /**
   * Whether a paragraph stays.
   *
   * @param keep true to keep it
   * @param rule why it goes, as a rule id; empty when kept
   */
  public record Verdict(boolean keep, String rule) {
    static final Verdict KEEP = new Verdict(true, "");
  }
}
