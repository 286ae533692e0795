package dev.corpuskit.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextPositionTest {

  @Test
  void startOfText() {
    assertThat(TextPosition.of("abc", 0)).isEqualTo(TextPosition.START).isEqualTo(new TextPosition(1, 1));
    assertThat(TextPosition.of("", 0)).isEqualTo(TextPosition.START);
  }

  @Test
  void lfCrlfAndLoneCrEachEndALine() {
    String text = "a\nb\r\nc\rd";

    assertThat(TextPosition.of(text, text.indexOf('b'))).isEqualTo(new TextPosition(2, 1));
    assertThat(TextPosition.of(text, text.indexOf('c'))).isEqualTo(new TextPosition(3, 1));
    assertThat(TextPosition.of(text, text.indexOf('d'))).isEqualTo(new TextPosition(4, 1));
    assertThat(TextPosition.of(text, text.indexOf('\r'))).isEqualTo(new TextPosition(2, 2));
    assertThat(TextPosition.of(text, text.length())).isEqualTo(new TextPosition(4, 2));
  }

  @Test
  void columnsCountCodePointsNotCharsOrBytes() {
    String text = "x\n😀é😀!";

    assertThat(TextPosition.of(text, text.indexOf('!'))).isEqualTo(new TextPosition(2, 4));
  }
}
