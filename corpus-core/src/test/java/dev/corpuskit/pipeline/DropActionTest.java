package dev.corpuskit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corpuskit.clean.CleanerConfig;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.RuleAction;
import dev.corpuskit.validate.RuleConfig;
import dev.corpuskit.validate.RuleSetting;
import dev.corpuskit.validate.Severity;
import dev.corpuskit.validate.ValidationConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule whose action is drop leaves the documents it reports out of a cleaning run's corpus (folder,
 * manifest), audits each under {@code leftOut} with what the rule measured, and counts them per rule;
 * a validating run only reports. Every run writes each document's quality signals to
 * {@code quality-signals.jsonl}; warm and cold builds give the same bytes.
 */
class DropActionTest {

  private static final FileTime OLD = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;
  private Path src;

  @BeforeEach
  void corpus() throws IOException {
    src = tmp.resolve("src");
    for (int i = 0; i < 6; i++) {
      write("long/" + i + ".txt", "Story " + i + ". The council said on Tuesday that the bridge would reopen. "
          + "word ".repeat(60 + i) + "\n");
    }
    write("short/a.txt", "Only three words.\n");
    write("short/b.txt", "A note of five words.\n");
    write("empty.txt", "\n");
  }

  private void write(String path, String text) throws IOException {
    Path file = src.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Files.setLastModifiedTime(file, OLD);
  }

  /** {@code rules}, and the empty rule at WARNING: the empty document is cleaned, its signals none. */
  private CorpusConfig config(RuleSetting... rules) {
    List<RuleSetting> settings = new ArrayList<>(List.of(rules));
    settings.add(RuleSetting.severity("empty", Severity.WARNING));
    return new CorpusConfig(src, List.of(), List.of(), new ValidationConfig(StandardCharsets.UTF_8,
        RuleConfig.of(settings)), CleanerConfig.defaults());
  }

  private static RuleSetting minWords(Severity severity, RuleAction action) {
    return RuleSetting.severity("min-words", severity).withAction(action);
  }

  private CorpusBuild.Result clean(CorpusConfig config, RunOptions options, Path run, List<Finding> findings)
      throws IOException {
    return CorpusBuild.clean(config, options, run.resolve("out"), run.resolve("reports"), new RunSink() {
      @Override
      public void finding(Finding finding) {
        findings.add(finding);
      }
    });
  }

