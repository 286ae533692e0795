package dev.corpuskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.corpuskit.format.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --format sarif} against the SARIF 2.1.0 JSON schema (OASIS, release sarif-2.1.0-rtm.5, as
 * shipped in the npm package {@code @microsoft/jest-sarif} 1.0.0-beta.0, MIT, unchanged; SHA-256
 * 2d99159ae54a3eea97f81781cff48780548657c35949f4b7f25e99a2ba4de4f8), and what code-scanning tools read
 * from it.
 */
class SarifTest {

  @TempDir Path dir;

  static Set<ValidationMessage> validate(JsonNode log) throws IOException {
    try (InputStream in = SarifTest.class.getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
      JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
      return schema.validate(log);
    }
  }

  @Test
  void theLogOfAMalformedFolderIsValidSarifWithOneResultPerFinding() throws IOException {
    Path corpus = Fixtures.malformed(dir);
    Cli text = Cli.run("validate", corpus.toString(), "--reports-dir", dir.resolve("r1").toString());

    Cli cli = Cli.run("validate", corpus.toString(), "--reports-dir", dir.resolve("r2").toString(), "--format",
        "sarif");

    assertThat(cli.exitCode()).isEqualTo(1);
    JsonNode log = new ObjectMapper().readTree(cli.out());
    assertThat(validate(log)).isEmpty();
    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
    JsonNode run = log.get("runs").get(0);
    JsonNode driver = run.get("tool").get("driver");
    assertThat(driver.get("name").asText()).isEqualTo("corpuskit");
    assertThat(driver.get("version").asText()).isEqualTo(Version.get());
    List<String> ruleIds = new ArrayList<>();
    driver.get("rules").forEach(rule -> ruleIds.add(rule.get("id").asText()));
    assertThat(ruleIds).contains("empty", "encoding", "min-words", "duplicate", "file-type", "line-endings");
    JsonNode results = run.get("results");
    assertThat(results).hasSize(text.findingLines().size());
    // The corpus lies outside the working folder: URIs relative to the corpus root's base id.
    assertThat(run.get("originalUriBaseIds").get("CORPUS_ROOT").get("uri").asText())
        .isEqualTo(corpus.toUri().toASCIIString());
    List<String> lines = new ArrayList<>();
    for (JsonNode result : results) {
      String ruleId = result.get("ruleId").asText();
      assertThat(ruleIds.get(result.get("ruleIndex").asInt())).isEqualTo(ruleId);
      assertThat(result.get("level").asText()).isIn("error", "warning", "note");
      JsonNode location = result.get("locations").get(0).get("physicalLocation");
      assertThat(location.get("artifactLocation").get("uriBaseId").asText()).isEqualTo("CORPUS_ROOT");
      String uri = location.get("artifactLocation").get("uri").asText();
      JsonNode region = location.get("region");
      lines.add(corpus.resolve(uri) + ":" + (region == null ? 1 : region.get("startLine").asInt()) + ":"
          + (region == null ? 1 : region.get("startColumn").asInt()) + ": " + result.get("message").get("text").asText()
          + " [" + ruleId + "]");
    }
    assertThat(lines).containsExactlyElementsOf(text.findingLines());
    assertThat(results.findValuesAsText("uri")).contains("latin1.txt", "news/copy.txt");
  }

  @Test
  void twoRunsGiveTheSameBytes() throws IOException {
    Path corpus = Fixtures.malformed(dir);

    Cli first = Cli.run("validate", corpus.toString(), "--reports-dir", dir.resolve("r1").toString(), "--format",
        "sarif", "--threads", "1");
    Cli second = Cli.run("validate", corpus.toString(), "--reports-dir", dir.resolve("r2").toString(), "--format",
        "sarif", "--threads", "3");

    assertThat(first.out()).isEqualTo(second.out());
  }

  @Test
  void aCleanCorpusIsAValidLogWithoutResults() throws IOException {
    Cli cli = Cli.run("validate", Fixtures.EXAMPLE.toString(), "--reports-dir", dir.resolve("r").toString(),
        "--format", "sarif");

    assertThat(cli.exitCode()).isZero();
    JsonNode log = new ObjectMapper().readTree(cli.out());
    assertThat(validate(log)).isEmpty();
    assertThat(log.get("runs").get(0).get("results")).isEmpty();
  }

  @Test
  void theSchemaRefusesABrokenLog() throws IOException {
    JsonNode broken = new ObjectMapper().readTree(
        "{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{}},\"results\":[{\"level\":\"fatal\"}]}]}");

    assertThat(validate(broken)).isNotEmpty();
  }

  @Test
  void pathsAreEscapedAsUriReferences() {
    assertThat(SarifWriter.uri("news/a b.txt")).isEqualTo("news/a%20b.txt");
    assertThat(SarifWriter.uri("d\u00e9j\u00e0.txt")).isEqualTo("d%C3%A9j%C3%A0.txt");
    assertThat(SarifWriter.uri("c:note.txt")).isEqualTo("./c:note.txt");
    assertThat(SarifWriter.uri("100%.txt")).isEqualTo("100%25.txt");
  }

  @Test
  void theSchemaFileIsTheOneNamed() throws IOException {
    byte[] schema;
    try (InputStream in = SarifTest.class.getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
      schema = in.readAllBytes();
    }
    assertThat(Sha256.hex(schema))
        .isEqualTo("2d99159ae54a3eea97f81781cff48780548657c35949f4b7f25e99a2ba4de4f8");
  }
}
