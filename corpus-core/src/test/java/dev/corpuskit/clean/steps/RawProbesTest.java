package dev.corpuskit.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import dev.corpuskit.text.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RawProbesTest {

  private static final List<String> PATTERNS = List.of(
      "((updated|posted) )?\\d+ ?(s|m|h|min|hours?)\\.? ago\\b.{0,40}",
      ".{0,30}\\b(jan|feb|mar)[a-z]*\\.? \\d{1,2},? \\d{4}.{0,20}\\d{1,2}:\\d{2}.*",
      "kelvin k?");

  @Test
  void aLineRuledOutMatchesNoPatternOnceNormalised() {
    List<Pattern> patterns = new ArrayList<>();
    List<PatternShape> shapes = new ArrayList<>();
    for (String regex : PATTERNS) {
      patterns.add(Pattern.compile(regex));
      shapes.add(PatternShape.of(regex));
    }
    RawProbes probes = new RawProbes(shapes);
    String[] pieces = {"5", "12", " ", "\u00A0", "\t", "ago", "AGO", "aGo", "a", "g", "o", "h", "Min", "Jan",
        "FEB", "mar", "ch", "3:45", ":", "2024", ",", ".", "kelvin", "\u212A", "K", "\u0130", "updated ",
        "Posted "};
    Random random = new Random(11);
    int ruledOut = 0;
    for (int n = 0; n < 50_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(10); k >= 0; k--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String line = text.toString();
      if (probes.ruleOut(line)) {
        ruledOut++;
        String normalised = Whitespace.collapse(line).strip().toLowerCase(Locale.ROOT);
        for (Pattern pattern : patterns) {
          assertThat(pattern.matcher(normalised).matches()).as(line).isFalse();
        }
      }
    }
    assertThat(ruledOut).isGreaterThan(1000);
  }

  @Test
  void aCoreIsFoundInAnySpellingOfItsChars() {
    RawProbes probes = new RawProbes(List.of(PatternShape.of("\\d+ ?(s|m) ago")));

    assertThat(probes.ruleOut("5 m AgO")).isFalse();
    assertThat(probes.ruleOut("5 m a g o")).isTrue();
    assertThat(RawProbes.common(java.util.Set.of("s ago", "m. ago", "hours ago"))).isEqualTo("ago");
  }
}
