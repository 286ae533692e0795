package dev.corpuskit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FindingTest {

  @Test
  void formatsAsFileLineColumnMessageRule() {
    Finding atByte = new Finding("encoding", Severity.ERROR, "a/b.txt", 3, 7, 42, "bad; fix it");
    Finding wholeFile = new Finding("empty", Severity.WARNING, "c.txt", 0, 0, -1, "empty; add text");

    assertThat(atByte.format()).isEqualTo("a/b.txt:3:7: bad; fix it [encoding]");
    assertThat(wholeFile.format()).isEqualTo("c.txt:1:1: empty; add text [empty]");
    assertThat(wholeFile).hasToString("WARNING c.txt:1:1: empty; add text [empty]");
  }

  /** A finding is one line whatever its file's name: the name cannot forge a line of its own. */
  @Test
  void formatEscapesControlCharactersInTheFileAndMessage() {
    Finding forged = new Finding("unsafe-name", Severity.ERROR, "x\n[INFO] BUILD SUCCESS.txt", 0, 0, -1,
        "the path holds \u001b[2K and \u2028; rename it");

    assertThat(forged.format()).isEqualTo(
        "x\\n[INFO] BUILD SUCCESS.txt:1:1: the path holds \\u001b[2K and \\u2028; rename it [unsafe-name]");
    assertThat(forged.format("src/main/corpus/x\n[INFO] BUILD SUCCESS.txt"))
        .isEqualTo("src/main/corpus/x\\n[INFO] BUILD SUCCESS.txt:1:1: the path holds \\u001b[2K and \\u2028;"
            + " rename it [unsafe-name]");
  }

  @Test
  void reportCountsBySeverity() {
    ValidationReport report = new ValidationReport(2, 10, List.of(
        new Finding("bom", Severity.WARNING, "a.txt", 1, 1, 0, "m"),
        new Finding("markup", Severity.INFO, "a.txt", 1, 1, -1, "m")));

    assertThat(report.count(Severity.WARNING)).isEqualTo(1);
    assertThat(report.count(Severity.INFO)).isEqualTo(1);
    assertThat(report.hasErrors()).isFalse();
  }
}
