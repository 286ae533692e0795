package dev.corpuskit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpuskit.audit.Change;
import org.junit.jupiter.api.Test;

class AuditDetailTest {

  private static final String LONG = "The council said on Tuesday that the bridge over the river would reopen next "
      + "month, after two years of repairs that cost far more than planned.";

  @Test
  void fullKeepsTheChangeAsItIs() {
    Change change = new Change("spaces", 4, LONG, LONG.replace("  ", " "));
    assertThat(AuditDetail.FULL.reduce(change)).isSameAs(change);
  }

  @Test
  void shortLinesAreKeptWhole() {
    Change change = new Change("collapse-spaces", 3, "x  y", "x y");
    assertThat(AuditDetail.EXCERPT.reduce(change)).isSameAs(change);
    Change removal = new Change("boilerplate/cookie-notice", 7, "We use cookies.", null);
    assertThat(AuditDetail.EXCERPT.reduce(removal)).isSameAs(removal);
  }

  @Test
  void aRemovedLineKeepsItsStart() {
    Change reduced = AuditDetail.EXCERPT.reduce(new Change("low-density/context", 12, LONG, null));
    assertThat(reduced.step()).isEqualTo("low-density/context");
    assertThat(reduced.line()).isEqualTo(12);
    assertThat(reduced.after()).isNull();
    assertThat(reduced.before()).isEqualTo(LONG.substring(0, AuditDetail.REMOVED_EXCERPT_CHARS) + "…");
  }

  @Test
  void aChangedLineIsCutAroundTheChange() {
    String before = LONG + " The mayor\u00A0said she was relieved.";
    String after = LONG + " The mayor said she was relieved.";
    Change reduced = AuditDetail.EXCERPT.reduce(new Change("spaces", 2, before, after));
    int at = LONG.length() + " The mayor".length();
    int from = at - AuditDetail.CONTEXT_CHARS;
    assertThat(reduced.before()).isEqualTo("…" + before.substring(from));
    assertThat(reduced.after()).isEqualTo("…" + after.substring(from));
    assertThat(reduced.before()).contains("mayor\u00A0said");
    assertThat(reduced.after()).contains("mayor said");
  }

  @Test
  void aCutNeverSplitsASurrogatePair() {
    String text = "x".repeat(AuditDetail.EXCERPT_CHARS - 1) + "\uD83D\uDE00" + "tail";
    String excerpt = AuditDetail.excerpt(text, 0);
    assertThat(excerpt).isEqualTo("x".repeat(AuditDetail.EXCERPT_CHARS - 1) + "…");
  }

  @Test
  void levelsAreNamedInLowerCase() {
    assertThat(AuditDetail.of("Excerpt")).isEqualTo(AuditDetail.EXCERPT);
    assertThat(AuditDetail.of("full").id()).isEqualTo("full");
    assertThatThrownBy(() -> AuditDetail.of("some")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("full, excerpt or counts");
    assertThat(AuditDetail.of(" COUNTS ")).isEqualTo(AuditDetail.COUNTS);
  }
}
