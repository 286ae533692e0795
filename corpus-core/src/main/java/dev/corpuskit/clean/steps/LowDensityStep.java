package dev.corpuskit.clean.steps;

import dev.corpuskit.clean.Audit;
import dev.corpuskit.clean.CleaningStep;
import dev.corpuskit.clean.Line;
import dev.corpuskit.density.DensityClassifier.Verdict;
import dev.corpuskit.density.DensityClassifier;
import dev.corpuskit.density.Paragraph;
import dev.corpuskit.lang.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Removes paragraphs (non-blank lines) that the {@link DensityClassifier} judges boilerplate: short,
 * stop-word-poor lines such as menus, bylines and teaser headlines, unless article paragraphs
 * surround them. Lines that earlier steps removed count as gaps between regions of the page (see
 * {@link DensityClassifier#judge(List, int[])}). Audited as {@code low-density/<rule>}. It repeats
 * until nothing more goes, so that a second run finds nothing: removing a line changes its
 * neighbours' context.
 */
public final class LowDensityStep implements CleaningStep {

  public static final String ID = "low-density";

  private static final int MAX_ROUNDS = 10;

  private final Language language;
  private final DensityClassifier classifier;

  public LowDensityStep(Language language, DensityClassifier classifier) {
    this.language = language;
    this.classifier = classifier;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Line> apply(List<Line> lines, Audit audit) {
    // A paragraph's features depend on its text alone: computed once, they serve every round. They
    // are kept by position in lines; each round keeps the positions of the lines still standing.
    Paragraph[] features = new Paragraph[lines.size()];
    int[] standing = new int[lines.size()];
    for (int i = 0; i < features.length; i++) {
      Line line = lines.get(i);
      if (!line.isBlank()) {
        features[i] = Paragraph.of(line.text(), language);
      }
      standing[i] = i;
    }
    int count = standing.length;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      int next = once(lines, standing, count, features, audit);
      if (next == count) {
        break;
      }
      count = next;
    }
    List<Line> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(lines.get(standing[i]));
    }
    return out;
  }

  /**
   * One round over the lines at the first {@code count} positions of {@code standing}: the positions
   * of the lines it keeps move to the front, in order. Returns how many it keeps.
   */
  private int once(List<Line> lines, int[] standing, int count, Paragraph[] features, Audit audit) {
    List<Paragraph> paragraphs = new ArrayList<>(count);
    int[] removedBefore = new int[count];
    int previous = 0;
    int gap = 0;
    for (int i = 0; i < count; i++) {
      int at = standing[i];
      Line line = lines.get(at);
      // Source lines missing between two lines here were removed by an earlier step or round.
      gap += Math.max(0, line.number() - previous - 1);
      previous = line.number();
      if (features[at] != null) {
        removedBefore[paragraphs.size()] = gap;
        paragraphs.add(features[at]);
        gap = 0;
      }
    }
    List<Verdict> verdicts = classifier.judge(paragraphs,
        Arrays.copyOf(removedBefore, paragraphs.size()));
    int kept = 0;
    int p = 0;
    for (int i = 0; i < count; i++) {
      int at = standing[i];
      if (features[at] != null) {
        Verdict verdict = verdicts.get(p++);
        if (!verdict.keep()) {
          audit.removed(ID + "/" + verdict.rule(), lines.get(at));
          continue;
        }
      }
      standing[kept++] = at;
    }
    return kept;
  }
}
