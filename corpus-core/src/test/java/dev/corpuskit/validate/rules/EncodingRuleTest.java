package dev.corpuskit.validate.rules;

import static dev.corpuskit.validate.rules.RuleHarness.check;
import static dev.corpuskit.validate.rules.RuleHarness.parse;
import static dev.corpuskit.validate.rules.RuleHarness.text;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.parse.PlainTextParser;
import dev.corpuskit.source.SourceFile;
import dev.corpuskit.validate.Finding;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;

class EncodingRuleTest {

  private final EncodingRule rule = new EncodingRule();

  @Test
  void validUtf8HasNoFinding() {
    assertThat(check(rule, text("Zoë “quoted” 😀\n"))).isEmpty();
  }

  @Test
  void reportsFirstBadSequenceWithBytePositionAndCount() {
    byte[] bytes = bytes("ab\ncé😀", new byte[] {(byte) 0xFF}, "x", new byte[] {(byte) 0xC3, '('}, "\n");

    List<Finding> findings = check(rule, parse("doc.txt", bytes));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("encoding");
      assertThat(f.byteOffset()).isEqualTo(10); // a b \n c é(2) 😀(4)
      assertThat(f.line()).isEqualTo(2);
      assertThat(f.column()).isEqualTo(4); // c é 😀 are three code points
      assertThat(f.message()).contains("invalid UTF-8", "[FF]", "at byte 10", "2 bad sequences",
          "; re-save");
    });
  }

  @Test
  void reportsTruncatedSequenceAtEndOfFile() {
    byte[] bytes = bytes("price 5", new byte[] {(byte) 0xE2, (byte) 0x82});

    assertThat(check(rule, parse("doc.txt", bytes))).singleElement().satisfies(f -> {
      assertThat(f.byteOffset()).isEqualTo(7);
      assertThat(f.column()).isEqualTo(8);
      assertThat(f.message()).contains("[E2 82]").doesNotContain("in all");
    });
  }

  @Test
  void configuredCharsetDecidesWhatIsValid() {
    byte[] latin = "café\n".getBytes(Charset.forName("windows-1252"));
    SourceFile source = new SourceFile(RuleHarness.ROOT, "doc.txt");

    assertThat(check(rule, new PlainTextParser().parse(source, latin, Charset.forName("windows-1252"))))
        .isEmpty();
    assertThat(check(rule, new PlainTextParser().parse(source, latin, UTF_8))).hasSize(1);
  }

  static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      out.writeBytes(part instanceof String s ? s.getBytes(UTF_8) : (byte[]) part);
    }
    return out.toByteArray();
  }
}
