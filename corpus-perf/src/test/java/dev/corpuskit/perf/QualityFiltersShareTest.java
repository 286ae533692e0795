package dev.corpuskit.perf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corpuskit.pipeline.CorpusBuild;
import dev.corpuskit.pipeline.CorpusConfig;
import dev.corpuskit.pipeline.RunOptions;
import dev.corpuskit.pipeline.RunSink;
import dev.corpuskit.validate.RuleAction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The configuration {@link QualityFiltersShare} measures as "all" really runs every quality rule set
 * and both opt-in steps: a measurement of fewer would understate their cost.
 */
class QualityFiltersShareTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** The rule sets and steps of issue #21's quality filters, written out rather than taken from the harness. */
  private static final List<String> RULES = List.of("c4", "fineweb", "gopher-quality", "gopher-repetition", "language");
  private static final List<String> STEPS = List.of("c4", "pii");

  @TempDir Path tmp;

  @Test
  void allRunsEveryRuleSetWithDropAndEveryOptInStep() throws IOException {
    Path corpus = tmp.resolve("corpus");
    new CorpusGenerator(42, 5).write(corpus, 40);
    Map<String, CorpusConfig> configs = QualityFiltersShare.configurations(corpus, RuleAction.DROP, false);
    assertThat(configs.keySet()).containsExactly(QualityFiltersShare.DEFAULTS, QualityFiltersShare.ALL);

    CorpusConfig all = configs.get(QualityFiltersShare.ALL);
    assertThat(all.validation().rules().dropping()).containsExactlyInAnyOrderElementsOf(RULES);
    Path reports = tmp.resolve("reports");
    CorpusBuild.clean(all, RunOptions.defaults().withThreads(2), tmp.resolve("out"), reports, new RunSink() {});

    // Every parsed document carries the measures of every rule set.
    List<String> lines = Files.readAllLines(reports.resolve("quality-signals.jsonl"));
    assertThat(lines).hasSize(40);
    for (String line : lines) {
      Set<String> measured = new TreeSet<>();
      JSON.readTree(line).get("signals").fieldNames().forEachRemaining(measured::add);
      assertThat(measured).as(line).containsAll(RULES);
    }
    JsonNode cleaning = JSON.readTree(reports.resolve("cleaning.json").toFile());
    List<String> steps = new ArrayList<>();
    cleaning.get("steps").forEach(step -> steps.add(step.asText()));
    assertThat(steps).containsAll(STEPS);
    Set<String> dropping = new TreeSet<>();
    cleaning.get("dropped").get("rules").fieldNames().forEachRemaining(dropping::add);
    assertThat(dropping).containsExactlyInAnyOrderElementsOf(RULES);

    // The defaults run none of them.
    CorpusConfig defaults = configs.get(QualityFiltersShare.DEFAULTS);
    assertThat(defaults.validation().rules().enabledIds()).doesNotContainAnyElementsOf(RULES);
    assertThat(defaults.cleaning().enabledSteps()).doesNotContainAnyElementsOf(STEPS);
  }
}
