package dev.corpuskit.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.clean.Cleaner;
import dev.corpuskit.parse.HtmlParser;
import dev.corpuskit.parse.ParsedDocument;
import dev.corpuskit.source.SourceFile;
import dev.corpuskit.testing.LinearGrowth;
import dev.corpuskit.validate.DocumentValidation;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.ValidationConfig;
import dev.corpuskit.validate.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Deeply nested HTML and binary files: a finding or a text, never a crash or a hang. */
class ShapeHostileTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"div", "b", "table", "article"})
  void htmlNested100000LevelsDeepParsesWithoutStackOverflow(String tag) {
    ParsedDocument doc = nested(tag, 100_000);

    assertThat(doc.text()).contains("deep text");
    assertThat(Cleaner.withDefaults().clean(doc.text()).text()).contains("deep text");
    // Not a hang either: parsing costs in proportion to the depth (no wall-clock limit, see LinearGrowth).
    LinearGrowth.assertLinear(tag + " nesting", 5_000, depth -> assertThat(nested(tag, depth).text())
        .contains("deep text"));
  }

  private ParsedDocument nested(String tag, int depth) {
    StringBuilder html = new StringBuilder("<html><body>");
    html.append(("<" + tag + ">").repeat(depth)).append("deep text");
    html.append(("</" + tag + ">").repeat(depth)).append("</body></html>");
    byte[] bytes = html.toString().getBytes(StandardCharsets.UTF_8);
    return new HtmlParser().parse(new SourceFile(dir, "deep.html"), bytes, StandardCharsets.UTF_8);
  }

  @Test
  void unclosedNestingOfEveryKindParses() {
    assertThat(unclosed(10_000).text()).contains("end");
    LinearGrowth.assertLinear("unclosed nesting", 500, n -> assertThat(unclosed(n).text()).contains("end"));
  }

  private ParsedDocument unclosed(int times) {
    String html = "<p><i><b><span><a href=x><ul><li><table><tr><td><div>".repeat(times) + "end";
    return new HtmlParser().parse(new SourceFile(dir, "open.html"), html.getBytes(StandardCharsets.UTF_8),
        StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"random.txt", "random.html", "zeros.txt", "png.txt", "utf16.txt"})
  void binaryFilesGiveOneBinaryFinding(String name) throws IOException {
    byte[] bytes = new byte[64 * 1024];
    if (name.startsWith("random")) {
      new Random(42).nextBytes(bytes);
    } else if (name.startsWith("png")) {
      new Random(7).nextBytes(bytes);
      System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, bytes, 0, 8);
    } else if (name.startsWith("utf16")) {
      bytes = "A text saved as UTF-16 without a byte-order mark.\n".repeat(100).getBytes(StandardCharsets.UTF_16LE);
    }
    Files.write(dir.resolve(name), bytes);

    DocumentValidation result = new Validator(ValidationConfig.defaults()).validate(new SourceFile(dir, name));

    assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("binary");
  }
}
