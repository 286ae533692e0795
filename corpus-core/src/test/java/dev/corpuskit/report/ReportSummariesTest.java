package dev.corpuskit.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpuskit.describe.BuildSummary;
import dev.corpuskit.pipeline.CleanResult;
import dev.corpuskit.pipeline.CorpusCleaning;
import dev.corpuskit.pipeline.CorpusConfig;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.RuleCatalog;
import dev.corpuskit.validate.RuleDefinition;
import dev.corpuskit.validate.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportSummariesTest {

  /** Sixty words: enough for min-words. */
  static final String LONG = ("The river rose quickly after three days of heavy rain in the hills and the farmers "
      + "moved their animals to higher ground before the water reached the fields. ").repeat(2) + "\n";

  @TempDir Path tmp;

  /** A corpus whose only warning is min-words on short.txt, and whose cleaning changes something. */
  static void writeCorpus(Path src) throws IOException {
    Files.createDirectories(src.resolve("nested"));
    Files.writeString(src.resolve("plain.txt"), LONG, UTF_8);
    Files.writeString(src.resolve("nested/cookies.txt"),
        "We use cookies.\n" + LONG.replace("three days", "three  days"), UTF_8);
    Files.writeString(src.resolve("short.txt"), "Too short to count.\n", UTF_8);
  }

  record Reports(CorpusConfig config, CleanResult result, Path validation, Path cleaning) {}

  Reports writeReports() throws IOException {
    Path src = tmp.resolve("src");
    writeCorpus(src);
    CorpusConfig config = CorpusConfig.defaults(src);
    CleanResult result = CorpusCleaning.run(config, tmp.resolve("out"));
    Path validation = tmp.resolve("reports/validation.json");
    Path cleaning = tmp.resolve("reports/cleaning.json");
    ValidationJson.write(result.validation(), config.validation().rules(), validation);
    CleaningJson.write(result, cleaning);
    return new Reports(config, result, validation, cleaning);
  }

  @Test
  void readsSeveritiesInCatalogueOrderAndFindingsPerRule() throws IOException {
    Reports reports = writeReports();

    BuildSummary summary = ReportSummaries.read(reports.validation(), reports.cleaning());

    Map<String, String> expected = new LinkedHashMap<>();
    for (RuleDefinition rule : RuleCatalog.all()) {
      if (reports.config().validation().rules().listed(rule)) { // opt-in rules left off are not listed
        expected.put(rule.id(), reports.config().validation().rules().severityOf(rule).name());
      }
    }
    assertThat(summary.ruleSeverities()).containsExactlyEntriesOf(expected);
    assertThat(summary.ruleSeverities()).containsEntry("min-words", "WARNING");
    Map<String, Long> findings = new TreeMap<>();
    for (Finding f : reports.result().validation().findings()) {
      findings.merge(f.ruleId(), 1L, Long::sum);
    }
    // the corpus is as intended: one short document, and plain.txt a near-copy of nested/cookies.txt
    assertThat(findings).containsExactly(Map.entry("min-words", 1L), Map.entry("near-duplicate", 1L));
    assertThat(reports.result().validation().findings()).extracting(Finding::file, Finding::severity)
        .containsExactly(org.assertj.core.api.Assertions.tuple("short.txt", Severity.WARNING),
            org.assertj.core.api.Assertions.tuple("plain.txt", Severity.WARNING));
    assertThat(summary.findingsByRule()).isEqualTo(findings);
  }

  @Test
  void readsStepsInOrderAndChangesByDetailedStep() throws IOException {
    Reports reports = writeReports();

    BuildSummary summary = ReportSummaries.read(reports.validation(), reports.cleaning());

    assertThat(summary.steps()).isEqualTo(reports.result().steps()).contains("boilerplate", "collapse-spaces");
    assertThat(summary.changesByStep()).isEqualTo(CleaningJson.countByStep(reports.result()))
        .containsEntry("boilerplate/cookie-notice", 1).containsKey("collapse-spaces");
    assertThat(summary.changesOf("boilerplate")).isEqualTo(1);
    assertThat(summary.auditDetail()).isEqualTo("excerpt");
  }

  @Test
  void aReportWithoutAuditDetailHoldsWholeLines() throws IOException {
    Path file = Files.createDirectories(tmp.resolve("old")).resolve("cleaning.json");
    Files.writeString(file, "{\"steps\": [\"nfc\"], \"audit\": [], \"documents\": 0, \"changesByStep\": {}}\n");
    assertThat(ReportSummaries.read(tmp.resolve("none.json"), file).auditDetail()).isEmpty();
  }

  @Test
  void missingReportsGiveAnEmptySummary() throws IOException {
    BuildSummary summary = ReportSummaries.read(tmp.resolve("no/validation.json"), tmp.resolve("no/cleaning.json"));

    assertThat(summary.isEmpty()).isTrue();
    assertThat(summary).isEqualTo(BuildSummary.empty());
  }

  @Test
  void eachReportContributesOnItsOwn() throws IOException {
    Reports reports = writeReports();

    BuildSummary validationOnly = ReportSummaries.read(reports.validation(), tmp.resolve("none.json"));
    BuildSummary cleaningOnly = ReportSummaries.read(tmp.resolve("none.json"), reports.cleaning());

    assertThat(validationOnly.ruleSeverities()).isNotEmpty();
    assertThat(validationOnly.steps()).isEmpty();
    assertThat(validationOnly.changesByStep()).isEmpty();
    assertThat(cleaningOnly.ruleSeverities()).isEmpty();
    assertThat(cleaningOnly.findingsByRule()).isEmpty();
    assertThat(cleaningOnly.steps()).isEqualTo(reports.result().steps());
  }

  static List<String> notReports() {
    List<String> texts = new ArrayList<>();
    texts.add("[1, 2, 3]\n");
    texts.add("\"just a string\"\n");
    texts.add("{\"rules\": 5, \"findings\": []}\n");
    texts.add("{\"steps\": {}, \"changesByStep\": []}\n");
    texts.add("{\"name\": \"my-package\", \"resources\": [{\"path\": \"x.csv\"}]}\n");
    texts.add("not json at all\n");
    texts.add("");
    return texts;
  }

  @Test
  void aValidationFileThatIsNotAReportIsAnIoExceptionNamingTheFile() throws IOException {
    for (String text : notReports()) {
      Path file = Files.createDirectories(tmp.resolve("bad")).resolve("validation.json");
      Files.writeString(file, text, UTF_8);
      assertThatThrownBy(() -> ReportSummaries.read(file, tmp.resolve("none.json"))).as(text)
          .isInstanceOf(IOException.class).hasMessageContaining(file.toString());
    }
  }

  @Test
  void aCleaningFileThatIsNotAReportIsAnIoExceptionNamingTheFile() throws IOException {
    for (String text : notReports()) {
      Path file = Files.createDirectories(tmp.resolve("bad")).resolve("cleaning.json");
      Files.writeString(file, text, UTF_8);
      assertThatThrownBy(() -> ReportSummaries.read(tmp.resolve("none.json"), file)).as(text)
          .isInstanceOf(IOException.class).hasMessageContaining(file.toString());
    }
  }
}
