package dev.corpuskit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.clean.CleanerConfig;
import dev.corpuskit.describe.ManifestFacts;
import dev.corpuskit.format.Manifest;
import dev.corpuskit.format.ManifestEntry;
import dev.corpuskit.lang.Texts;
import dev.corpuskit.pack.ManifestSource;
import dev.corpuskit.validate.RuleConfig;
import dev.corpuskit.validate.RuleSetting;
import dev.corpuskit.validate.Severity;
import dev.corpuskit.validate.ValidationConfig;
import dev.corpuskit.validate.rules.LanguageRule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run with the {@code language} rule on: each document's language and score go into the manifest,
 * are kept in the cache, and choose the language data its cleaning uses.
 */
class LanguageRunTest {

  @TempDir Path tmp;
  private Path src;

  @BeforeEach
  void corpusInThreeLanguages() throws IOException {
    src = tmp.resolve("src");
    Files.createDirectories(src);
    try (InputStream page = LanguageRunTest.class.getResourceAsStream("/seeds-de/fernwaerme.txt")) {
      Files.copy(page, src.resolve("fernwaerme.txt"));
    }
    Files.writeString(src.resolve("english.txt"), Texts.ENGLISH);
    Files.writeString(src.resolve("french.txt"), Texts.FRENCH);
    Files.writeString(src.resolve("spanish.txt"), Texts.SPANISH);
    try (var files = Files.list(src)) {
      for (Path file : files.toList()) {
        // Dated well before any run, so that no source is racily clean.
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
      }
    }
  }

  @Test
  void eachDocumentsLanguageAndScoreGoIntoTheManifest() throws IOException {
    Path reports = tmp.resolve("reports");
    CorpusBuild.clean(config(Severity.WARNING, "en,de"), RunOptions.defaults(), tmp.resolve("out"), reports,
        new RunSink() {});

    Manifest manifest = Manifest.read(Files.newInputStream(reports.resolve("manifest.tsv")), "manifest.tsv");
    assertThat(languages(manifest)).isEqualTo(Map.of("english.txt", "en", "fernwaerme.txt", "de",
        "french.txt", "fr", "spanish.txt", "es"));
    assertThat(manifest.entries()).allSatisfy(e -> assertThat(Double.parseDouble(e.languageScore())).isGreaterThan(0.65));
    assertThat(Files.readString(reports.resolve("manifest.tsv"))).startsWith(Manifest.HEADER_WITH_LANGUAGE + "\n");
    assertThat(ManifestFacts.of(ManifestSource.of(manifest)).languages())
        .isEqualTo(new TreeMap<>(Map.of("de", 1, "en", 1, "es", 1, "fr", 1)));
    String validation = Files.readString(reports.resolve("validation.json"));
    assertThat(validation).contains("identified as 'fr'").contains("identified as 'es'")
        .doesNotContain("identified as 'en'").doesNotContain("identified as 'de'");
  }

  @Test
  void withTheRuleOffTheManifestKeepsItsSixColumns() throws IOException {
    Path reports = tmp.resolve("reports");
    CorpusBuild.clean(config(Severity.OFF, "en,de"), RunOptions.defaults(), tmp.resolve("out"), reports,
        new RunSink() {});

    assertThat(Files.readString(reports.resolve("manifest.tsv"))).startsWith(Manifest.HEADER + "\n")
        .doesNotContain("language");
  }

  @Test
  void aDocumentIsCleanedWithItsOwnLanguagesData() throws IOException {
    Path both = tmp.resolve("both/out");
    CorpusBuild.clean(config(Severity.WARNING, "en,de"), RunOptions.defaults(), both, tmp.resolve("both/reports"),
        new RunSink() {});
    Path englishOnly = tmp.resolve("en/out");
    CorpusBuild.clean(config(Severity.WARNING, "en"), RunOptions.defaults(), englishOnly,
        tmp.resolve("en/reports"), new RunSink() {});

    // German boilerplate goes only when German is one of the languages: the page is routed to its data.
    assertThat(Files.readString(both.resolve("fernwaerme.txt"))).doesNotContain("Teilen Sie diesen Artikel")
        .contains("Fernwärme");
    assertThat(Files.readString(englishOnly.resolve("fernwaerme.txt"))).contains("Teilen Sie diesen Artikel");
    assertThat(Files.readString(tmp.resolve("both/reports/cleaning.json"))).contains("boilerplate/share-prompt");
    // The English document is cleaned alike either way.
    assertThat(both.resolve("english.txt")).hasSameTextualContentAs(englishOnly.resolve("english.txt"));
  }

