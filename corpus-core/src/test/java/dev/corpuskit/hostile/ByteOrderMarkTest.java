package dev.corpuskit.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.clean.Cleaner;
import dev.corpuskit.parse.Bom;
import dev.corpuskit.source.SourceFile;
import dev.corpuskit.validate.DocumentValidation;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.ValidationConfig;
import dev.corpuskit.validate.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * jsoup's pages with UTF-8, UTF-16LE/BE and UTF-32LE/BE byte-order marks, read as HTML and as plain
 * text: the mark is recognised and reported as a warning, the text decodes, and cleaning drops the mark.
 */
class ByteOrderMarkTest {

  @ParameterizedTest
  @CsvSource({
    "bom_utf8.html, UTF_8, There is a UTF8 BOM at the top",
    "bom_utf16le.html, UTF_16LE, 다음은 현대 한국어의 한글 음절을",
    "bom_utf16be.html, UTF_16BE, 다음은 현대 한국어의 한글 음절을",
    "bom_utf32le.html, UTF_32LE, 다음은 현대 한국어의 한글 음절을",
    "bom_utf32be.html, UTF_32BE, 다음은 현대 한국어의 한글 음절을",
  })
  void markIsRecognisedReportedAndRemoved(String file, Bom bom, String expected, @TempDir Path dir)
      throws IOException {
    byte[] bytes;
    try (InputStream in = getClass().getResourceAsStream("/malformed/bom/" + file)) {
      bytes = in.readAllBytes();
    }
    for (String name : new String[] {file, file.replace(".html", ".txt")}) {
      Files.write(dir.resolve(name), bytes);
      DocumentValidation result = new Validator(ValidationConfig.defaults()).validate(new SourceFile(dir, name));

      assertThat(result.findings()).as(name).extracting(Finding::ruleId).contains("bom")
          .doesNotContain("encoding", "binary", "empty", "control-chars", "mojibake");
      assertThat(result.document().orElseThrow().decoding().bom()).isEqualTo(bom);
      String text = result.document().orElseThrow().text();
      assertThat(text).as(name).contains(expected).doesNotContain("\uFEFF");
      String cleaned = Cleaner.withDefaults().clean(text).text();
      assertThat(cleaned).as(name).doesNotContain("\uFEFF");
      if (name.endsWith(".html")) {
        // As .txt the page is raw markup in short lines, which the English density rules rightly drop.
        assertThat(cleaned).as(name).contains(expected);
      }
    }
  }
}
