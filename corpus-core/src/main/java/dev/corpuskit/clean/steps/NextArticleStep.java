package dev.corpuskit.clean.steps;

import dev.corpuskit.clean.Audit;
import dev.corpuskit.clean.CleaningStep;
import dev.corpuskit.clean.Line;
import dev.corpuskit.lang.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the next stories of a page that holds more than one: live blogs, infinite scroll, "next story"
 * feeds. Stories open with a stamp, a date with a time of day or a relative time ("December 21,
 * 2023/8:51 p.m. ET", "2d ago / 7:58 AM UTC"; {@link ArticleStarts}). The first stamp of the page
 * opens the article (stamps of a teaser list above it stand between too little prose to count); a
 * later stamp after at least {@value #MIN_PROSE} characters of prose since the previous one opens the
 * next story, and every line from it on goes. Prose is counted as by {@link TailCut#prose}. A page
 * with one stamp, or none, is left as it is. Audited as {@code next-article/<rule id>} of the stamp
 * that cuts.
 */
public final class NextArticleStep implements CleaningStep {

  public static final String ID = "next-article";

  /** The prose characters a story holds before a stamp may open the next one. */
  static final int MIN_PROSE = 800;

  private final ArticleStarts starts;

  /** The step with the article-start stamps of {@code language}. */
  public NextArticleStep(Language language) {
    this.starts = ArticleStarts.of(language);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Line> apply(List<Line> lines, Audit audit) {
    long prose = -1; // prose since the last stamp; -1 before the first one
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).text();
      String stamp = starts.match(text);
      if (stamp != null) {
        if (prose >= MIN_PROSE) {
          String auditId = ID + "/" + stamp;
          List<Line> out = new ArrayList<>(lines.subList(0, i));
          for (Line cut : lines.subList(i, lines.size())) {
            audit.removed(auditId, cut);
          }
          return out;
        }
        prose = 0;
      } else if (prose >= 0) {
        prose += TailCut.prose(text);
      }
    }
    return lines;
  }
}