  @Test
  void aDocumentRoutedToItsLanguageKeepsTheOptInSteps() throws IOException {
    String german = Files.readString(src.resolve("fernwaerme.txt"));
    String paragraph = "Die Stadtwerke investieren";
    Files.writeString(src.resolve("fernwaerme.txt"), german.replace(paragraph,
        "Fragen beantwortet die Redaktion unter redaktion@news.example.org. " + paragraph));
    CorpusConfig base = config(Severity.WARNING, "en,de");
    CorpusConfig withPii = new CorpusConfig(src, List.of(), List.of(), base.validation(),
        base.cleaning().withOptInSteps(Set.of("pii"), Map.of()));
    Path out = tmp.resolve("pii/out");
    CorpusBuild.clean(withPii, RunOptions.defaults(), out, tmp.resolve("pii/reports"), new RunSink() {});

    // Routed to German data, the page is still cleaned by every step the configuration switched on.
    assertThat(Files.readString(out.resolve("fernwaerme.txt"))).doesNotContain("Teilen Sie diesen Artikel")
        .doesNotContain("redaktion@news.example.org").contains("unter email@example.com.");
  }

  @Test
  void aWarmBuildTakesTheLanguageFromTheCacheAndWritesTheSameManifest() throws IOException {
    RunOptions cached = RunOptions.defaults().withCache(tmp.resolve("cache/documents.bin"), "1.0");
    CorpusConfig config = config(Severity.WARNING, "en,de");
    Path out = tmp.resolve("out");
    Path reports = tmp.resolve("reports");
    CorpusBuild.clean(config, cached, out, reports, new RunSink() {});
    byte[] cold = Files.readAllBytes(reports.resolve("manifest.tsv"));
    String germanCold = Files.readString(out.resolve("fernwaerme.txt"));

    Files.delete(out.resolve("fernwaerme.txt")); // cleaned again from the cached state, with German data
    CorpusBuild.Result warm = CorpusBuild.clean(config, cached, out, reports, new RunSink() {});

    assertThat(warm.summary().reused()).isEqualTo(4);
    assertThat(warm.summary().cleanedNow()).isEqualTo(1);
    assertThat(Files.readAllBytes(reports.resolve("manifest.tsv"))).isEqualTo(cold);
    assertThat(Files.readString(out.resolve("fernwaerme.txt"))).isEqualTo(germanCold);
  }

  @Test
  void theOutputDoesNotDependOnTheThreadCount() throws IOException {
    CorpusConfig config = config(Severity.WARNING, "en,de");
    CorpusBuild.clean(config, RunOptions.defaults().withThreads(1), tmp.resolve("one/out"),
        tmp.resolve("one/reports"), new RunSink() {});
    CorpusBuild.clean(config, RunOptions.defaults().withThreads(4), tmp.resolve("four/out"),
        tmp.resolve("four/reports"), new RunSink() {});

    for (String file : List.of("manifest.tsv", "validation.json", "cleaning.json")) {
      assertThat(tmp.resolve("four/reports").resolve(file)).hasSameBinaryContentAs(tmp.resolve("one/reports").resolve(file));
    }
  }

  private CorpusConfig config(Severity severity, String languages) {
    RuleConfig rules = RuleConfig.of(List.of(new RuleSetting(LanguageRule.ID, Optional.of(severity),
        Map.of(LanguageRule.LANGUAGES, languages))));
    return new CorpusConfig(src, List.of(), List.of(), new ValidationConfig(StandardCharsets.UTF_8, rules),
        new CleanerConfig(Set.of(), "en"));
  }

  private static Map<String, String> languages(Manifest manifest) {
    return manifest.entries().stream().collect(Collectors.toMap(ManifestEntry::path, ManifestEntry::language));
  }
}
