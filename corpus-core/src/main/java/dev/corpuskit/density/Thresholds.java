package dev.corpuskit.density;

/**
 * The numbers of the density classifier. The defaults start from jusText's and were tuned on the
 * tuning part of the news-extraction benchmark (see BENCHMARKS.md).
 *
 * @param shortChars below this many characters a paragraph is {@link ParagraphClass#SHORT}
 * @param longChars above this many characters a dense paragraph is {@link ParagraphClass#GOOD}
 * @param lowStopWords below this stop-word density a paragraph is {@link ParagraphClass#BAD}
 * @param highStopWords from this stop-word density a paragraph is at least near-good
 * @param maxLinkDensity above this share of link text a paragraph is {@link ParagraphClass#BAD}
 * @param minRun between the first and the last good paragraph, bad paragraphs go only in runs of at
 *     least this many: a lone subheading, byline or caption inside the article stays, a menu goes
 * @param minGap a stretch of at least this many removed lines (removed here or by an earlier step)
 *     separates two regions of the page
 * @param minShare a region stays when its good text is at least this share of the main region's
 * @param headRun before the first good paragraph, bad paragraphs go in runs of at least this many:
 *     the title block just above the article is short, a menu or teaser list is longer
 * @param tailRun after the last good paragraph, bad paragraphs go in runs of at least this many
 * @param nearGap a region next to the main one, or next to a region kept for this reason, stays when
 *     at most this many removed lines separate them and it holds at least {@code nearShare} of the
 *     main region's good text: the rest of an article that an advertisement split off
 * @param nearShare see {@code nearGap}
 * @param leadParagraphs a region before the main one with at least this many good paragraphs stays
 *     when it holds at least {@code leadShare} of the main region's good text: the article leads the
 *     page, so such a region is its opening, which a box of short lines (a spec list, a gallery) parted
 *     from the rest; after the article come next stories, comments and teasers, which need
 *     {@code minShare}
 * @param leadShare see {@code leadParagraphs}
 */
public record Thresholds(int shortChars, int longChars, double lowStopWords, double highStopWords,
    double maxLinkDensity, int minRun, int minGap, double minShare, int headRun, int tailRun,
    int nearGap, double nearShare, int leadParagraphs, double leadShare) {

  /** Thresholds that judge a region before the main one like one after it ({@code leadShare = minShare}). */
  public Thresholds(int shortChars, int longChars, double lowStopWords, double highStopWords,
      double maxLinkDensity, int minRun, int minGap, double minShare, int headRun, int tailRun,
      int nearGap, double nearShare) {
    this(shortChars, longChars, lowStopWords, highStopWords, maxLinkDensity, minRun, minGap, minShare,
        headRun, tailRun, nearGap, nearShare, 1, minShare);
  }

  /** Thresholds that keep no region for being near the main one ({@code nearGap = 0}). */
  public Thresholds(int shortChars, int longChars, double lowStopWords, double highStopWords,
      double maxLinkDensity, int minRun, int minGap, double minShare, int headRun, int tailRun) {
    this(shortChars, longChars, lowStopWords, highStopWords, maxLinkDensity, minRun, minGap, minShare,
        headRun, tailRun, 0, 1);
  }

  /** Thresholds that treat bad runs alike wherever they stand ({@code headRun = tailRun = minRun}). */
  public Thresholds(int shortChars, int longChars, double lowStopWords, double highStopWords,
      double maxLinkDensity, int minRun, int minGap, double minShare) {
    this(shortChars, longChars, lowStopWords, highStopWords, maxLinkDensity, minRun, minGap, minShare,
        minRun, minRun);
  }

  /**
   * The defaults for plain text. Inside the article only a long run of bad paragraphs is trusted to
   * be boilerplate; before and after it, shorter runs go. Lines that earlier steps removed (repeated
   * across the corpus, lexicon matches) count as gaps, so a site's furniture splits the page into
   * regions and small regions far from the article (author bios, disclaimers, teasers) go; a region
   * that only a short gap (an advertisement) parts from the article stays, and so does a region of
   * prose before it, the article's opening.
   */
  public static Thresholds defaults() {
    return new Thresholds(70, 200, 0.30, 0.32, 0.2, 6, 3, 0.3, 4, 2, 5, 0.08, 2, 0.2);
  }

  /**
   * The defaults for HTML blocks: a lone bad block goes, since link density and block boundaries are
   * known; the page is already rooted at its article element, so regions are not split.
   */
  public static Thresholds forHtml() {
    return new Thresholds(70, 150, 0.27, 0.30, 0.45, 1, Integer.MAX_VALUE, 0.5);
  }
}
