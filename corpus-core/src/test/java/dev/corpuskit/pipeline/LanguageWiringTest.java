package dev.corpuskit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.clean.CleanerConfig;
import dev.corpuskit.format.Sha256;
import dev.corpuskit.lang.UserLexicon;
import dev.corpuskit.parse.HtmlParser;
import dev.corpuskit.parse.PlainTextParser;
import dev.corpuskit.source.SourceFile;
import dev.corpuskit.validate.RuleCatalog;
import dev.corpuskit.validate.RuleDefinition;
import dev.corpuskit.validate.ValidationConfig;
import dev.corpuskit.validate.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The configured language reaches every stage of a run: the parser that validation reads pages with,
 * the cleaning steps and the cache keys; the user's lexicon reaches the boilerplate step and the
 * cleaning key. English keeps the keys of earlier versions, so that their caches stay valid.
 */
class LanguageWiringTest {

  @TempDir Path tmp;
  private Path src;

  @BeforeEach
  void germanCorpus() throws IOException {
    src = tmp.resolve("src");
    Files.createDirectories(src);
    try (InputStream page = LanguageWiringTest.class.getResourceAsStream("/seeds-de/fernwaerme.txt")) {
      Files.copy(page, src.resolve("fernwaerme.txt"));
    }
    // Dated well before any run, so that the source is never racily clean.
    Files.setLastModifiedTime(src.resolve("fernwaerme.txt"),
        FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
  }

  @Test
  void validationParsesPagesInTheConfiguredLanguage() {
    SourceFile page = new SourceFile(src, "seite.html");

    assertThat(new Validator(ValidationConfig.defaults(), "de").parserFor(page)).get()
        .isInstanceOfSatisfying(HtmlParser.class, parser -> assertThat(parser.language().code()).isEqualTo("de"));
    assertThat(new Validator(ValidationConfig.defaults()).parserFor(page)).get()
        .isInstanceOfSatisfying(HtmlParser.class, parser -> assertThat(parser.language().code()).isEqualTo("en"));
    assertThat(new Validator(ValidationConfig.defaults(), "de-AT").parserFor(new SourceFile(src, "a.txt"))).get()
        .isInstanceOf(PlainTextParser.class);
  }

  @Test
  void aGermanCorpusLosesItsGermanBoilerplateOnlyInGerman() throws IOException {
    String german = cleanedPage(config("de"), "de");
    String english = cleanedPage(config("en"), "en");

    assertThat(german).doesNotContain("Teilen Sie diesen Artikel").contains("Fernwärme");
    assertThat(english).contains("Teilen Sie diesen Artikel");
    assertThat(Files.readString(tmp.resolve("de/reports/cleaning.json"))).contains("boilerplate/share-prompt");
  }

  @Test
  void englishKeepsTheCacheKeysOfEarlierVersions() {
    CorpusConfig english = config("en");
    CacheKeys keys = CacheKeys.of(english, "1.0");

    String validation = earlierValidationKey(english, "1.0");
    assertThat(keys.validation()).isEqualTo(validation);
    assertThat(keys.cleaning()).isEqualTo(Sha256.hex((validation + "\nsteps "
        + String.join(",", english.cleaning().enabledSteps()) + "\nlanguage en\naudit excerpt")
        .getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void anotherLanguageChangesBothKeys() {
    CorpusConfig english = config("en");
    CorpusConfig german = config("de");

    assertThat(CacheKeys.of(german, "1.0").validation()).isNotEqualTo(CacheKeys.of(english, "1.0").validation());
    assertThat(CacheKeys.of(german, "1.0").cleaning()).isNotEqualTo(CacheKeys.of(english, "1.0").cleaning());
    assertThat(CacheKeys.of(config("de-DE"), "1.0")).isEqualTo(CacheKeys.of(german, "1.0"));
  }

  @Test
  void theUserLexiconChangesTheCleaningKeyOnly() throws IOException {
    CorpusConfig plain = config("en");
    CorpusConfig one = withLexicon(plain, "sponsor\tline\tpresented by .*\n");
    CorpusConfig other = withLexicon(plain, "sponsor\tline\tbrought to you by .*\n");

    assertThat(CacheKeys.of(one, "1.0").validation()).isEqualTo(CacheKeys.of(plain, "1.0").validation());
    assertThat(CacheKeys.of(one, "1.0").cleaning()).isNotEqualTo(CacheKeys.of(plain, "1.0").cleaning())
        .isNotEqualTo(CacheKeys.of(other, "1.0").cleaning());
  }

  @Test
  void aChangedLexiconReCleansAndItsRemovalsGoUnderTheUserIds() throws IOException {
    RunOptions cached = RunOptions.defaults().withCache(tmp.resolve("cache/documents.bin"), "1.0");
    CorpusConfig german = config("de");
    Path out = tmp.resolve("run/out");
    Path reports = tmp.resolve("run/reports");
    CorpusBuild.clean(german, cached, out, reports, new RunSink() {});
    assertThat(Files.readString(out.resolve("fernwaerme.txt"))).contains("Fernwärme");

    CorpusConfig withRule = withLexicon(german, "# the town's name\ntown\tline\t.*neustadt will bis 2035.*\n");
    CorpusBuild.Result result = CorpusBuild.clean(withRule, cached, out, reports, new RunSink() {});

    assertThat(result.kept()).isFalse();
    assertThat(result.summary().cleanedNow()).isEqualTo(1);
    assertThat(Files.readString(out.resolve("fernwaerme.txt"))).doesNotContain("Neustadt will bis 2035");
    assertThat(Files.readString(reports.resolve("cleaning.json"))).contains("\"boilerplate/user:town\"");
    assertThat(CorpusBuild.clean(withRule, cached, out, reports, new RunSink() {}).kept()).isTrue();
  }

  private String cleanedPage(CorpusConfig config, String run) throws IOException {
    Path out = tmp.resolve(run).resolve("out");
    CorpusBuild.clean(config, RunOptions.defaults(), out, tmp.resolve(run).resolve("reports"), new RunSink() {});
    return Files.readString(out.resolve("fernwaerme.txt"));
  }

  private CorpusConfig config(String language) {
    return new CorpusConfig(src, List.of(), List.of(), ValidationConfig.defaults(),
        new CleanerConfig(Set.of(), language));
  }

  private CorpusConfig withLexicon(CorpusConfig config, String rules) throws IOException {
    Path file = Files.createTempFile(tmp, "lexicon", ".tsv");
    Files.writeString(file, rules);
    return new CorpusConfig(config.sourceDirectory(), config.includes(), config.excludes(), config.validation(),
        config.cleaning().withLexicon(UserLexicon.read(file)), config.auditDetail(), config.minDocuments());
  }

  /** The validation key as versions before languages were wired wrote it. */
  private static String earlierValidationKey(CorpusConfig config, String toolVersion) {
    StringBuilder v = new StringBuilder("corpuskit-cache 6\n").append(toolVersion).append('\n')
        .append(config.sourceDirectory().toAbsolutePath().normalize()).append('\n')
        .append(config.validation().charset().name()).append('\n');
    for (RuleDefinition rule : RuleCatalog.all()) {
      if (rule.id().equals("contamination") || RuleCatalog.isOptIn(rule.id())) {
        continue; // later rules, in the key only with corpora to check against, or when on or configured
      }
      v.append(rule.id()).append('=').append(config.validation().rules().severityOf(rule)).append('\n');
    }
    return Sha256.hex(v.toString().getBytes(StandardCharsets.UTF_8));
  }
}
