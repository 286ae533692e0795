package dev.corpuskit.clean.steps;

import dev.corpuskit.clean.Audit;
import dev.corpuskit.clean.CleanerConfig;
import dev.corpuskit.clean.CleaningStep;
import dev.corpuskit.clean.Line;
import dev.corpuskit.text.C4Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * C4's line rules (Raffel et al. 2020, section 2.2, as TensorFlow Datasets' {@code c4_utils.clean_page}
 * defines them; see {@link C4Text}), an opt-in step: a line goes when it holds a word longer than
 * {@code c4.maxWordLength} (1000) characters, does not end in {@code .}, {@code ?}, {@code !} or
 * {@code "} (or ends in {@code ...}) once its citation marks are gone, has fewer than
 * {@code c4.minWordsPerLine} words (5, as the paper and TFDS; datatrove's {@code C4QualityFilter} uses
 * 3), or holds "javascript" or a policy phrase ("terms of use", "privacy policy", "cookie policy",
 * "uses cookies", "use of cookies", "use cookies"), any case. A kept line loses its citation marks
 * ({@code [1]}, {@code [edit]}, {@code [citation needed]}) and its leading and trailing whitespace;
 * the spaces a removed mark leaves between two words become one.
 *
 * <p>Unlike the reference, blank lines stay (they part paragraphs, which C4 joins with single line
 * breaks), and a line with "lorem ipsum" or {@code {} stays: those drop the whole page, which is the
 * {@code c4} validation rule's decision. Citation marks are removed until none is left ({@code [[1]]}
 * loses both), where the reference removes them once and leaves {@code []}: that keeps the step
 * idempotent. Audited as {@code c4/<reason>} ({@code c4/no-terminal-punctuation}, {@code
 * c4/too-few-words}, {@code c4/javascript}, {@code c4/policy}, {@code c4/too-long-word}) and
 * {@code c4/citation} for a changed line.
 */
public final class C4LinesStep implements CleaningStep {

  public static final String ID = "c4";

  private final int minWords;
  private final int maxWordLength;

  /** The step with C4's parameters, or those of {@code parameters} ({@code c4.minWordsPerLine}, {@code c4.maxWordLength}). */
  public C4LinesStep(Map<String, String> parameters) {
    this(intParameter(parameters, "c4.minWordsPerLine", C4Text.DEFAULT_MIN_WORDS_PER_LINE),
        intParameter(parameters, "c4.maxWordLength", C4Text.DEFAULT_MAX_WORD_LENGTH));
  }

  /** The step keeping lines of at least {@code minWords} words and no word longer than {@code maxWordLength}. */
  public C4LinesStep(int minWords, int maxWordLength) {
    this.minWords = minWords;
    this.maxWordLength = maxWordLength;
  }

  private static int intParameter(Map<String, String> parameters, String key, int defaultValue) {
    String value = parameters.get(key);
    return value == null ? defaultValue : CleanerConfig.positiveInt(key, value);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Line> apply(List<Line> lines, Audit audit) {
    List<Line> out = new ArrayList<>(lines.size());
    for (Line line : lines) {
      if (line.isBlank()) {
        out.add(line);
        continue;
      }
      C4Text.JudgedLine judged = C4Text.judge(line.text(), minWords, maxWordLength);
      C4Text.LineVerdict verdict = judged.verdict();
      if (verdict.dropsPage()) {
        out.add(line); // the page rule's to judge
      } else if (verdict == C4Text.LineVerdict.KEEP) {
        String kept = C4Text.strip(judged.text());
        if (!kept.equals(C4Text.strip(line.text()))) {
          kept = collapseBlanks(kept); // "March [1] and" leaves two spaces, which collapse-spaces ran before
        }
        if (longerWord(kept)) {
          // Removing a citation joined two words into one too long: the line goes, as a second run would decide.
          audit.removed(ID + "/" + C4Text.LineVerdict.TOO_LONG_WORD.code(), line);
          continue;
        }
        if (kept.equals(line.text())) {
          out.add(line);
        } else {
          audit.changed(ID + "/citation", line, kept);
          out.add(line.withText(kept));
        }
      } else {
        audit.removed(ID + "/" + verdict.code(), line);
      }
    }
    return out;
  }

  /** {@code text} with runs of spaces and tabs as one space, as the {@code collapse-spaces} step leaves them. */
  private static String collapseBlanks(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean blank = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t') {
        blank = true;
      } else {
        if (blank && out.length() > 0) {
          out.append(' ');
        }
        blank = false;
        out.append(c);
      }
    }
    return out.toString();
  }

  private boolean longerWord(String text) {
    return C4Text.judge(text, 0, maxWordLength).verdict() == C4Text.LineVerdict.TOO_LONG_WORD;
  }
}
