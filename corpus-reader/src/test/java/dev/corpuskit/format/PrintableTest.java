package dev.corpuskit.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableTest {

  @Test
  void aLineBreakInANameCannotStartALogLineOfItsOwn() {
    assertThat(Printable.escape("a\n[INFO] BUILD SUCCESS.txt")).isEqualTo("a\\n[INFO] BUILD SUCCESS.txt");
    assertThat(Printable.escape("a\r\nb\tc")).isEqualTo("a\\r\\nb\\tc");
  }

  @Test
  void everyControlLineSeparatorAndBidiOverrideIsEscaped() {
    assertThat(Printable.escape("\u0000\u001b[31m\u007f\u0085\u009f")).isEqualTo("\\u0000\\u001b[31m\\u007f\\u0085\\u009f");
    assertThat(Printable.escape("x\u2028y\u2029z")).isEqualTo("x\\u2028y\\u2029z");
    assertThat(Printable.escape("\u202a\u202e\u2066\u2069\u200e\u200f\u061c"))
        .isEqualTo("\\u202a\\u202e\\u2066\\u2069\\u200e\\u200f\\u061c");
    for (int c = 0; c < 0x10000; c++) {
      String escaped = Printable.escape(String.valueOf((char) c));
      boolean kept = escaped.length() == 1;
      assertThat(kept).as("U+%04X", c).isEqualTo(!(Character.isISOControl(c) || c == 0x2028 || c == 0x2029
          || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f
          || c == 0x061c));
    }
  }

  @Test
  void printableTextIsReturnedAsItIsAndEscapingTwiceChangesNothing() {
    String text = "caf\u00e9 \u65e5\u672c \ud83d\ude42 $(x) \\n back\\slash";
    assertThat(Printable.escape(text)).isSameAs(text);
    String once = Printable.escape("a\nb\u001b\u2028");
    assertThat(Printable.escape(once)).isEqualTo(once);
    assertThat(Printable.escape(null)).isEqualTo("null");
  }
}
