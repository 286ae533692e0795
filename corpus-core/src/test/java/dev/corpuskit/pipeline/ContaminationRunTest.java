package dev.corpuskit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpuskit.clean.CleanerConfig;
import dev.corpuskit.contamination.InvalidAgainstCorpusException;
import dev.corpuskit.format.CorpusInfo;
import dev.corpuskit.format.Sha256;
import dev.corpuskit.testing.TestCorpora;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.RuleConfig;
import dev.corpuskit.validate.RuleSetting;
import dev.corpuskit.validate.Severity;
import dev.corpuskit.validate.ValidationConfig;
import dev.corpuskit.validate.rules.ContaminationRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contamination rule in a run: findings, threads, the cache and the last-run stamp. */
class ContaminationRunTest {

  private static final Path EXAMPLE = Path.of("..", "corpus-example", "src", "main", "corpus");

  @TempDir
  Path tmp;

  private Path src;
  private Path jar;
  private final List<String> articles = new ArrayList<>();

  @BeforeEach
  void corpus() throws IOException {
    try (var files = Files.list(EXAMPLE)) {
      for (Path file : files.sorted().toList()) {
        articles.add(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    src = Files.createDirectories(tmp.resolve("src"));
    // An edited copy of article 0: other boilerplate, its first line dropped, three words changed.
    String copy = articles.get(0).substring(articles.get(0).indexOf('\n') + 1)
        .replaceFirst("announced", "declared").replaceFirst("Syria", "the country")
        .replaceFirst("fighters", "militias");
    Files.writeString(src.resolve("b-copy.txt"), "World | Middle East\n\n" + copy + "\nMore from our site\n");
    Files.writeString(src.resolve("a-own.txt"), articles.get(3));
    Files.writeString(src.resolve("c-own.txt"), articles.get(4));
    for (String name : List.of("a-own.txt", "b-copy.txt", "c-own.txt")) {
      // Older than any run, so that a run can trust them unchanged (not racily clean).
      Files.setLastModifiedTime(src.resolve(name), FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
    }
    jar = evaluation(articles.get(1), articles.get(2));
  }

  /** The evaluation corpus eval.jar with two documents, eval/one and eval/two. */
  private Path evaluation(String one, String two) throws IOException {
    Path work = Files.createDirectories(tmp.resolve("eval-" + Integer.toHexString((one + two).hashCode())));
    Path built = TestCorpora.pack(work, CorpusInfo.of("org.example", "eval", "1.0"),
        TestCorpora.documents("eval/one.txt", one, "eval/two.txt", two)).jar();
    Path target = tmp.resolve("eval.jar");
    Files.copy(built, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return target;
  }

  private CorpusConfig config(Severity severity) {
    RuleConfig rules = RuleConfig.of(List.of(new RuleSetting(ContaminationRule.ID, Optional.of(severity), Map.of())));
    return new CorpusConfig(src, List.of(), List.of(),
        new ValidationConfig(StandardCharsets.UTF_8, rules, List.of(jar)), CleanerConfig.defaults());
  }

  private static List<Finding> contamination(List<Finding> findings) {
    return findings.stream().filter(f -> f.ruleId().equals(ContaminationRule.ID)).toList();
  }

  private List<Finding> validate(CorpusConfig config, RunOptions options) throws IOException {
    return contamination(CorpusValidation.run(config, options).findings());
  }

  @Test
  void anEditedCopyIsAnErrorNamingBothDocumentsWhateverTheThreads() throws IOException {
    jar = evaluation(articles.get(1), articles.get(0));

    List<Finding> one = validate(config(Severity.ERROR), RunOptions.defaults().withThreads(1));
    List<Finding> four = validate(config(Severity.ERROR), RunOptions.defaults().withThreads(4));

    assertThat(one).hasSize(1);
    assertThat(one.get(0).file()).isEqualTo("b-copy.txt");
    assertThat(one.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(one.get(0).message()).startsWith("contains a copy of eval.jar!eval/two (Jaccard 0.")
        .contains("a verbatim run of ").contains("drop eval.jar from 'against'");
    assertThat(four).isEqualTo(one);
  }

  /**
   * validation.json names the corpora checked against (file name and SHA-256), in a validating and a
   * cleaning run, so that a reviewer sees what an absence of contamination findings was checked
   * against; with the rule off nothing is checked and nothing is listed.
   */
  @Test
  void validationJsonNamesTheCorporaCheckedAgainst() throws IOException {
    String sha256 = Sha256.hex(Files.readAllBytes(jar));
    String listed = "\"against\": [\n    {\n      \"file\": \"eval.jar\",\n      \"sha256\": \"" + sha256 + "\"\n    }\n  ],\n";

    Path validated = tmp.resolve("validated");
    CorpusBuild.validate(config(Severity.ERROR), RunOptions.defaults(), validated, new RunSink() {});
    Path cleaned = tmp.resolve("cleaned");
    CorpusBuild.clean(config(Severity.WARNING), RunOptions.defaults(), tmp.resolve("out"), cleaned, new RunSink() {});
    Path off = tmp.resolve("off");
    CorpusBuild.validate(config(Severity.OFF), RunOptions.defaults(), off, new RunSink() {});

    assertThat(Files.readString(validated.resolve("validation.json"))).contains(listed);
    assertThat(Files.readString(cleaned.resolve("validation.json"))).contains(listed);
    assertThat(Files.readString(off.resolve("validation.json"))).doesNotContain("against");
  }

  @Test
  void aChangedEvaluationCorpusChecksEveryDocumentAgain() throws IOException {
    RunOptions cached = RunOptions.defaults().withCache(tmp.resolve("cache/documents.bin"), "1.0");
    List<Finding> findings = new ArrayList<>();
    RunSink sink = new RunSink() {
      @Override
      public void finding(Finding finding) {
        findings.add(finding);
      }
    };
    assertThat(CorpusRun.validate(config(Severity.ERROR), cached, sink).reused()).isZero();
    assertThat(contamination(findings)).isEmpty();
    assertThat(CorpusRun.validate(config(Severity.ERROR), cached, sink).reused()).as("unchanged").isEqualTo(3);

    findings.clear();
    jar = evaluation(articles.get(0), articles.get(2)); // the same path, another content
    RunSummary changed = CorpusRun.validate(config(Severity.ERROR), cached, sink);

    assertThat(changed.reused()).isZero();
    assertThat(contamination(findings)).extracting(Finding::file).containsExactly("b-copy.txt");
  }

  @Test
  void aChangedEvaluationCorpusRunsTheBuildAgain() throws IOException {
    RunOptions cached = RunOptions.defaults().withCache(tmp.resolve("cache/documents.bin"), "1.0");
    Path reports = tmp.resolve("reports");
    List<Finding> findings = new ArrayList<>();
    RunSink sink = new RunSink() {
      @Override
      public void finding(Finding finding) {
        findings.add(finding);
      }
    };
    CorpusBuild.validate(config(Severity.ERROR), cached, reports, sink);
    assertThat(CorpusBuild.validate(config(Severity.ERROR), cached, reports, sink).kept()).isTrue();

    findings.clear();
    jar = evaluation(articles.get(0), articles.get(2));
    CorpusBuild.Result changed = CorpusBuild.validate(config(Severity.ERROR), cached, reports, sink);

    assertThat(changed.kept()).isFalse();
    assertThat(contamination(findings)).hasSize(1);
    assertThat(Files.readString(reports.resolve("validation.json"))).contains("eval.jar!eval/one");
  }

  @Test
  void theRuleOffReadsNoJar() throws IOException {
    jar = tmp.resolve("missing.jar");
    assertThat(validate(config(Severity.OFF), RunOptions.defaults())).isEmpty();
    assertThatThrownBy(() -> validate(config(Severity.ERROR), RunOptions.defaults()))
        .isInstanceOf(InvalidAgainstCorpusException.class).hasMessageContaining("missing.jar does not exist");
  }
}
