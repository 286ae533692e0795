package dev.corpuskit.clean.steps;

import dev.corpuskit.clean.Audit;
import dev.corpuskit.clean.CleaningStep;
import dev.corpuskit.clean.Language;
import dev.corpuskit.clean.Line;
import dev.corpuskit.clean.density.DensityClassifier;
import dev.corpuskit.clean.density.DensityClassifier.Verdict;
import dev.corpuskit.clean.density.Paragraph;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

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
    // A paragraph's features depend on its text alone: computed once, they serve every round.
    Map<Line, Paragraph> features = new IdentityHashMap<>();
    for (Line line : lines) {
      if (!line.isBlank()) {
        features.put(line, Paragraph.of(line.text(), language));
      }
    }
    List<Line> current = lines;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      List<Line> next = once(current, features, audit);
      if (next.size() == current.size()) {
        return next;
      }
      current = next;
    }
    return current;
  }

  private List<Line> once(List<Line> lines, Map<Line, Paragraph> features, Audit audit) {
    List<Paragraph> paragraphs = new ArrayList<>();
    List<Integer> gaps = new ArrayList<>();
    int previous = 0;
    int gap = 0;
    for (Line line : lines) {
      // Source lines missing between two lines here were removed by an earlier step or round.
      gap += Math.max(0, line.number() - previous - 1);
      previous = line.number();
      Paragraph paragraph = features.get(line);
      if (paragraph != null) {
        paragraphs.add(paragraph);
        gaps.add(gap);
        gap = 0;
      }
    }
    int[] removedBefore = gaps.stream().mapToInt(Integer::intValue).toArray();
    List<Verdict> verdicts = classifier.judge(paragraphs, removedBefore);
    List<Line> out = new ArrayList<>(lines.size());
    int p = 0;
    for (Line line : lines) {
      if (!features.containsKey(line)) {
        out.add(line);
        continue;
      }
      Verdict verdict = verdicts.get(p++);
      if (verdict.keep()) {
        out.add(line);
      } else {
        audit.removed(ID + "/" + verdict.rule(), line);
      }
    }
    return out;
  }
}
