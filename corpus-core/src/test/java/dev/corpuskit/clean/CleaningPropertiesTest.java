package dev.corpuskit.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Cleaning is idempotent and its output is always well formed, over generated messy documents. */
class CleaningPropertiesTest {

  private static final List<String> SENTENCES = List.of(
      "IS once controlled 88,000 sq km (34,000 sq miles) of territory.",
      "But despite the loss of of territory the group is still seen as a major threat.",
      "Latifa travelled from her home in Morocco after her son died fighting",
      "\u201cThe battle is very fierce,\u201d he said.",
      "And if pressure on the group is not sustained, , military officials told the US.",
      ", 200 of which would be based at the al-Tanf outpost.",
      "Ant\u00F3nio Guterres said in a report to the Security Council.",
      "News Room",
      "Syria map",
      "Comments made by the minister were later withdrawn.");

  private static final List<String> BOILERPLATE = List.of(
      "Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use.",
      "To find out more, including how to control cookies, see here: Cookie Policy",
      "Leave a Reply", "Fill in your details below or click an icon to log in: Logo",
      "You are commenting using your Twitter account. Log\u00A0Out\u00A0/\u00A0 Change\u00A0)",
      "Connecting to %s", "Comment Policy * Denotes Required Field 1500 / 1500", "Powered by",
      "Ultimate magazine theme for WordPress.", "Related Article",
      "Posted on: Tuesday, May 21, 2019 | By: crimeandmoreworld - News Desk",
      "Download link below / dibawah or Click here..!", "Do you like this article?", "0 Comment(s)",
      "Google+ photo", "Read more:", "Share this:");

  private static final List<String> NOISE = List.of(
      "\u00A0", "\u2009", "\u202F", "\u3000", "\u200B", "\u2060", "\f", "\u000B", "\u0085", "\u2028",
      "\t", "  ", " \t ", "\uFEFF", "\u0000", "\u0007", "\u001B", "\u007F", "\u009F",
      "&amp;", "&amp;amp;", "&amp;amp;amp;lt;", "&#8217;", "&nbsp;", "&#10;", "&#13;", "&#1;", "&lt;",
      "&#x301;", "&#769;", "&#xFEFF;", "&#8203;", "&#894;", "&#59;", "&#150;", "&#x110000;", "&#xD800;",
      "&", ";", "amp;", "&amp", "#38;", "&\u0007amp;", "&\uFEFFlt;", "&\u200Bgt;", "&amp\u037E", "e\u0301", "\u037E", "\u212B",
      ",", ", ,", " , , ", ",,", "\n, ", "\n,", "\r", "\r\n", "\n", "\n\n\n", "\r\n\r\n \r\n");

  @Provide
  Arbitrary<String> documents() {
    Arbitrary<String> sentence = Arbitraries.of(SENTENCES);
    Arbitrary<String> boilerplate = Arbitraries.of(BOILERPLATE)
        .flatMap(line -> Arbitraries.of("\n", "\n, ", "\n\u00A0,, ", "\n&#44; ", "").map(p -> p + line + "\n"));
    Arbitrary<String> noise = Arbitraries.of(NOISE);
    Arbitrary<String> separator = Arbitraries.of("", " ", "\n", "\n\n", "\r\n", "\r\n\r\n");
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, sentence), net.jqwik.api.Tuple.of(2, boilerplate),
        net.jqwik.api.Tuple.of(5, noise));
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(9, piece.flatMap(p -> separator.map(s -> p + s))),
            net.jqwik.api.Tuple.of(1, sentence.map(s -> s + "\n" + s + "\n")))
        .list().ofMaxSize(40)
        .map(parts -> String.join("", parts));
  }

  @Property(tries = 1500)
  void cleaningIsIdempotent(@ForAll("documents") String document) {
    Cleaner cleaner = Cleaner.withDefaults();
    Cleaned once = cleaner.clean(document);

    Cleaned twice = cleaner.clean(once.text());

    assertThat(twice.text()).isEqualTo(once.text());
    assertThat(twice.changes()).isEmpty();
  }

  @Property(tries = 1500)
  void outputIsWellFormed(@ForAll("documents") String document) {
    String out = Cleaner.withDefaults().clean(document).text();

    assertThat(Normalizer.isNormalized(out, Normalizer.Form.NFC)).as("NFC").isTrue();
    assertThat(out).doesNotContain("\r", "\u00A0", "\uFEFF", "\u200B", "\t", "  ", "\n\n\n");
    assertThat(out.codePoints().filter(c -> c != '\n' && Character.getType(c) == Character.CONTROL))
        .as("control characters").isEmpty();
    assertThat(out.codePoints().filter(c -> c != ' ' && Character.isSpaceChar(c)))
        .as("odd spaces").isEmpty();
    if (!out.isEmpty()) {
      assertThat(out).endsWith("\n").doesNotEndWith("\n\n").doesNotStartWith("\n");
    }
    for (String line : out.split("\n")) {
      assertThat(line).doesNotStartWith(" ").doesNotEndWith(" ");
    }
  }

  @Property(tries = 1000)
  void articleSentencesSurviveAndBoilerplateGoes(@ForAll("documents") String document) {
    String out = Cleaner.withDefaults().clean(document).text();

    for (String line : out.split("\n")) {
      assertThat(line).isNotIn(BOILERPLATE).doesNotContain(", ,");
    }
  }
}
