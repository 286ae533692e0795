package dev.corpuskit.spark;

import dev.corpuskit.pipeline.CorpusConfig;
import dev.corpuskit.validate.RuleConfig;
import dev.corpuskit.validate.RuleSetting;
import dev.corpuskit.validate.Severity;
import dev.corpuskit.validate.ValidationConfig;
import dev.corpuskit.clean.CleanerConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** The configurations and corpora the tests run both engines on. */
final class Corpora {

  private Corpora() {}

  /** The example module's corpus. */
  static Path example() {
    return Path.of("..", "corpus-example", "src", "main", "corpus").toAbsolutePath().normalize();
  }

  /**
   * The default rules and steps, but the corpus-level rules the job does not run yet
   * ({@code near-duplicate}, {@code portable-name}), and {@code disabledSteps} off.
   */
  static CorpusConfig config(Path source, Set<String> disabledSteps) {
    RuleConfig rules = RuleConfig.of(List.of(RuleSetting.severity("near-duplicate", Severity.OFF),
        RuleSetting.severity("portable-name", Severity.OFF)));
    return new CorpusConfig(source, List.of(), List.of(), new ValidationConfig(StandardCharsets.UTF_8, rules),
        new CleanerConfig(disabledSteps));
  }

  /** {@link #config} as the job takes it, for {@code source} given as a string. */
  static ConfigSource source(String source, Set<String> disabledSteps) {
    List<String> steps = List.copyOf(disabledSteps);
    return () -> config(Path.of(source), Set.copyOf(steps));
  }
}