  @Test
  void dropLeavesTheReportedDocumentsOutAndAuditsWhatTheRuleMeasured() throws IOException {
    Path run = tmp.resolve("run");
    List<Finding> findings = new ArrayList<>();
    CorpusBuild.Result result = clean(config(minWords(Severity.WARNING, RuleAction.DROP)),
        RunOptions.defaults().withThreads(2), run, findings);

    RunSummary summary = result.summary();
    assertThat(summary.cleaned()).isEqualTo(7); // 6 long documents and the empty one (left to the empty rule)
    assertThat(summary.hasErrors()).isFalse();
    assertThat(summary.drops().documents()).isEqualTo(2);
    assertThat(summary.drops().byRule()).containsExactly(Map.entry("min-words", 2));
    assertThat(summary.drops().checked()).isEqualTo(9);
    assertThat(summary.drops().kept("min-words")).isEqualTo(7);
    try (Stream<Path> files = Files.walk(run.resolve("out"))) {
      assertThat(files.filter(Files::isRegularFile).map(p -> run.resolve("out").relativize(p).toString()))
          .noneMatch(p -> p.startsWith("short"));
    }
    Path reports = run.resolve("reports");
    assertThat(Files.readString(reports.resolve("manifest.tsv"))).doesNotContain("short/");
    assertThat(findings).filteredOn(f -> f.ruleId().equals("min-words")).extracting(Finding::file)
        .containsExactly("short/a.txt", "short/b.txt");

    JsonNode cleaning = JSON.readTree(reports.resolve("cleaning.json").toFile());
    assertThat(cleaning.get("documents").asInt()).isEqualTo(7);
    JsonNode leftOut = cleaning.get("leftOut");
    assertThat(leftOut).hasSize(2);
    assertThat(leftOut.get(0).get("source").asText()).isEqualTo("short/a.txt");
    assertThat(leftOut.get(0).get("reason").asText()).isEqualTo("rule");
    JsonNode because = leftOut.get(0).get("rules").get(0);
    assertThat(because.get("rule").asText()).isEqualTo("min-words");
    assertThat(because.get("measure").asText()).isEqualTo("words");
    assertThat(because.get("value").toString()).isEqualTo("3");
    assertThat(because.get("threshold").toString()).isEqualTo("50");
    assertThat(leftOut.get(1).get("rules").get(0).get("value").toString()).isEqualTo("5");
    assertThat(cleaning.get("dropped").toString())
        .isEqualTo("{\"documents\":2,\"rules\":{\"min-words\":{\"kept\":7,\"dropped\":2}}}");

    JsonNode validation = JSON.readTree(reports.resolve("validation.json").toFile());
    JsonNode finding = validation.get("findings").findParents("rule").stream()
        .filter(f -> f.get("rule").asText().equals("min-words")).findFirst().orElseThrow();
    assertThat(finding.get("measure").toString()).isEqualTo("{\"name\":\"words\",\"value\":3,\"threshold\":50}");
    assertThat(validation.get("dropped").toString()).isEqualTo(cleaning.get("dropped").toString());
    assertThat(Files.readString(reports.resolve("validation.json"))).contains("\"action\": \"drop\"");

    // Every document, in path order, with its signals; the empty one was not measured.
    assertThat(Files.readAllLines(reports.resolve("quality-signals.jsonl"))).containsExactly(
        "{\"source\":\"empty.txt\",\"signals\":{}}",
        "{\"source\":\"long/0.txt\",\"signals\":{\"min-words\":{\"words\":72}}}",
        "{\"source\":\"long/1.txt\",\"signals\":{\"min-words\":{\"words\":73}}}",
        "{\"source\":\"long/2.txt\",\"signals\":{\"min-words\":{\"words\":74}}}",
        "{\"source\":\"long/3.txt\",\"signals\":{\"min-words\":{\"words\":75}}}",
        "{\"source\":\"long/4.txt\",\"signals\":{\"min-words\":{\"words\":76}}}",
        "{\"source\":\"long/5.txt\",\"signals\":{\"min-words\":{\"words\":77}}}",
        "{\"source\":\"short/a.txt\",\"signals\":{\"min-words\":{\"words\":3}}}",
        "{\"source\":\"short/b.txt\",\"signals\":{\"min-words\":{\"words\":5}}}");

    // The page counts the drops and charts the signal, its threshold marked.
    String page = Files.readString(reports.resolve("index.html"));
    assertThat(page).contains("id=\"dropped\"", "id=\"quality-signals\"", "min-words", "threshold 50");
  }

  @Test
  void theSameBytesWhateverTheThreadsAndWarmOrCold() throws IOException {
    CorpusConfig config = config(minWords(Severity.WARNING, RuleAction.DROP));
    Path cold = tmp.resolve("cold");
    clean(config, RunOptions.defaults().withThreads(1), cold, new ArrayList<>());
    Path threads = tmp.resolve("threads");
    clean(config, RunOptions.defaults().withThreads(3), threads, new ArrayList<>());
    assertSameFiles(threads, cold);

    // Warm: every document but one from the cache (a new file makes the build run).
    RunOptions cached = RunOptions.defaults().withThreads(2).withCache(tmp.resolve("cache/documents.bin"), "1.0");
    Path warm = tmp.resolve("warm");
    Files.move(src.resolve("short/b.txt"), tmp.resolve("b.txt"));
    clean(config, cached, warm, new ArrayList<>());
    Files.move(tmp.resolve("b.txt"), src.resolve("short/b.txt"));
    List<Finding> findings = new ArrayList<>();
    CorpusBuild.Result second = clean(config, cached, warm, findings);
    assertThat(second.kept()).isFalse();
    assertThat(second.summary().reused()).isEqualTo(8);
    assertSameFiles(warm, cold);

    // Nothing changed: the run is skipped, and says what it dropped all the same.
    CorpusBuild.Result kept = clean(config, cached, warm, new ArrayList<>());
    assertThat(kept.kept()).isTrue();
    assertThat(kept.summary().drops()).isEqualTo(second.summary().drops());
    assertSameFiles(warm, cold);
  }

