package dev.corpuskit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.clean.CleanerConfig;
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
 * cleaned form keeps the words of the text cleaning started from, for the report's words in.)
 */
class CacheKeysTest {

  private static final Path ROOT = Path.of("/corpus/src").toAbsolutePath();

  @Test
  void theDefaultsKeepTheirKeys() {
    CacheKeys keys = keys(CorpusConfig.defaults(ROOT));

    assertThat(keys.validation()).isEqualTo("0c2c6688c65d4cc59db25106c18b07db77a8d16aca3dba9d9a5160a5d932310e");
    assertThat(keys.cleaning()).isEqualTo("38e3836d5f0b0841e44aff9869ccecbcce7d18a91dd120b840a408736f9a4b81");
  }

  @Test
  void aConfiguredRunKeepsItsKeys() {
    CorpusConfig config = new CorpusConfig(ROOT, List.of("**/*.html"), List.of("drafts/**"),
        new ValidationConfig(StandardCharsets.ISO_8859_1, RuleConfig.of(List.of(
            RuleSetting.severity("empty", Severity.INFO),
            new RuleSetting("min-words", Optional.of(Severity.ERROR), Map.of("min", "5"))))),
        new CleanerConfig(Set.of("corpus-repeated", "boilerplate")), AuditDetail.FULL);

    CacheKeys keys = keys(config);

    assertThat(keys.validation()).isEqualTo("1b76f773a4ad29024a6feabf1bd9a8e0c837d6bfa7a96b8985c483956bdf1516");
    assertThat(keys.cleaning()).isEqualTo("1ecc01093286a2c80bcec25320349132824bfaa92dd20456a29e2cc0a30fc5c7");
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
