package dev.corpuskit.clean.density;

/**
 * The numbers of the density classifier. The defaults start from jusText's and were tuned on the
 * tuning part of the news-extraction benchmark (see BENCHMARKS.md).
 *
 * @param shortChars below this many characters a paragraph is {@link ParagraphClass#SHORT}
 * @param longChars above this many characters a dense paragraph is {@link ParagraphClass#GOOD}
 * @param lowStopWords below this stop-word density a paragraph is {@link ParagraphClass#BAD}
 * @param highStopWords from this stop-word density a paragraph is at least near-good
 * @param maxLinkDensity above this share of link text a paragraph is {@link ParagraphClass#BAD}
 * @param minRun bad paragraphs go only in runs of at least this many: a lone title, byline or caption
 *     next to article text stays, a menu goes
 * @param minGap a run of at least this many removed paragraphs separates two regions of the page
 * @param minShare a region stays when its good text is at least this share of the main region's
 */
public record Thresholds(int shortChars, int longChars, double lowStopWords, double highStopWords,
    double maxLinkDensity, int minRun, int minGap, double minShare) {

  /** The defaults for plain text, where only a run of bad paragraphs is trusted to be boilerplate. */
  public static Thresholds defaults() {
    return new Thresholds(70, 200, 0.30, 0.32, 0.2, 6, 10, 0.5);
  }

  /**
   * The defaults for HTML blocks: a lone bad block goes, since link density and block boundaries are
   * known; the page is already rooted at its article element, so regions are not split.
   */
  public static Thresholds forHtml() {
    return new Thresholds(70, 150, 0.27, 0.30, 0.45, 1, Integer.MAX_VALUE, 0.5);
  }
}
