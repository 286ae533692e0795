package dev.corpuskit.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.clean.Cleaner;
import dev.corpuskit.parse.Decoding;
import dev.corpuskit.parse.MalformedInput;
import dev.corpuskit.parse.TextDecoder;
import dev.corpuskit.source.SourceFile;
import dev.corpuskit.validate.DocumentValidation;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.RuleConfig;
import dev.corpuskit.validate.RuleSetting;
import dev.corpuskit.validate.Severity;
import dev.corpuskit.validate.ValidationConfig;
import dev.corpuskit.validate.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Markus Kuhn's UTF-8 stress test, line by line: every bad sequence is found at the byte, line and
 * column an independent checker ({@link Utf8Oracle}) gives, and nothing crashes.
 */
class Utf8StressTest {

  static byte[] stressFile() throws IOException {
    try (InputStream in = Utf8StressTest.class.getResourceAsStream("/malformed/utf8-stress/UTF-8-test.txt")) {
      return in.readAllBytes();
    }
  }

  @Test
  void everyLineIsReportedAtTheOraclesPosition() throws IOException {
    byte[] file = stressFile();
    int start = 0;
    int lineNumber = 1;
    int badLines = 0;
    for (int i = 0; i <= file.length; i++) {
      if (i == file.length || file[i] == '\n') {
        byte[] line = Arrays.copyOfRange(file, start, i);
        List<Utf8Oracle.Bad> expected = Utf8Oracle.badSequences(line);
        Decoding decoding = TextDecoder.decode(line, StandardCharsets.UTF_8);
        String where = "line " + lineNumber + " of UTF-8-test.txt";
        if (expected.isEmpty()) {
          assertThat(decoding.malformed()).as(where).isEmpty();
        } else {
          badLines++;
          MalformedInput bad = decoding.malformed().orElseThrow(() -> new AssertionError(where + ": not reported"));
          assertThat(bad.byteOffset()).as(where).isEqualTo(expected.get(0).offset());
          assertThat(bad.line()).as(where).isEqualTo(1);
          assertThat(bad.column()).as(where).isEqualTo(expected.get(0).column());
          assertThat(bad.count()).as(where).isEqualTo(expected.size());
          assertThat(decoding.text().chars().filter(c -> c == 0xFFFD).count()).as(where)
              .isGreaterThanOrEqualTo(expected.size());
        }
        start = i + 1;
        lineNumber++;
      }
    }
    assertThat(badLines).as("lines with bad sequences").isGreaterThan(60);
  }

  @Test
  void wholeFileGivesOneFindingAtTheFirstBadSequenceWithTheTotalCount(@TempDir Path dir) throws IOException {
    byte[] file = stressFile();
    Files.write(dir.resolve("UTF-8-test.txt"), file);
    List<Utf8Oracle.Bad> expected = Utf8Oracle.badSequences(file);

    // The file holds a real NUL (line 71, "2.1.1"), which the binary rule reports first: switch it off.
    ValidationConfig config = new ValidationConfig(StandardCharsets.UTF_8,
        RuleConfig.of(List.of(RuleSetting.severity("binary", Severity.OFF))));
    DocumentValidation result = new Validator(config).validate(new SourceFile(dir, "UTF-8-test.txt"));

    Finding encoding = result.findings().stream().filter(f -> f.ruleId().equals("encoding")).findFirst().orElseThrow();
    Utf8Oracle.Bad first = expected.get(0);
    assertThat(encoding.byteOffset()).isEqualTo(first.offset());
    assertThat(encoding.line()).isEqualTo(first.line());
    assertThat(encoding.column()).isEqualTo(first.column());
    assertThat(encoding.message()).contains("(" + expected.size() + " bad sequences in all)");
    assertThat(result.hasErrors()).isTrue();
  }

  @Test
  void byDefaultTheNulCharacterOnLine71IsReportedAsBinary(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("UTF-8-test.txt"), stressFile());
    DocumentValidation result =
        new Validator(ValidationConfig.defaults()).validate(new SourceFile(dir, "UTF-8-test.txt"));
    assertThat(result.findings()).extracting(Finding::format)
        .containsExactly("UTF-8-test.txt:71:38: binary content: NUL character;"
            + " remove the file or leave it out with the excludes setting [binary]");
  }

  @Test
  void cleaningTheDecodedTextKeepsReplacementCharactersAndIsIdempotent() throws IOException {
    String text = TextDecoder.decode(stressFile(), StandardCharsets.UTF_8).text();
    Cleaner cleaner = Cleaner.withDefaults();
    String once = cleaner.clean(text).text();
    assertThat(cleaner.clean(once).text()).isEqualTo(once);
    assertThat(once).contains("\uFFFD");
  }
}
