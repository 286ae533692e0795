package dev.corpuskit.clean.steps;

import static dev.corpuskit.clean.steps.StepTesting.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CharacterStepsTest {

  @Test
  void bomsGoWhereverTheyAre() {
    assertThat(run(new StripBomStep(), "\uFEFFa\nb\uFEFFc")).isEqualTo("a\nbc");
  }

  @Test
  void lineEndingsBecomeLfAndTheLastLineKeepsNone() {
    assertThat(run(new LineEndingsStep(), "a\r\nb\rc\nd")).isEqualTo("a\nb\nc\nd");
  }

  @Test
  void oddSpacesBecomeSpacesSoWordsStaySeparate() {
    assertThat(run(new OddSpacesStep(), "a\u00A0b\u202Fc\u3000d\fe\u000Bf\u0085g\u2028h"))
        .isEqualTo("a b c d e f g h");
  }

  @Test
  void zeroWidthSpacesGoButScriptJoinersStay() {
    assertThat(run(new OddSpacesStep(), "a\u200Bb\u2060c\u200Dd\u200Ce")).isEqualTo("abc\u200Dd\u200Ce");
  }

  @Test
  void controlCharactersGoButTabStays() {
    assertThat(run(new ControlCharactersStep(), "a\u0000b\u001Bc\u007Fd\u0080e\u009Ff\tg"))
        .isEqualTo("abcdef\tg");
  }

  @Test
  void textIsNormalisedToNfc() {
    assertThat(run(new NfcStep(), "Ante\u0301nio \u212B")).isEqualTo("Ant\u00E9nio \u00C5");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "Tom &amp; Jerry|Tom & Jerry",
      "double &amp;amp; escaped|double & escaped",
      "deep &amp;amp;amp;amp;lt;b&amp;gt;|deep <b>",
      "it&#8217;s &#x2019;|it\u2019s \u2019",
      "&apos;quoted&apos;|'quoted'",
      "a&nbsp;b|a b",
      "a&#10;b&#13;c|a b c",
      "windows &#150; dash &#146;|windows \u2013 dash \u2019",
      "control &#1;&#0;&#127;&#129;gone|control gone",
      "bom &#xFEFF;&#8203;gone|bom gone",
      "&&#1;amp;|&",
      "&amp&#59;|&",
      "e&#769;t&#xE9;|\u00E9t\u00E9",
      "&#x110000; &#xFFFFFF; &#9999999;|&#x110000; &#xFFFFFF; &#9999999;",
      "&#xD800;&#xDC00;|&#xD800;&#xDC00;",
      "&nosuchentity; & ;amp; &amp|&nosuchentity; & ;amp; &amp",
      "AT&T; R&D|AT&T; R&D"})
  void entitiesAreDecodedToCleanText(String input, String expected) {
    assertThat(run(new HtmlEntitiesStep(), input)).isEqualTo(expected);
  }

  @Test
  void decodingIsIdempotent() {
    String once = run(new HtmlEntitiesStep(), "&amp;amp;lt; &#38;amp; &amp;#38;");
    assertThat(run(new HtmlEntitiesStep(), once)).isEqualTo(once).isEqualTo("< & &");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "sustained, , military|sustained, military",
      "a,,b, \t, ,c|a,b,c",
      ", 200 of which|200 of which",
      " ,, 200 of which|200 of which",
      "',' alone|',' alone",
      "\",\"|\",\"",
      ":) a smiley|:) a smiley",
      "; a list|; a list",
      "a, b, c|a, b, c"})
  void orphanCommasAreRepaired(String input, String expected) {
    assertThat(run(new OrphanPunctuationStep(), input)).isEqualTo(expected);
  }

  @Test
  void spacesCollapseAndLineEndsAreTrimmed() {
    assertThat(run(new CollapseSpacesStep(), "  a \t b\tc  \n\t\n")).isEqualTo("a b c\n\n");
  }

  @Test
  void blankLinesCollapseToOneAndNoneAtTheEnds() {
    assertThat(run(new CollapseBlankLinesStep(), "\n \na\n\n\t\n\nb\n\n\n")).isEqualTo("a\n\nb\n");
  }

  @Test
  void theTextEndsWithExactlyOneNewline() {
    FinalNewlineStep step = new FinalNewlineStep();
    assertThat(run(step, "a")).isEqualTo("a\n");
    assertThat(run(step, "a\n\n\n")).isEqualTo("a\n");
    assertThat(run(step, "a\n")).isEqualTo("a\n");
    assertThat(run(step, "")).isEmpty();
    assertThat(run(step, "\n\n")).isEmpty();
  }
}
