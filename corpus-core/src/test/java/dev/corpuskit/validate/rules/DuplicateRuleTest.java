package dev.corpuskit.validate.rules;

import static dev.corpuskit.validate.rules.RuleHarness.check;
import static dev.corpuskit.validate.rules.RuleHarness.html;
import static dev.corpuskit.validate.rules.RuleHarness.parse;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DuplicateRuleTest {

  private final DuplicateRule rule = new DuplicateRule();

  @Test
  void sameContentAfterNormalisationNamesTheFirstFile() {
    assertThat(check(rule, doc("a/first.txt", "The ﬁrst  report.\n\nSecond line.\n"))).isEmpty();
    assertThat(check(rule, doc("b/other.txt", "Another text.\n"))).isEmpty();

    assertThat(check(rule, doc("c/copy.txt", "the first\u00A0REPORT.\r\nSecond line.")))
        .singleElement().satisfies(f -> {
          assertThat(f.file()).isEqualTo("c/copy.txt");
          assertThat(f.message()).contains("duplicate of a/first.txt", "; remove one");
        });
    assertThat(check(rule, doc("d/again.txt", "THE FIRST REPORT. SECOND LINE.")))
        .singleElement().satisfies(f -> assertThat(f.message()).contains("a/first.txt"));
  }

  @Test
  void htmlPageDuplicatesPlainTextByItsMainText() {
    assertThat(check(rule, doc("a.txt", "Hello world.\n"))).isEmpty();
    assertThat(check(rule, html("<html><body><nav>Menu</nav><p>Hello world.</p></body></html>")))
        .singleElement().satisfies(f -> assertThat(f.message()).contains("duplicate of a.txt"));
  }

  @Test
  void differentTextAndEmptyDocumentsAreNotDuplicates() {
    assertThat(check(rule, doc("a.txt", "Hello world.\n"))).isEmpty();
    assertThat(check(rule, doc("b.txt", "Hello, world.\n"))).isEmpty();
    assertThat(check(rule, doc("c.txt", " \n"))).isEmpty();
    assertThat(check(rule, doc("d.txt", "\u00A0"))).isEmpty();
  }

  private static dev.corpuskit.parse.ParsedDocument doc(String path, String text) {
    return parse(path, text.getBytes(UTF_8));
  }

  @Test
  void normaliseLowerCasesInContextWhereAStringDoes() {
    java.util.regex.Pattern whitespace = java.util.regex.Pattern.compile("[\\p{javaWhitespace}\\p{Zs}\\u200B\\uFEFF]+");
    for (String text : new String[] {" ΟΔΟΣ\tΣΟΦΙΑΣ ", "İSTANBUL  Kent", "\uD801\uDC00 Deseret\u2003x ", "\u001C A\u00A0B \u3000"}) {
      assertThat(DuplicateRule.normalise(text)).as(text)
          .isEqualTo(whitespace.matcher(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
              .toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").strip());
    }
  }

  @Test
  void normaliseMatchesTheRegexDefinitionForEveryWhitespaceChar() {
    java.util.regex.Pattern whitespace = java.util.regex.Pattern.compile("[\\p{javaWhitespace}\\p{Zs}\\u200B\\uFEFF]+");
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String text = "a" + (char) c + " " + (char) c + "b";
      String nfkc = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
      assertThat(DuplicateRule.normalise(text)).as("U+%04X", c)
          .isEqualTo(whitespace.matcher(nfkc).replaceAll(" ").strip());
    }
  }

  @Test
  void onlyTextMostlyInParagraphsOfProseReadsAsAnArticle() {
    String paragraph = "The council said on Tuesday that the old bridge would reopen next spring after two years of"
        + " repairs, the mayor told reporters.";
    assertThat(DuplicateRule.articleShaped((paragraph + "\n\n").repeat(8))).isTrue();
    assertThat(DuplicateRule.articleShaped((paragraph + " ").repeat(8))).as("one block").isFalse();
    assertThat(DuplicateRule.articleShaped((paragraph + "\n\n").repeat(2))).as("short").isFalse();
    assertThat(DuplicateRule.articleShaped(("Posted November 12, 2012, 8:54 am\n\nBy KIT EATON AND MATT BUCHANAN\n\n"
        + paragraph + "\n\nRead more\n\n").repeat(8))).as("teasers between headings, as in a sidebar").isFalse();
  }
}
