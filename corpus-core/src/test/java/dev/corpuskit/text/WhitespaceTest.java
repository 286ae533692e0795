package dev.corpuskit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WhitespaceTest {

  @Test
  void isSpaceIsTheRegexClassForEveryChar() {
    Pattern space = Pattern.compile("[\\h\\s]");
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String s = String.valueOf((char) c);
      assertThat(Whitespace.isSpace((char) c)).as("U+%04X", c).isEqualTo(space.matcher(s).matches());
    }
  }

  @Test
  void collapseIsTheRegexReplacement() {
    for (String text : new String[] {"", " ", "a", "a b", " a ", "a  b", "a\tb", "\u00A0", "a \u00A0 b\n",
        "  lead", "trail  ", "x\u2003\u3000y z", "a\u2028b", "\uD83D\uDE00 \t\uD83D\uDE00"}) {
      assertThat(Whitespace.collapse(text)).as(text).isEqualTo(text.replaceAll("[\\h\\s]+", " "));
    }
  }

  @Test
  void collapseReturnsTheSameStringWhenNothingChanges() {
    String text = "Nothing to collapse here.";
    assertThat(Whitespace.collapse(text)).isSameAs(text);
  }
}
