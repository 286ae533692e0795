package dev.corpuskit.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corpuskit.clean.CleanerConfig;
import dev.corpuskit.pipeline.CorpusConfig;
import dev.corpuskit.pipeline.CorpusValidation;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.RuleCatalog;
import dev.corpuskit.validate.RuleConfig;
import dev.corpuskit.validate.RuleDefinition;
import dev.corpuskit.validate.RuleSetting;
import dev.corpuskit.validate.Severity;
import dev.corpuskit.validate.ValidationConfig;
import dev.corpuskit.validate.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationJsonTest {

  static final ObjectMapper MAPPER = new ObjectMapper();
  static final String PROSE = "The river rose quickly after three days of heavy rain in the hills.\n";

  @TempDir Path tmp;
  Path src;
  RuleConfig rules;

  @BeforeEach
  void corpus() throws IOException {
    src = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(src.resolve("good.txt"), PROSE, UTF_8);
    Files.writeString(src.resolve("empty.txt"), "", UTF_8);
    // "ab\n" then "cd" + 0xC3 + "x": the bad byte is at offset 5, line 2, column 3
    Files.write(src.resolve("bad.txt"), new byte[] {'a', 'b', '\n', 'c', 'd', (byte) 0xC3, 'x', '\n'});
    Files.writeString(src.resolve("crlf.txt"), "Windows line one.\r\nWindows line two.\r\n", UTF_8);
    rules = RuleConfig.of(List.of(
        RuleSetting.severity("line-endings", Severity.ERROR),
        RuleSetting.severity("min-words", Severity.INFO),
        RuleSetting.severity("mojibake", Severity.OFF),
        RuleSetting.parameters("file-name", Map.of("pattern", "[a-z]+\\.txt"))));
  }

  ValidationReport validate() throws IOException {
    return CorpusValidation.run(new CorpusConfig(src, List.of(), List.of(),
        new ValidationConfig(UTF_8, rules), CleanerConfig.defaults()));
  }

  JsonNode write(ValidationReport report, String name) throws IOException {
    Path target = tmp.resolve("reports/" + name);
    ValidationJson.write(report, rules, target);
    return MAPPER.readTree(target.toFile());
  }

  @Test
  void countsAndTotals() throws IOException {
    ValidationReport report = validate();
    JsonNode json = write(report, "validation.json");

    assertThat(json.get("documents").asInt()).isEqualTo(4);
    assertThat(json.get("bytes").asLong()).isEqualTo(report.bytes()).isEqualTo(
        Files.size(src.resolve("good.txt")) + 8 + Files.size(src.resolve("crlf.txt")));
    // bad.txt encoding, empty.txt empty, crlf.txt line-endings (raised to ERROR)
    assertThat(json.get("errors").asLong()).isEqualTo(3).isEqualTo(report.count(Severity.ERROR));
    assertThat(json.get("warnings").asLong()).isEqualTo(report.count(Severity.WARNING));
    assertThat(json.get("infos").asLong()).isEqualTo(report.count(Severity.INFO)).isPositive();
  }

  @Test
  void listsEveryRuleWithTheSeverityInForce() throws IOException {
    JsonNode json = write(validate(), "validation.json");

    Map<String, String> written = new LinkedHashMap<>();
    json.get("rules").forEach(r -> written.put(r.get("id").asText(), r.get("severity").asText()));
    // Every rule in catalogue order, but the opt-in ones left off: the file reads as before they existed.
    assertThat(written.keySet()).containsExactlyElementsOf(
        RuleCatalog.ids().stream().filter(id -> !RuleCatalog.isOptIn(id)).toList());
    assertThat(written).containsEntry("line-endings", "ERROR")
        .containsEntry("min-words", "INFO")
        .containsEntry("mojibake", "OFF")
        .containsEntry("file-name", "ERROR") // off by default, switched on by its parameters
        .containsEntry("encoding", "ERROR")
        .containsEntry("bom", "WARNING");
    for (RuleDefinition d : RuleCatalog.all()) {
      assertThat(written.get(d.id())).as(d.id())
          .isEqualTo(RuleCatalog.isOptIn(d.id()) ? null : rules.severityOf(d).name());
    }
  }

  @Test
  void findingsCarryTheirFieldsAndByteOffsetOnlyForEncodingProblems() throws IOException {
    ValidationReport report = validate();
    JsonNode json = write(report, "validation.json");

    JsonNode findings = json.get("findings");
    assertThat(findings).hasSize(report.findings().size());
    for (int i = 0; i < findings.size(); i++) {
      JsonNode f = findings.get(i);
      Finding expected = report.findings().get(i);
      assertThat(f.get("rule").asText()).isEqualTo(expected.ruleId());
      assertThat(f.get("severity").asText()).isEqualTo(expected.severity().name());
      assertThat(f.get("file").asText()).isEqualTo(expected.file());
      assertThat(f.get("line").asInt()).isEqualTo(expected.line());
      assertThat(f.get("column").asInt()).isEqualTo(expected.column());
      assertThat(f.get("message").asText()).isEqualTo(expected.message());
      assertThat(f.has("byteOffset")).as(expected.toString()).isEqualTo(expected.ruleId().equals("encoding"));
    }

    JsonNode encoding = find(findings, "encoding");
    assertThat(encoding.get("file").asText()).isEqualTo("bad.txt");
    assertThat(encoding.get("severity").asText()).isEqualTo("ERROR");
    assertThat(encoding.get("line").asInt()).isEqualTo(2);
    assertThat(encoding.get("column").asInt()).isEqualTo(3);
    assertThat(encoding.get("byteOffset").asLong()).isEqualTo(5);
    assertThat(encoding.get("message").asText()).contains("invalid UTF-8 byte sequence");

    JsonNode empty = find(findings, "empty");
    assertThat(empty.get("file").asText()).isEqualTo("empty.txt");
    assertThat(empty.get("line").asInt()).isZero();
    assertThat(empty.get("column").asInt()).isZero();
    assertThat(empty.has("byteOffset")).isFalse();

    assertThat(find(findings, "line-endings").get("severity").asText()).isEqualTo("ERROR");
    List<String> minWords = new ArrayList<>();
    findings.forEach(f -> {
      if (f.get("rule").asText().equals("min-words")) {
        minWords.add(f.get("severity").asText());
      }
    });
    assertThat(minWords).isNotEmpty().containsOnly("INFO");
  }

  @Test
  void anEmptyReportHasEmptyArrays() throws IOException {
    JsonNode json = write(new ValidationReport(0, 0, List.of()), "empty.json");

    assertThat(json.get("documents").asInt()).isZero();
    assertThat(json.get("errors").asInt()).isZero();
    assertThat(json.get("findings").isArray()).isTrue();
    assertThat(json.get("findings")).isEmpty();
  }

  @Test
  void theSameCorpusGivesTheSameBytesWithLfAndNoAbsolutePaths() throws IOException {
    ValidationJson.write(validate(), rules, tmp.resolve("one.json"));
    ValidationJson.write(validate(), rules, tmp.resolve("two.json"));

    byte[] one = Files.readAllBytes(tmp.resolve("one.json"));
    assertThat(tmp.resolve("two.json")).hasBinaryContent(one);
    String text = new String(one, UTF_8);
    assertThat(text).doesNotContain("\r").endsWith("}\n").contains("\n  \"documents\"");
    assertThat(text).doesNotContain(tmp.toString()).doesNotContain(tmp.toString().replace('\\', '/'));
  }

  @Test
  void aFindingWithAByteOffsetOfZeroStillHasIt() throws IOException {
    Finding atStart = new Finding("encoding", Severity.ERROR, "x.txt", 1, 1, 0, "bad first byte");
    Finding whole = new Finding("empty", Severity.WARNING, "y.txt", 0, 0, -1, "empty file");
    List<Finding> list = new ArrayList<>(List.of(atStart, whole));

    JsonNode json = write(new ValidationReport(2, 10, list), "manual.json");

    assertThat(json.get("findings").get(0).get("byteOffset").asLong()).isZero();
    assertThat(json.get("findings").get(1).has("byteOffset")).isFalse();
    assertThat(json.get("errors").asInt()).isEqualTo(1);
    assertThat(json.get("warnings").asInt()).isEqualTo(1);
  }

  @Test
  void anInternalErrorCarriesItsStackTraceAsDetailOtherFindingsHaveNone() throws IOException {
    Finding internal = new Finding("internal-error", Severity.ERROR, "x.html", 0, 0, -1, "internal error in parse",
        "java.lang.IllegalStateException: boom\n\tat Somewhere.parse(Somewhere.java:1)\n");
    Finding plain = new Finding("empty", Severity.WARNING, "y.txt", 0, 0, -1, "empty file");

    JsonNode json = write(new ValidationReport(2, 10, new ArrayList<>(List.of(internal, plain))), "detail.json");

    assertThat(json.get("findings").get(0).get("detail").asText()).startsWith("java.lang.IllegalStateException: boom\n\tat ");
    assertThat(json.get("findings").get(1).has("detail")).isFalse();
  }

  static JsonNode find(JsonNode findings, String rule) {
    List<JsonNode> matches = new ArrayList<>();
    findings.forEach(f -> {
      if (f.get("rule").asText().equals(rule)) {
        matches.add(f);
      }
    });
    assertThat(matches).as("findings of " + rule).hasSize(1);
    return matches.get(0);
  }
}
