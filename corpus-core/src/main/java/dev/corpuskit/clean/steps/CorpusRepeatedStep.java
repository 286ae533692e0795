package dev.corpuskit.clean.steps;

import dev.corpuskit.clean.Audit;
import dev.corpuskit.clean.CleaningStep;
import dev.corpuskit.clean.Line;
import dev.corpuskit.clean.RepeatedLines;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes lines that repeat across many documents of the corpus (site menus, bylines, newsletter
 * prompts), as mined by {@link RepeatedLines}. Without a corpus profile it does nothing.
 *
 * <p>Sentences that are repeated only by the lower bar of short lines (in two documents: a story a
 * site printed on two pages, a quote two reports share) stay when a run of them stands between two
 * paragraphs of the article that are not repeated: inside the article, a sentence shared with one
 * other page is the article's own. Boilerplate sentences (a newsletter prompt, a disclosure) stand at
 * the article's edges or among other repeated lines, and still go.
 */
public final class CorpusRepeatedStep implements CleaningStep {

  public static final String ID = "corpus-repeated";

  /** A paragraph of the article beside repeated sentences has at least this many characters. */
  static final int MIN_PARAGRAPH_BESIDE = 150;

  private final RepeatedLines repeated;

  public CorpusRepeatedStep(RepeatedLines repeated) {
    this.repeated = repeated;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Line> apply(List<Line> lines, Audit audit) {
    if (repeated == RepeatedLines.none()) {
      return lines; // no corpus to consult: no line is repeated, and no key is worth keeping
    }
    int n = lines.size();
    boolean[] removed = new boolean[n];
    boolean[] weak = new boolean[n];
    for (int i = 0; i < n; i++) {
      String text = lines.get(i).text();
      long key = RepeatedLines.keyOf(text);
      if (key != 0) {
        audit.consultedCorpus(key);
      }
      removed[i] = repeated.isRepeated(text, key);
      weak[i] = removed[i] && repeated.isRepeatedOnlyAsShort(text, key) && TailCut.prose(text) > 0;
    }
    for (int i = 0; i < n; i++) {
      if (!weak[i]) {
        continue;
      }
      int end = i;
      for (int j = i + 1; j < n; j++) {
        if (lines.get(j).isBlank()) {
          continue;
        }
        if (!weak[j]) {
          break;
        }
        end = j;
      }
      if (proseBeside(lines, removed, i, -1) && proseBeside(lines, removed, end, 1)) {
        for (int j = i; j <= end; j++) {
          removed[j] = false;
        }
      }
      i = end;
    }
    List<Line> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      if (removed[i]) {
        audit.removed(ID, lines.get(i));
      } else {
        out.add(lines.get(i));
      }
    }
    return out;
  }

  /**
   * Whether the nearest line with text before ({@code step} -1) or after (+1) line {@code i} is a
   * paragraph of prose ({@value #MIN_PARAGRAPH_BESIDE} characters or more, ending a sentence) that is
   * not repeated: article text. A long paragraph, since the later steps seldom remove one; a neighbour
   * they removed would change the judgement when the cleaned text is cleaned again.
   */
  private static boolean proseBeside(List<Line> lines, boolean[] removed, int i, int step) {
    for (int j = i + step; j >= 0 && j < lines.size(); j += step) {
      if (!lines.get(j).isBlank()) {
        return !removed[j] && TailCut.prose(lines.get(j).text()) >= MIN_PARAGRAPH_BESIDE;
      }
    }
    return false;
  }
}
