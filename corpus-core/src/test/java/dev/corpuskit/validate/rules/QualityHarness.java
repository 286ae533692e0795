package dev.corpuskit.validate.rules;

import dev.corpuskit.validate.DocumentRule;
import dev.corpuskit.validate.Measure;
import dev.corpuskit.validate.Reporter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs a quality rule on one text and keeps what it reported: its measured finding and its signals. */
final class QualityHarness {

  record Outcome(List<String> messages, List<Measure> measures, List<Integer> lines, Map<String, Double> signals) {
    String reason() {
      return measures.isEmpty() ? null : measures.get(0).name();
    }
  }

  private QualityHarness() {}

  static Outcome run(DocumentRule rule, String text) {
    List<String> messages = new ArrayList<>();
    List<Measure> measures = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    Map<String, Double> signals = new LinkedHashMap<>();
    rule.check(RuleHarness.text(text), new Reporter() {
      @Override
      public void report(int line, int column, String message) {
        throw new AssertionError("a quality rule reports what it measured: " + message);
      }

      @Override
      public void reportAtByte(long byteOffset, int line, int column, String message) {
        throw new AssertionError(message);
      }

      @Override
      public void reportMeasured(int line, int column, String message, Measure measure) {
        messages.add(message);
        measures.add(measure);
        lines.add(line);
      }

      @Override
      public void signal(String name, double value) {
        signals.put(name, value);
      }
    });
    return new Outcome(messages, measures, lines, signals);
  }

  /** Distinct filler words: {@code prefix} and a number, so that no two are equal. */
  static String unique(String prefix, int i) {
    return prefix + Integer.toString(i, 26).replace('0', 'q').replace('1', 'r').replace('2', 's')
        .replace('3', 't').replace('4', 'u').replace('5', 'v').replace('6', 'w').replace('7', 'x')
        .replace('8', 'y').replace('9', 'z');
  }

  /** {@code text} and one last word of letters that makes it exactly {@code length} code points long. */
  static String padTo(String text, int length) {
    int missing = length - text.codePointCount(0, text.length()) - 1;
    if (missing < 1) {
      throw new IllegalArgumentException("text already " + text.length() + " long, wanted " + length);
    }
    return text + " " + "k".repeat(missing);
  }
}
