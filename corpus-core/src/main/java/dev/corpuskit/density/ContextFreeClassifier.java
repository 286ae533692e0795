package dev.corpuskit.density;

/** Classifies a paragraph from its own features alone (jusText's context-free pass). */
final class ContextFreeClassifier {

  private final Thresholds thresholds;

  public ContextFreeClassifier(Thresholds thresholds) {
    this.thresholds = thresholds;
  }

  /** The class of {@code paragraph}. */
  public ParagraphClass classify(Paragraph paragraph) {
    if (paragraph.linkDensity() > thresholds.maxLinkDensity() || paragraph.copyright()) {
      return ParagraphClass.BAD;
    }
    if (paragraph.chars() < thresholds.shortChars()) {
      return paragraph.linkDensity() > 0 ? ParagraphClass.BAD : ParagraphClass.SHORT;
    }
    if (paragraph.foreignScript() || paragraph.stopWordDensity() >= thresholds.highStopWords()) {
      return paragraph.chars() > thresholds.longChars() ? ParagraphClass.GOOD : ParagraphClass.NEAR_GOOD;
    }
    if (paragraph.stopWordDensity() >= thresholds.lowStopWords()) {
      return ParagraphClass.NEAR_GOOD;
    }
    return ParagraphClass.BAD;
  }
}
