package dev.corpuskit.validate;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.source.SourceFile;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidatorTest {

  @TempDir Path root;

  @Test
  void validFileHasNoFindingsAndKeepsItsDocument() throws IOException {
    DocumentValidation result = validate(ValidationConfig.defaults(), "ok.txt",
        ValidationAcceptanceTest.article("valid").getBytes(UTF_8));

    assertThat(result.findings()).isEmpty();
    assertThat(result.document()).isPresent();
    assertThat(result.hasErrors()).isFalse();
  }

  @Test
  void configuredSeverityIsOnTheFindingAndOffSilencesTheRule() throws IOException {
    byte[] bad = {'a', ' ', 'b', (byte) 0xFF};
    ValidationConfig config = config(RuleSetting.severity("encoding", Severity.WARNING),
        RuleSetting.severity("min-words", Severity.OFF));

    assertThat(validate(config, "a.txt", bad).findings())
        .extracting(Finding::ruleId, Finding::severity, Finding::byteOffset)
        .containsExactly(org.assertj.core.api.Assertions.tuple("encoding", Severity.WARNING, 3L));
    assertThat(validate(config(RuleSetting.severity("encoding", Severity.OFF),
        RuleSetting.severity("min-words", Severity.OFF)), "b.txt", bad).findings()).isEmpty();
  }

  @Test
  void fileNameRuleRunsOnceConfigured() throws IOException {
    ValidationConfig config = config(RuleSetting.parameters("file-name", Map.of("pattern", "[a-z]+\\.txt")),
        RuleSetting.severity("min-words", Severity.OFF));

    assertThat(validate(config, "Bad_Name.txt", "text".getBytes(UTF_8)).findings())
        .extracting(Finding::ruleId, Finding::severity)
        .containsExactly(org.assertj.core.api.Assertions.tuple("file-name", Severity.ERROR));
    assertThat(validate(config, "good.txt", "text".getBytes(UTF_8)).findings()).isEmpty();
  }

  @Test
  void tooLargeFileIsNotReadUnlessTheRuleIsOnlyAWarning() throws IOException {
    byte[] bytes = ValidationAcceptanceTest.article("size").getBytes(UTF_8);
    Map<String, String> max = Map.of("max", "100");

    DocumentValidation error = validate(config(RuleSetting.parameters("max-bytes", max)), "big.txt", bytes);
    DocumentValidation warning = validate(config(new RuleSetting("max-bytes", Optional.of(Severity.WARNING), max)),
        "big2.txt", bytes);

    assertThat(error.findings()).extracting(Finding::ruleId).containsExactly("max-bytes");
    assertThat(error.document()).isEmpty();
    assertThat(error.size()).isEqualTo(bytes.length);
    assertThat(warning.findings()).extracting(Finding::ruleId).containsExactly("max-bytes");
    assertThat(warning.document()).isPresent();
  }

  @Test
  void unsupportedTypeIsNeverSkippedSilently() throws IOException {
    DocumentValidation result = validate(ValidationConfig.defaults(), "data.docx", new byte[] {'P', 'K', 3, 4});

    assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("file-type");
    assertThat(result.document()).isEmpty();
  }

  @Test
  void configuredCharsetReadsLegacyText() throws IOException {
    Charset latin = Charset.forName("windows-1252");
    byte[] bytes = ("Café " + ValidationAcceptanceTest.article("legacy")).getBytes(latin);

    assertThat(validate(ValidationConfig.defaults(), "utf8.txt", bytes).findings())
        .extracting(Finding::ruleId).containsExactly("encoding");
    assertThat(validate(new ValidationConfig(latin, RuleConfig.defaults()), "latin.txt", bytes).findings())
        .isEmpty();
  }

  @Test
  void emptyFileGetsOnlyTheEmptyFinding() throws IOException {
    assertThat(validate(ValidationConfig.defaults(), "blank.txt", " \u00A0\u000B\n".getBytes(UTF_8)).findings())
        .extracting(Finding::ruleId).containsExactly("empty");
  }

  /**
   * Run one file at a time, the portable-name rule compares each with the files before it and comes
   * after the file's other findings, as in a parallel run; off, it compares nothing.
   */
  @Test
  void portableNameComparesEachFileWithTheEarlierOnesAfterTheOtherRules() throws IOException {
    Files.write(root.resolve("Notes.txt"), "short".getBytes(UTF_8));
    Files.write(root.resolve("notes.html"), "<p>short too</p>".getBytes(UTF_8));
    List<SourceFile> files = List.of(new SourceFile(root, "Notes.txt"), new SourceFile(root, "notes.html"));

    assertThat(ValidateAll.validateAll(new Validator(ValidationConfig.defaults()), files).findings())
        .extracting(Finding::file, Finding::ruleId).containsExactly(
            org.assertj.core.api.Assertions.tuple("Notes.txt", "min-words"),
            org.assertj.core.api.Assertions.tuple("notes.html", "min-words"),
            org.assertj.core.api.Assertions.tuple("notes.html", "portable-name"));
    assertThat(ValidateAll.validateAll(new Validator(config(RuleSetting.severity("portable-name", Severity.OFF))), files)
        .findings()).extracting(Finding::ruleId).containsOnly("min-words");
  }

  private DocumentValidation validate(ValidationConfig config, String name, byte[] bytes) throws IOException {
    Files.write(root.resolve(name), bytes);
    return new Validator(config).validate(new SourceFile(root, name));
  }

  private static ValidationConfig config(RuleSetting... settings) {
    return new ValidationConfig(UTF_8, RuleConfig.of(List.of(settings)));
  }
}
