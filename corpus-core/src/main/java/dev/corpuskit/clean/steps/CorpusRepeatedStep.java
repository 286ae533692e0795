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
 */
public final class CorpusRepeatedStep implements CleaningStep {

  public static final String ID = "corpus-repeated";

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
    List<Line> out = new ArrayList<>(lines.size());
    for (Line line : lines) {
      long key = RepeatedLines.keyOf(line.text());
      if (key != 0) {
        audit.consultedCorpus(key);
      }
      if (repeated.isRepeated(line.text(), key)) {
        audit.removed(ID, line);
      } else {
        out.add(line);
      }
    }
    return out;
  }
}