  @Test
  void reportKeepsEveryDocumentAndValidatingOnlyReports() throws IOException {
    Path run = tmp.resolve("run");
    CorpusBuild.Result reported = clean(config(minWords(Severity.WARNING, RuleAction.REPORT)),
        RunOptions.defaults(), run, new ArrayList<>());
    assertThat(reported.summary().cleaned()).isEqualTo(9);
    assertThat(reported.summary().drops().byRule()).isEmpty();
    String cleaning = Files.readString(run.resolve("reports/cleaning.json"));
    assertThat(cleaning).doesNotContain("\"leftOut\"", "\"dropped\"");
    assertThat(Files.readAllLines(run.resolve("reports/quality-signals.jsonl"))).hasSize(9);

    Path validated = tmp.resolve("validated");
    CorpusBuild.Result validation = CorpusBuild.validate(config(minWords(Severity.WARNING, RuleAction.DROP)),
        RunOptions.defaults(), validated, new RunSink() {});
    assertThat(validation.summary().drops().documents()).isZero();
    assertThat(Files.readString(validated.resolve("validation.json"))).doesNotContain("\"dropped\"")
        .contains("\"measure\"");
    assertThat(Files.readAllLines(validated.resolve("quality-signals.jsonl"))).hasSize(9);
  }

  @Test
  void anErrorWithDropDropsTheDocumentAndStillFails() throws IOException {
    Path run = tmp.resolve("run");
    CorpusBuild.Result result = clean(config(minWords(Severity.ERROR, RuleAction.DROP)), RunOptions.defaults(),
        run, new ArrayList<>());
    assertThat(result.summary().hasErrors()).isTrue();
    assertThat(result.summary().drops().byRule()).containsExactly(Map.entry("min-words", 2));
    JsonNode leftOut = JSON.readTree(run.resolve("reports/cleaning.json").toFile()).get("leftOut");
    assertThat(leftOut.findValuesAsText("source")).containsExactly("short/a.txt", "short/b.txt");
  }

  @Test
  void withoutASignallingRuleAStaleSignalsFileIsDeleted() throws IOException {
    Path run = tmp.resolve("run");
    clean(config(), RunOptions.defaults(), run, new ArrayList<>());
    assertThat(run.resolve("reports/quality-signals.jsonl")).exists();
    clean(config(RuleSetting.severity("min-words", Severity.OFF)), RunOptions.defaults(), run, new ArrayList<>());
    assertThat(run.resolve("reports/quality-signals.jsonl")).doesNotExist();
    assertThat(Files.readString(run.resolve("reports/index.html"))).doesNotContain("id=\"quality-signals\"");
  }

  private static void assertSameFiles(Path actualRun, Path expectedRun) throws IOException {
    Map<String, byte[]> expected = contents(expectedRun);
    Map<String, byte[]> actual = contents(actualRun);
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    expected.forEach((name, bytes) -> assertThat(actual.get(name)).as(name).isEqualTo(bytes));
  }

  /** The reports and cleaned files; the page is left out, as it names its run's folders. */
  private static Map<String, byte[]> contents(Path dir) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        String name = dir.relativize(p).toString().replace('\\', '/');
        if (!name.equals("reports/index.html") && !name.startsWith("reports/.")) {
          files.put(name, Files.readAllBytes(p));
        }
      }
    }
    return files;
  }
}
