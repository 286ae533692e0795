package dev.corpuskit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.clean.CleanerConfig;
import dev.corpuskit.clean.NearDuplicateHandling;
import dev.corpuskit.report.AuditDetail;
import dev.corpuskit.validate.RuleConfig;
import dev.corpuskit.validate.RuleSetting;
import dev.corpuskit.validate.Severity;
import dev.corpuskit.validate.ValidationConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The cache keys are pinned: the same configuration must give the same keys from one version of the
 * code to the next, or every cache written before would be thrown away for nothing. (Format 5: the
 * cleaned form keeps the words of the text cleaning started from, for the report's words in. Format 6:
 * states and cleaned forms keep their near-duplicate signatures, and the near-duplicate rule joined
 * the catalogue, whose every rule is part of the key but the opt-in rules left off.)
 */
class CacheKeysTest {

  private static final Path ROOT = Path.of("/corpus/src").toAbsolutePath();

  @Test
  void theDefaultsKeepTheirKeys() {
    CacheKeys keys = keys(CorpusConfig.defaults(ROOT));

    assertThat(keys.validation()).isEqualTo("36d5680d79fa0e1630f1cfd560daabab69aed942be365431547e0056e7da38dc");
    assertThat(keys.cleaning()).isEqualTo("8dfbca37d95085735778720a6a7e0a012f3ebe54d5688b2d336148f4e711e24f");
  }

  @Test
  void aConfiguredRunKeepsItsKeys() {
    CorpusConfig config = new CorpusConfig(ROOT, List.of("**/*.html"), List.of("drafts/**"),
        new ValidationConfig(StandardCharsets.ISO_8859_1, RuleConfig.of(List.of(
            RuleSetting.severity("empty", Severity.INFO),
            new RuleSetting("min-words", Optional.of(Severity.ERROR), Map.of("min", "5"))))),
        new CleanerConfig(Set.of("corpus-repeated", "boilerplate")), AuditDetail.FULL);

    CacheKeys keys = keys(config);

    assertThat(keys.validation()).isEqualTo("73d1fbf6925efde4efe247339894946650c9be723de5b30dd8cc39ad23a3c180");
    assertThat(keys.cleaning()).isEqualTo("55114d70adf5b62a0dc1e5a7590314dc91bfbf9d184c03d938c3d7020b92ad43");
  }

  @Test
  void everyPartOfTheConfigurationChangesTheKey() {
    CorpusConfig base = CorpusConfig.defaults(ROOT);
    CacheKeys keys = keys(base);

    assertThat(keys(CorpusConfig.defaults(ROOT.resolveSibling("other"))).validation()).isNotEqualTo(keys.validation());
    assertThat(keys(new CorpusConfig(ROOT, List.of(), List.of(),
        new ValidationConfig(StandardCharsets.ISO_8859_1, RuleConfig.defaults()), CleanerConfig.defaults()))
        .validation()).isNotEqualTo(keys.validation());
    CacheKeys lessSteps = keys(new CorpusConfig(ROOT, List.of(), List.of(), ValidationConfig.defaults(),
        new CleanerConfig(Set.of("boilerplate"))));
    assertThat(lessSteps.validation()).isEqualTo(keys.validation());
    assertThat(lessSteps.cleaning()).isNotEqualTo(keys.cleaning());
    assertThat(keys(base.withAuditDetail(AuditDetail.FULL)).cleaning()).isNotEqualTo(keys.cleaning());
    for (RuleSetting near : List.of(RuleSetting.severity("near-duplicate", Severity.OFF),
        RuleSetting.parameters("near-duplicate", Map.of("threshold", "0.7")),
        RuleSetting.parameters("near-duplicate", Map.of("shingleWords", "4")))) {
      assertThat(keys(new CorpusConfig(ROOT, List.of(), List.of(),
          new ValidationConfig(StandardCharsets.UTF_8, RuleConfig.of(List.of(near))), CleanerConfig.defaults()))
          .validation()).as(near.toString()).isNotEqualTo(keys.validation());
    }
    for (RuleSetting c4 : List.of(RuleSetting.severity("c4", Severity.WARNING),
        RuleSetting.parameters("c4", Map.of("minSentences", "5")))) {
      assertThat(keys(new CorpusConfig(ROOT, List.of(), List.of(),
          new ValidationConfig(StandardCharsets.UTF_8, RuleConfig.of(List.of(c4))), CleanerConfig.defaults()))
          .validation()).as(c4.toString()).isNotEqualTo(keys.validation());
    }
    CacheKeys optIn = keys(new CorpusConfig(ROOT, List.of(), List.of(), ValidationConfig.defaults(),
        CleanerConfig.defaults().withOptInSteps(Set.of("pii"), Map.of())));
    assertThat(optIn.validation()).isEqualTo(keys.validation());
    assertThat(optIn.cleaning()).isNotEqualTo(keys.cleaning());
    CacheKeys keeping = keys(new CorpusConfig(ROOT, List.of(), List.of(), ValidationConfig.defaults(),
        CleanerConfig.defaults().withNearDuplicates(NearDuplicateHandling.KEEP_REPRESENTATIVE)));
    assertThat(keeping.validation()).isEqualTo(keys.validation());
    assertThat(keeping.cleaning()).isNotEqualTo(keys.cleaning());
  }

  @Test
  void aRunStampKeyDependsOnItsKindAndOnlyAValidationIgnoresTheCleaningSettings() {
    CorpusConfig base = CorpusConfig.defaults(ROOT);
    Path reports = ROOT.resolveSibling("reports");
    Path out = ROOT.resolveSibling("out");
    CorpusConfig lessSteps = new CorpusConfig(ROOT, List.of(), List.of(), ValidationConfig.defaults(),
        new CleanerConfig(Set.of("boilerplate")));
    String validate = keys(base).lastRun(base, RunKind.VALIDATE, reports, null);
    String clean = keys(base).lastRun(base, RunKind.CLEAN, reports, out);

    assertThat(clean).isNotEqualTo(validate);
    assertThat(keys(lessSteps).lastRun(lessSteps, RunKind.VALIDATE, reports, null)).isEqualTo(validate);
    assertThat(keys(lessSteps).lastRun(lessSteps, RunKind.CLEAN, reports, out)).isNotEqualTo(clean);
    CorpusConfig full = base.withAuditDetail(AuditDetail.FULL);
    assertThat(keys(full).lastRun(full, RunKind.CLEAN, reports, out)).isNotEqualTo(clean);
    assertThat(keys(base).lastRun(base, RunKind.CLEAN, reports, out.resolveSibling("out2"))).isNotEqualTo(clean);
    assertThat(keys(base).lastRun(base, RunKind.VALIDATE, reports.resolveSibling("r2"), null)).isNotEqualTo(validate);
    CorpusConfig someFiles = new CorpusConfig(ROOT, List.of("**/*.html"), List.of(), ValidationConfig.defaults(),
        CleanerConfig.defaults());
    assertThat(keys(someFiles).lastRun(someFiles, RunKind.VALIDATE, reports, null)).isNotEqualTo(validate);
    assertThat(keys(base).lastRun(base, RunKind.VALIDATE, reports, null))
        .isEqualTo(CacheKeys.of(base, "1.0").lastRun(base, RunKind.VALIDATE, reports, null))
        .isNotEqualTo(CacheKeys.of(base, "2.0").lastRun(base, RunKind.VALIDATE, reports, null));
  }

  private static CacheKeys keys(CorpusConfig config) {
    return CacheKeys.of(config, "1.0");
  }
}
