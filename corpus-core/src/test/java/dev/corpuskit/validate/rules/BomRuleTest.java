package dev.corpuskit.validate.rules;

import static dev.corpuskit.validate.rules.EncodingRuleTest.bytes;
import static dev.corpuskit.validate.rules.RuleHarness.check;
import static dev.corpuskit.validate.rules.RuleHarness.parse;
import static dev.corpuskit.validate.rules.RuleHarness.text;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.parse.ParsedDocument;
import org.junit.jupiter.api.Test;

class BomRuleTest {

  private final BomRule rule = new BomRule();

  @Test
  void noBomNoFinding() {
    assertThat(check(rule, text("plain\n"))).isEmpty();
  }

  @Test
  void utf8BomIsAcceptedAndReported() {
    ParsedDocument document = parse("doc.txt", bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "hi\n"));

    assertThat(document.text()).isEqualTo("hi\n");
    assertThat(check(rule, document)).singleElement().satisfies(f -> {
      assertThat(f.byteOffset()).isZero();
      assertThat(f.line()).isEqualTo(1);
      assertThat(f.column()).isEqualTo(1);
      assertThat(f.message()).contains("UTF-8 byte-order mark", "; ");
    });
  }

  @Test
  void utf16BomIsReportedAndTheFileDecoded() {
    ParsedDocument document =
        parse("doc.txt", bytes(new byte[] {(byte) 0xFE, (byte) 0xFF}, "Grüße\n".getBytes(UTF_16BE)));

    assertThat(document.text()).isEqualTo("Grüße\n");
    assertThat(check(rule, document)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("UTF-16BE", "Convert it to UTF-8"));
  }
}
