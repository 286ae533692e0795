package dev.corpuskit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpuskit.clean.NearDuplicateHandling;
import dev.corpuskit.pipeline.CorpusConfig;
import dev.corpuskit.pipeline.PackageRequest;
import dev.corpuskit.report.AuditDetail;
import dev.corpuskit.validate.RuleAction;
import dev.corpuskit.validate.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CorpusConfigFileTest {

  @TempDir
  Path folder;

  private Path file() {
    return folder.resolve("corpuskit.yaml");
  }

  private CorpusSettings parse(String yaml) {
    return CorpusConfigFile.parse(yaml, file());
  }

  @Test
  void readsEveryKeyIntoTheCoreRequests() throws IOException {
    Files.writeString(folder.resolve("eval.jar"), "not read here");
    Files.writeString(folder.resolve("rules.tsv"), "cookie\tline\taccept all cookies\n");
    CorpusSettings settings = parse("""
        sourceDirectory: docs
        includes: ["**/*.txt", "**/*.html"]
        excludes: drafts/**
        encoding: windows-1252
        language: de-DE
        rules:
          min-words: {severity: ERROR, min: 50}
          mojibake:
            severity: OFF
          near-duplicate:
            action: drop
            threshold: 0.9
          language:
            languages: [de, en]
        disabledSteps: [repeated-paragraphs]
        enabledSteps: [c4]
        stepParameters: {c4.minWordsPerLine: 3}
        lexicon: rules.tsv
        nearDuplicates: keep-representative
        against: [eval.jar]
        auditDetail: counts
        minDocuments: 0
        threads: 2
        reportDocuments: [news/a, "news/2019-*"]
        failOnError: false
        failOnWarning: true
        outputDirectory: out/corpus
        reportsDirectory: out/reports
        compressionLevel: 1
        outputTimestamp: 2026-01-01T00:00:00Z
        publishCleaningReport: false
        metadata:
          groupId: org.example
          artifactId: news-de
          version: "1.10"
          title: German news
          licenses: [CC-BY-4.0]
          sources: [{title: Feeds, url: https://example.org/feeds}]
          organization: {name: Example}
          creators: [{name: Jane, email: jane@example.org}]
          taskCategories: [text-generation]
        """);
    assertThat(settings.sourceDirectory()).isEqualTo(folder.resolve("docs"));
    assertThat(settings.includes()).containsExactly("**/*.txt", "**/*.html");
    assertThat(settings.excludes()).containsExactly("drafts/**");
    assertThat(settings.language()).isEqualTo("de-DE");
    assertThat(settings.rules()).hasSize(4);
    assertThat(settings.rules().get(1).severity()).contains(Severity.OFF); // YAML 1.2: OFF is text
    assertThat(settings.rules().get(2).action()).isEqualTo(RuleAction.DROP);
    assertThat(settings.rules().get(3).parameters()).containsEntry("languages", "de,en");
    assertThat(settings.against()).containsExactly(folder.resolve("eval.jar"));
    assertThat(settings.reportDocuments()).isEqualTo("news/a,news/2019-*");
    assertThat(settings.metadata().version()).isEqualTo("1.10");

    CorpusConfig config = settings.corpusConfig(folder);
    assertThat(config.sourceDirectory()).isEqualTo(folder.resolve("docs"));
    assertThat(config.validation().charset().name()).isEqualTo("windows-1252");
    assertThat(config.cleaning().disabledSteps()).containsExactly("repeated-paragraphs");
    assertThat(config.cleaning().enabledSteps()).contains("c4");
    assertThat(config.cleaning().nearDuplicates()).isEqualTo(NearDuplicateHandling.KEEP_REPRESENTATIVE);
    assertThat(config.auditDetail()).isEqualTo(AuditDetail.COUNTS);
    assertThat(config.minDocuments()).isZero();
    assertThat(settings.runOptions().threads()).isEqualTo(2);

    PackageRequest request = settings.packageRequest(folder.resolve("out/corpus"), folder.resolve("out/reports"),
        folder.resolve("x.jar"));
    assertThat(request.info().id()).isEqualTo("org.example:news-de");
    assertThat(request.info().version()).isEqualTo("1.10");
    assertThat(request.compressionLevel()).isEqualTo(1);
    assertThat(request.created()).hasToString("2026-01-01T00:00:00Z");
    assertThat(request.card().creators()).hasSize(2);
  }

  @Test
  void anEmptyFileAndAMissingKeyMeanTheDefaults() {
    CorpusSettings settings = parse("# nothing set\n");
    assertThat(settings).isEqualTo(CorpusSettings.none());
    CorpusConfig config = settings.corpusConfig(folder);
    assertThat(config.sourceDirectory()).isEqualTo(folder.resolve("src/main/corpus"));
    assertThat(config.validation().charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(config.cleaning().language()).isEqualTo("en");
    assertThat(config.auditDetail()).isEqualTo(AuditDetail.EXCERPT);
    assertThat(config.minDocuments()).isEqualTo(1);
    assertThat(parse("threads: null\nlanguage: ~\n")).isEqualTo(CorpusSettings.none());
  }

  @Test
  void jsonIsReadToo() {
    CorpusSettings settings = parse("{\"language\": \"de\", \"rules\": {\"min-words\": {\"min\": 3}}}");
    assertThat(settings.language()).isEqualTo("de");
    assertThat(settings.rules().get(0).parameters()).isEqualTo(Map.of("min", "3"));
  }

  /** Each check, refused: the key's path, where, and a word of the problem and of the fix. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      languag: de                                    | languag                           | 1:1  | unknown key            | did you mean language
      rules: {min-words: {min: -3}}                   | rules.min-words.min               | 1:26 | at least               | rule table
      rules: {near-duplicate: {threshold: 1.5}}       | rules.near-duplicate.threshold    | 1:37 | between                | rule table
      rules: {no-such-rule: {severity: ERROR}}        | rules.no-such-rule                | 1:23 | no such rule           | rule table
      rules: {min-words: {severity: LOUD}}            | rules.min-words.severity          | 1:31 | LOUD                   | ERROR, WARNING
      rules: {min-words: {action: burn}}              | rules.min-words.action            | 1:29 | burn                   | drop
      rules: {min-words: {min: {a: 1}}}               | rules.min-words.min               | 1:26 | a mapping              | rule table
      encoding: UTF-99                                | encoding                          | 1:11 | UTF-99                 | charset
      language: xx                                    | language                          | 1:11 | xx                     | known languages
      threads: 0                                      | threads                           | 1:10 | less than 1            | 1 or more
      threads: many                                   | threads                           | 1:10 | whole number           | 1 or more
      minDocuments: -1                                | minDocuments                      | 1:15 | negative               | 0 or more
      compressionLevel: 10                            | compressionLevel                  | 1:19 | deflate level          | 0 (stored) to 9
      failOnError: yes                                | failOnError                       | 1:14 | true or false          | true or false
      auditDetail: some                               | auditDetail                       | 1:14 | some                   | excerpt
      nearDuplicates: merge                           | nearDuplicates                    | 1:17 | merge                  | keep-representative
      '{rules: {near-duplicate: {severity: OFF}}, nearDuplicates: keep-representative}' | nearDuplicates | 1:60 | near-duplicate         | rule on
      disabledSteps: [no-such-step]                   | disabledSteps                     | 1:16 | no-such-step           | step ids
      enabledSteps: [unicode-nope]                    | enabledSteps                      | 1:15 | unicode-nope           | c4 or pii
      stepParameters: {c4.minWordsPerLine: 0}         | stepParameters.c4.minWordsPerLine | 1:38 | at least 1             | whole number
      stepParameters: {c4.nope: 3}                    | stepParameters.c4.nope            | 1:27 | c4.nope                | c4.minWordsPerLine
      against: [missing.jar]                          | against                           | 1:10 | missing.jar            | corpus jars
      lexicon: missing.tsv                            | lexicon                           | 1:10 | no such file           | RE2
      outputTimestamp: yesterday                      | outputTimestamp                   | 1:18 | yesterday              | ISO-8601
      outputTimestamp: 1970-01-01T00:00:00Z           | outputTimestamp                   | 1:18 | 1980..2107             | ISO-8601
      includes: {a: b}                                | includes                          | 1:11 | a mapping              | globs
      includes: [[a]]                                 | includes[0]                       | 1:12 | a list                 | globs
      metadata: {groupId: a b}                        | metadata.groupId                  | 1:21 | groupId                | org.example.corpora
      metadata: {homepage: not a url}                 | metadata.homepage                 | 1:22 | homepage               | absolute URL
      metadata: {creators: [{email: jane}]}           | metadata.creators                 | 1:22 | jane@example.org       | email
      metadata: {taskCategories: [Text Gen]}          | metadata.taskCategories           | 1:28 | Text Gen               | Hugging Face
      metadata: {licence: MIT}                        | metadata.licence                  | 1:12 | unknown key            | licenses
      metadata: {sources: [{title: a, link: b}]}      | metadata.sources[0].link          | 1:33 | unknown key            | url
      reportDocuments: 'a,,b'                         | reportDocuments                   | 1:18 | empty                  | at most 50
      - a list                                        | ''                                | 1:1  | a list                 | README
      'a: [unclosed'                                  | ''                                | 1:13 | not valid YAML         | JSON
      """)
  void refusesNamingTheKeyThePlaceAndTheFix(String yaml, String key, String where, String problem, String fix) {
    assertThatThrownBy(() -> parse(yaml))
        .isInstanceOfSatisfying(ConfigFileException.class, e -> {
          assertThat(e.key()).isEqualTo(key);
          assertThat(e.line() + ":" + e.column()).isEqualTo(where);
          assertThat(e.problem()).contains(problem);
          assertThat(e.fix()).contains(fix);
          assertThat(e.getMessage()).startsWith(file() + ":" + where + ": ");
        });
  }

  /** The other side of each check above: the nearest value that passes. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      language: de
      rules: {min-words: {min: 0}}
      rules: {near-duplicate: {threshold: 1}}
      rules: {near-duplicate: {severity: WARNING}}
      rules: {min-words: {severity: error}}
      rules: {min-words: {action: DROP}}
      rules: {min-words: null}
      encoding: ISO-8859-1
      threads: 1
      minDocuments: 0
      compressionLevel: 9
      compressionLevel: 0
      failOnError: false
      failOnError: TRUE
      auditDetail: full
      nearDuplicates: report
      disabledSteps: [repeated-paragraphs]
      enabledSteps: pii
      stepParameters: {c4.minWordsPerLine: 1}
      outputTimestamp: 315532800
      outputTimestamp: 2107-12-31T23:59:59Z
      includes: '**/*.txt'
      metadata: {groupId: a.b-c_d}
      metadata: {homepage: 'https://example.org'}
      metadata: {creators: [{email: jane@example.org}]}
      metadata: {taskCategories: [text-classification]}
      metadata: {licenses: [{name: MIT, url: 'https://opensource.org/license/mit'}]}
      metadata: {sources: [{title: a, url: 'https://example.org'}]}
      reportDocuments: a
      """)
  void acceptsTheNearestGoodValue(String yaml) {
    CorpusSettings settings = parse(yaml);
    settings.corpusConfig(folder);
  }

  @Test
  void aKeyGivenTwiceIsRefused() {
    assertThatThrownBy(() -> parse("threads: 1\nthreads: 2\n"))
        .isInstanceOfSatisfying(ConfigFileException.class, e -> {
          assertThat(e.key()).isEqualTo("threads");
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.problem()).contains("twice");
        });
  }

  @Test
  void aFileThatIsNotUtf8IsRefused() throws IOException {
    Files.write(file(), new byte[] {'a', ':', ' ', (byte) 0xff, '\n'});
    assertThatThrownBy(() -> CorpusConfigFile.load(file()))
        .isInstanceOfSatisfying(ConfigFileException.class, e -> assertThat(e.problem()).contains("UTF-8"));
  }

  @Test
  void noTagCreatesAnObject() {
    assertThatThrownBy(() -> parse("language: !!java.net.URL [\"http://example.org\"]\n"))
        .isInstanceOf(ConfigFileException.class)
        .hasMessageContaining("language");
    assertThat(parse("title: !!str 12\n".replace("title", "encoding").replace("12", "UTF-8")).encoding())
        .isEqualTo("UTF-8");
  }

  @Test
  void writesEverySettingBackToEqualSettingsAndTheSameBytes() throws IOException {
    Files.writeString(folder.resolve("eval.jar"), "x");
    String yaml = """
        sourceDirectory: docs
        includes: ["**/*.txt"]
        encoding: UTF-8
        language: de
        rules:
          min-words: {severity: ERROR, min: 50}
          near-duplicate: {action: drop, threshold: "0.9"}
          mojibake: {}
        disabledSteps: [repeated-paragraphs]
        enabledSteps: [c4]
        stepParameters: {c4.minWordsPerLine: 3}
        against: [eval.jar]
        threads: 2
        minDocuments: 0
        failOnWarning: true
        compressionLevel: 1
        outputTimestamp: "2026-01-01T00:00:00Z"
        metadata:
          groupId: org.example
          artifactId: news
          version: 1.0.0
          description: "Two lines\\nwith \\"quotes\\" and a tab\\t."
          licenses: [{name: CC-BY-4.0, url: "https://creativecommons.org/licenses/by/4.0/"}]
          organization: {name: Example, url: "https://example.org"}
          creators: [{name: Jane, email: jane@example.org}]
          citation: "@misc{x,\\n  title={X}\\n}"
        """;
    CorpusSettings settings = parse(yaml);
    String written = CorpusConfigFile.render(settings, folder);
    assertThat(parse(written)).isEqualTo(settings);
    CorpusConfigFile.write(settings, file());
    assertThat(Files.readString(file())).isEqualTo(written);
    assertThat(CorpusConfigFile.render(CorpusConfigFile.load(file()), folder)).isEqualTo(written);
    assertThat(written).contains("sourceDirectory: \"docs\"").contains("- \"eval.jar\"")
        .doesNotContain(folder.toString());
  }

  @Test
  void pathsBesideTheFolderAreWrittenRelative() {
    Path target = folder.resolve("target");
    CorpusSettings settings = new CorpusSettings(folder.resolve("src/main/corpus"), null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, target.resolve("corpus"), null,
        null, null, null, null);
    String written = CorpusConfigFile.render(settings, target);
    assertThat(written).contains("sourceDirectory: \"../src/main/corpus\"").contains("outputDirectory: \"corpus\"");
    assertThat(CorpusConfigFile.parse(written, target.resolve("corpuskit.yaml"))).isEqualTo(settings);
  }

  @Test
  void pathsOutsideTheFolderAreWrittenAbsolute() {
    Path elsewhere = folder.getRoot().resolve("elsewhere").toAbsolutePath();
    CorpusSettings settings = new CorpusSettings(elsewhere, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    assertThat(CorpusConfigFile.render(settings, folder)).contains("sourceDirectory: " + CorpusConfigFile.quote(
        elsewhere.toString()));
    assertThat(parse(CorpusConfigFile.render(settings, folder)).sourceDirectory()).isEqualTo(elsewhere);
  }

  @Test
  void theKeysAreTheRecordsComponents() {
    List<String> components = java.util.Arrays.stream(CorpusSettings.class.getRecordComponents())
        .map(java.lang.reflect.RecordComponent::getName).toList();
    assertThat(components).isEqualTo(CorpusConfigFile.KEYS);
    List<String> metadata = java.util.Arrays.stream(CorpusSettings.Metadata.class.getRecordComponents())
        .map(java.lang.reflect.RecordComponent::getName).toList();
    assertThat(metadata).isEqualTo(CorpusConfigFile.METADATA_KEYS);
  }

  /** The README's example file reads as it is; with a threshold of 1.5 it fails as the README shows. */
  @Test
  void theReadmesExampleReadsAndItsErrorIsTheOneShown() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    String section = readme.substring(readme.indexOf("## The configuration file"));
    int start = section.indexOf("```yaml\n") + "```yaml\n".length();
    String yaml = section.substring(start, section.indexOf("```", start));
    String shown = section.lines().filter(l -> l.startsWith("corpuskit: corpuskit.yaml:")).findFirst().orElseThrow();

    CorpusSettings settings = CorpusConfigFile.parse(yaml, Path.of("corpuskit.yaml"));
    assertThat(settings.rules()).hasSize(5);
    assertThat(settings.metadata().artifactId()).isEqualTo("news-de");
    assertThatThrownBy(() -> CorpusConfigFile.parse(yaml.replace("threshold: 0.85", "threshold: 1.5"),
        Path.of("corpuskit.yaml")))
        .hasMessage(shown.substring("corpuskit: ".length()));
  }
}
