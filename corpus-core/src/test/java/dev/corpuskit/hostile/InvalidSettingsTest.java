package dev.corpuskit.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.corpuskit.clean.CleanerConfig;
import dev.corpuskit.format.CorpusInfo;
import dev.corpuskit.format.InvalidConfigurationException;
import dev.corpuskit.format.License;
import dev.corpuskit.format.Source;
import dev.corpuskit.pack.PackageSpec;
import dev.corpuskit.pack.Packager;
import dev.corpuskit.pipeline.CorpusConfig;
import dev.corpuskit.pipeline.RunOptions;
import dev.corpuskit.report.AuditDetail;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every bad configuration value the core refuses comes as an {@link InvalidConfigurationException}
 * naming the setting by its key, so that a front end can name its own element for it and the fix;
 * the message still names the value. It stays an {@link IllegalArgumentException} for older callers.
 */
class InvalidSettingsTest {

  private static InvalidConfigurationException refused(Executable call) {
    Throwable thrown = catchThrowable(call::execute);
    assertThat(thrown).isInstanceOf(InvalidConfigurationException.class).isInstanceOf(IllegalArgumentException.class);
    return (InvalidConfigurationException) thrown;
  }

  private static void assertSetting(Executable call, String setting, String value) {
    InvalidConfigurationException e = refused(call);
    assertThat(e.setting()).as(e.getMessage()).isEqualTo(setting);
    assertThat(e.getMessage()).contains(value).doesNotContain("<");
  }

  @Test
  void theCoresConfigurationRecordsNameTheSetting() {
    assertSetting(() -> new CleanerConfig(Set.of("polish")), "disabledSteps", "'polish'");
    assertSetting(() -> new CleanerConfig(Set.of(), "xx"), "language", "'xx'");
    assertSetting(() -> AuditDetail.of("most"), "auditDetail", "'most'");
    assertSetting(() -> CorpusConfig.defaults(Path.of("src")).withMinDocuments(-1), "minDocuments", "-1");
    assertSetting(() -> RunOptions.defaults().withThreads(0), "threads", "0");
    assertSetting(() -> new Packager(0, 6), "threads", "0");
    assertSetting(() -> new Packager(1, 10), "compressionLevel", "10");
    assertSetting(() -> new PackageSpec(CorpusInfo.of("g", "a", "1"), Instant.parse("1970-01-01T00:00:10Z")),
        "outputTimestamp", "1970");
  }

  @Test
  void theCorpusMetadataNamesTheFieldAtFault() {
    assertSetting(() -> CorpusInfo.of("g/x", "a", "1"), "groupId", "'g/x'");
    assertSetting(() -> CorpusInfo.of("g", " ", "1"), "artifactId", "artifactId");
    assertSetting(() -> CorpusInfo.of("g", "a", "1 beta"), "version", "'1 beta'");
    assertSetting(() -> new CorpusInfo("g", "a", "1", "two\nlines", null, null, List.of(), List.of()), "title",
        "title");
    assertSetting(() -> new CorpusInfo("g", "a", "1", null, "a\u0007bell", null, List.of(), List.of()),
        "description", "control character");
    assertSetting(() -> new CorpusInfo("g", "a", "1", null, null, "example.org", List.of(), List.of()),
        "homepage", "'example.org'");
    assertSetting(() -> new License(" ", null), "license", "name or a url");
    assertSetting(() -> new License("MIT", "https://x\n"), "license", "licence url");
    assertSetting(() -> new Source(null, " "), "source", "title or a url");
  }
}
