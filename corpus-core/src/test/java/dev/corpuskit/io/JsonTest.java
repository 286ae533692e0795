package dev.corpuskit.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class JsonTest {

  static final ObjectMapper MAPPER = new ObjectMapper();

  static final String[] HOSTILE = {
    "</script><script>alert(1)</script>",
    "<!-- x --><img src=x onerror=alert(1)>",
    "a\u2028b\u2029c",
    "</SCRIPT>",
  };

  static byte[] field(Json.Escaping escaping, String value) throws IOException {
    return Json.toBytes(escaping, json -> {
      json.writeStartObject();
      json.writeStringField(value, value);
      json.writeEndObject();
    });
  }

  /** Croissant is meant to sit in a <script type="application/ld+json">: no '<' may end or alter it. */
  @Test
  void htmlScriptEscapingLeavesNoAngleBracketNorLineSeparatorAndReadsBackTheSame() throws IOException {
    for (String value : HOSTILE) {
      byte[] bytes = field(Json.Escaping.HTML_SCRIPT, value);
      String text = new String(bytes, UTF_8);

      assertThat(text).as(value).doesNotContain("<").doesNotContain("\u2028").doesNotContain("\u2029");
      assertThat(MAPPER.readTree(bytes).get(value).asText()).isEqualTo(value);
    }
    assertThat(new String(field(Json.Escaping.HTML_SCRIPT, "</script>"), UTF_8)).contains("\\u003C/script>");
  }

  /** JavaScript before ES2019 ends a string literal at U+2028 or U+2029; every report is read back the same. */
  @Test
  void everyDocumentEscapesTheLineSeparatorsButReportsKeepTheirAngleBrackets() throws IOException {
    for (String value : HOSTILE) {
      byte[] bytes = field(Json.Escaping.LINE_SEPARATORS, value);
      String text = new String(bytes, UTF_8);

      assertThat(text).as(value).doesNotContain("\u2028").doesNotContain("\u2029");
      assertThat(MAPPER.readTree(bytes).get(value).asText()).isEqualTo(value);
    }
    assertThat(new String(field(Json.Escaping.LINE_SEPARATORS, "a\u2028b"), UTF_8)).contains("a\\u2028b");
    // the reports quote POM elements such as <excludes> in their messages: those stay readable
    assertThat(new String(Json.toBytes(json -> json.writeString("leave it out with <excludes>")), UTF_8))
        .isEqualTo("\"leave it out with <excludes>\"\n");
  }

  /**
   * Text without the escaped characters (invisible ones, and '<') comes out byte for byte as before:
   * reports stay comparable across versions.
   */
  @Property(tries = 2000)
  void ordinaryTextIsWrittenAsPlainJacksonWritesIt(@ForAll("ordinary") String value) throws IOException {
    byte[] bytes = MAPPER.writeValueAsBytes(value);
    byte[] plain = Arrays.copyOf(bytes, bytes.length + 1);
    plain[bytes.length] = '\n';

    for (Json.Escaping escaping : Json.Escaping.values()) {
      assertThat(Json.toBytes(escaping, json -> json.writeString(value))).isEqualTo(plain);
    }
  }

  @Provide
  Arbitrary<String> ordinary() {
    return Arbitraries.strings().all().ofMaxLength(40)
        .filter(s -> s.indexOf('<') < 0 && s.chars().noneMatch(Json::isInvisible));
  }

  /** A person reading a report sees an invisible character as its escape; a parser reads it back unchanged. */
  @Test
  void invisibleCharactersAreWrittenAsEscapesAndReadBackTheSame() throws IOException {
    String value = "no\u00A0break zero\u200Bwidth\uFEFFbom\u0007bell\u2009thin\u00ADsoft\u3000ideo\u202Eltr"
        + "\u0085nel\tkeep é ü 中";
    byte[] bytes = field(Json.Escaping.LINE_SEPARATORS, value);
    String text = new String(bytes, UTF_8);

    assertThat(text).contains("no\\u00A0break", "zero\\u200Bwidth", "\\uFEFFbom", "\\u0007bell",
        "\\u2009thin", "\\u00ADsoft", "\\u3000ideo", "\\u202Eltr", "\\u0085nel", "\\tkeep é ü 中");
    assertThat(text.chars().filter(c -> c > 0x7E && !Character.isLetter(c)))
        .as("invisible characters left raw").isEmpty();
    assertThat(MAPPER.readTree(bytes).get(value).asText()).isEqualTo(value);
    assertThat(new String(field(Json.Escaping.HTML_SCRIPT, "a\u00A0<b"), UTF_8)).contains("a\\u00A0\\u003Cb");
  }
}
