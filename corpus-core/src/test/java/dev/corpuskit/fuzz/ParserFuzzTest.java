package dev.corpuskit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.corpuskit.parse.HtmlParser;
import dev.corpuskit.parse.ParsedDocument;
import dev.corpuskit.parse.PlainTextParser;
import dev.corpuskit.source.SourceFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The parsers take any bytes without throwing (see RELIABILITY.md for how to fuzz). Regression inputs
 * live in {@code ParserFuzzTestInputs/}.
 */
class ParserFuzzTest {

  private static final Path ROOT = Path.of("corpus");
  private static final Charset[] FALLBACKS = {
    StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, Charset.forName("windows-1252"),
    StandardCharsets.UTF_16LE
  };

  @FuzzTest(maxDuration = "5m")
  void plainText(byte[] bytes) {
    for (Charset charset : FALLBACKS) {
      ParsedDocument doc = new PlainTextParser().parse(new SourceFile(ROOT, "doc.txt"), bytes, charset);
      assertThat(doc.text()).isEqualTo(doc.decoding().text());
      doc.decoding().malformed().ifPresent(bad -> {
        assertThat(bad.byteOffset()).isBetween(0L, (long) bytes.length - 1);
        assertThat(bad.line()).isPositive();
        assertThat(bad.column()).isPositive();
      });
    }
  }

  @FuzzTest(maxDuration = "5m")
  void html(byte[] bytes) {
    ParsedDocument doc = new HtmlParser().parse(new SourceFile(ROOT, "doc.html"), bytes, StandardCharsets.UTF_8);
    assertThat(doc.text()).isNotNull();
  }
}
