package dev.corpuskit.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import java.util.stream.Stream;

class CleanerTest {

  @Test
  void auditLinesPointAtSourceLinesAfterCrlfAndRemovals() {
    String source = "\uFEFFTitle\r\n\r\n\r\nsustained, , military\r\nA caption repeated twice\r\n"
        + "A caption repeated twice\r\nLeave a Reply\r\nConnecting to %s";

    Cleaned cleaned = Cleaner.withDefaults().clean(source);

    assertThat(cleaned.text()).isEqualTo("Title\n\nsustained, military\nA caption repeated twice\n");
    assertThat(cleaned.changes())
        .filteredOn(change -> !change.step().equals("line-endings"))
        .extracting(Change::step, Change::line, Change::before)
        .containsExactly(
            tuple("strip-bom", 1, "\uFEFFTitle"),
            tuple("orphan-punctuation", 4, "sustained, , military"),
            tuple("boilerplate/comment-section", 7, "Leave a Reply"),
            tuple("boilerplate/comment-form", 8, "Connecting to %s"),
            tuple("repeated-paragraphs", 6, "A caption repeated twice"),
            tuple("collapse-blank-lines", 3, ""));
    assertThat(cleaned.changes()).filteredOn(change -> change.step().equals("line-endings"))
        .extracting(Change::line).containsExactly(1, 2, 3, 4, 5, 6, 7);
  }

  @Test
  void anEmptyTextStaysEmpty() {
    assertThat(Cleaner.withDefaults().clean("").text()).isEmpty();
    assertThat(Cleaner.withDefaults().clean(" \r\n\u00A0\n\uFEFF\n").text()).isEmpty();
  }

  static Stream<String> pathologicalLines() {
    int n = 100_000;
    return Stream.of(
        "a".repeat(n),
        ", ".repeat(n / 2) + "x",
        ",".repeat(n) + " ".repeat(n) + "x",
        "," + " ".repeat(n),
        "&".repeat(n) + ";",
        "&amp;".repeat(n / 5),
        "&amp;".repeat(n / 5) + "amp;".repeat(n / 5),
        ";".repeat(n),
        "&#".repeat(n / 2) + "1;",
        "Posted on: " + "|".repeat(n) + " by:",
        "download link " + "click here ".repeat(n / 11),
        "leave a reply ".repeat(n / 14),
        "\u00A0 \t".repeat(n / 3) + "x",
        "you are commenting using your " + "a".repeat(n));
  }

  @ParameterizedTest
  @MethodSource("pathologicalLines")
  void aLongPathologicalLineFinishesQuickly(String line) {
    String text = "Title\n" + line + "\n" + line + "\n";
    // A safety net against catastrophic backtracking, not a performance claim.
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Cleaner.withDefaults().clean(text));
  }
}
