package dev.corpuskit.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.corpuskit.audit.Change;
import dev.corpuskit.testing.LinearGrowth;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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
            tuple("repeated-paragraphs", 6, "A caption repeated twice"),
            tuple("boilerplate/comment-section", 7, "Leave a Reply"),
            tuple("boilerplate/comment-form", 8, "Connecting to %s"));
    // in line order; the blank lines 2 and 3, re-ended and collapsed, are not audited
    assertThat(cleaned.changes()).extracting(Change::line).isSorted();
    assertThat(cleaned.changes()).filteredOn(change -> change.step().equals("line-endings"))
        .extracting(Change::line).containsExactly(1, 4, 5, 6, 7);
  }

  @Test
  void aBlogThreadHeadedByDatedNamesIsCutBeforeItsHeadersAreTakenForBoilerplate() {
    String article = "The council voted on Monday to extend the library's opening hours through the winter.\n\n"
        + "Readers had asked for longer evening hours for years, and the vote was close but clear.\n\n";
    String comment = "I have waited for this for a long time, and I am glad the council finally listened to us all.\n\n";
    String thread = "Jane Doe July 7, 2012 at 12:27 am\n\n" + comment + comment
        + "Bob Stone July 8, 2012 at 9:02 pm\n\n" + comment + comment
        + "Ann Lee July 9, 2012 at 6:15 am\n\n" + comment + comment;

    Cleaned cleaned = Cleaner.withDefaults().clean(article + thread);

    assertThat(cleaned.text()).isEqualTo(article.strip() + "\n");
    assertThat(cleaned.changes()).filteredOn(c -> c.before().startsWith("Jane Doe"))
        .extracting(Change::step).containsExactly("comment-thread/thread");
  }

  @Test
  void anEmptyTextStaysEmpty() {
    assertThat(Cleaner.withDefaults().clean("").text()).isEmpty();
    assertThat(Cleaner.withDefaults().clean(" \r\n\u00A0\n\uFEFF\n").text()).isEmpty();
  }

  /** A pathological line of about {@code n} characters, by name. */
  record Pathological(String name, IntFunction<String> line) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Pathological> pathologicalLines() {
    return Stream.of(
        new Pathological("a run of letters", n -> "a".repeat(n)),
        new Pathological("orphan commas", n -> ", ".repeat(n / 2) + "x"),
        new Pathological("commas then spaces", n -> ",".repeat(n / 2) + " ".repeat(n / 2) + "x"),
        new Pathological("a comma then spaces", n -> "," + " ".repeat(n)),
        new Pathological("ampersands then ;", n -> "&".repeat(n) + ";"),
        new Pathological("&amp; runs", n -> "&amp;".repeat(n / 5)),
        new Pathological("&amp; then amp; runs", n -> "&amp;".repeat(n / 10) + "amp;".repeat(n / 10)),
        new Pathological("semicolons", n -> ";".repeat(n)),
        new Pathological("&# then 1;", n -> "&#".repeat(n / 2) + "1;"),
        new Pathological("a byline of bars", n -> "Posted on: " + "|".repeat(n) + " by:"),
        new Pathological("click here", n -> "download link " + "click here ".repeat(n / 11)),
        new Pathological("leave a reply", n -> "leave a reply ".repeat(n / 14)),
        new Pathological("odd spaces then x", n -> "\u00A0 \t".repeat(n / 3) + "x"),
        new Pathological("commenting using", n -> "you are commenting using your " + "a".repeat(n)));
  }

  /** Against catastrophic backtracking, not a performance claim: the cost grows with the line, linearly. */
  @ParameterizedTest
  @MethodSource("pathologicalLines")
  void aLongPathologicalLineCostsInProportionToItsLength(Pathological pathological) {
    Cleaner cleaner = Cleaner.withDefaults();
    LinearGrowth.assertLinear(pathological.name(), 16 * 1024, n -> {
      String line = pathological.line().apply(n);
      assertThat(cleaner.clean("Title\n" + line + "\n" + line + "\n").text()).isNotNull();
    });
  }
}
