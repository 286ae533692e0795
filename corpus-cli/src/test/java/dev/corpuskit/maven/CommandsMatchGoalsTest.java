package dev.corpuskit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.corpuskit.cli.Cli;
import dev.corpuskit.cli.Fixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.model.License;
import org.apache.maven.model.Model;
import org.apache.maven.model.Organization;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands against the plugin's goals themselves, run in this JVM with the parameters Maven would
 * inject: for the same input and configuration, the same findings, and byte-identical cleaned files,
 * reports and jar.
 */
public class CommandsMatchGoalsTest {

  @TempDir Path dir;

  /** The log lines of a goal, by level. */
  public static final class RecordingLog implements Log {
    public final List<String> errors = new ArrayList<>();
    public final List<String> warnings = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();

    @Override public boolean isDebugEnabled() { return false; }
    @Override public void debug(CharSequence content) {}
    @Override public void debug(CharSequence content, Throwable error) {}
    @Override public void debug(Throwable error) {}
    @Override public boolean isInfoEnabled() { return true; }
    @Override public void info(CharSequence content) { infos.add(content.toString()); }
    @Override public void info(CharSequence content, Throwable error) { infos.add(content.toString()); }
    @Override public void info(Throwable error) {}
    @Override public boolean isWarnEnabled() { return true; }
    @Override public void warn(CharSequence content) { warnings.add(content.toString()); }
    @Override public void warn(CharSequence content, Throwable error) { warnings.add(content.toString()); }
    @Override public void warn(Throwable error) {}
    @Override public boolean isErrorEnabled() { return true; }
    @Override public void error(CharSequence content) { errors.add(content.toString()); }
    @Override public void error(CharSequence content, Throwable error) { errors.add(content.toString()); }
    @Override public void error(Throwable error) {}
  }

  /** A goal as Maven configures it by default, on {@code corpus}, with everything under {@code base}. */
  static <T extends AbstractCorpusMojo> T configured(T mojo, Path corpus, Path base, RecordingLog log) {
    mojo.setLog(log);
    mojo.basedir = Path.of("").toAbsolutePath().toFile(); // paths shown as the command line shows them
    mojo.sourceDirectory = corpus.toFile();
    mojo.encoding = "UTF-8";
    mojo.reportsDirectory = base.resolve("target/corpus-reports").toFile();
    mojo.cacheDirectory = base.resolve("target/corpus-cache").toFile();
    mojo.failOnError = true;
    mojo.maxLoggedFindings = -1;
    mojo.threads = 2;
    mojo.useCache = false;
    mojo.minDocuments = 1;
    return mojo;
  }

  static CleanMojo clean(Path corpus, Path base, RecordingLog log) {
    CleanMojo mojo = configured(new CleanMojo(), corpus, base, log);
    mojo.outputDirectory = base.resolve("target/corpus").toFile();
    mojo.buildDirectory = base.resolve("target").toFile();
    mojo.auditDetail = "excerpt";
    mojo.nearDuplicates = "report";
    return mojo;
  }

  static RuleConfiguration rule(String id, String severity, Map<String, String> parameters) {
    RuleConfiguration rule = new RuleConfiguration();
    rule.setId(id);
    rule.setSeverity(severity);
    rule.setParameters(parameters);
    return rule;
  }

  @Test
  void validateFindsWhatTheGoalFinds() throws IOException {
    Path corpus = Fixtures.malformed(dir);
    RecordingLog log = new RecordingLog();
    ValidateMojo goal = configured(new ValidateMojo(), corpus, dir.resolve("maven"), log);

    Throwable failure = catchThrowable(goal::execute);
    Cli cli = Cli.run("validate", corpus.toString(), "--reports-dir",
        dir.resolve("cli/target/corpus-reports").toString(), "--max-findings", "-1");

    assertThat(failure).isInstanceOf(MojoFailureException.class);
    assertThat(cli.exitCode()).isEqualTo(1);
    List<String> logged = new ArrayList<>(log.errors);
    logged.addAll(log.warnings);
    assertThat(cli.findingLines()).containsExactlyInAnyOrderElementsOf(logged);
    assertThat(cli.findingLines()).hasSize(logged.size()).isNotEmpty();
    assertThat(dir.resolve("cli/target/corpus-reports/validation.json"))
        .hasSameBinaryContentAs(dir.resolve("maven/target/corpus-reports/validation.json"));
  }

  @Test
  void cleanWritesTheSameFilesAndReportsAsTheGoal() throws Exception {
    Path corpus = Fixtures.EXAMPLE;
    CleanMojo goal = clean(corpus, dir.resolve("maven"), new RecordingLog());
    goal.language = "en";
    goal.rules = List.of(rule("file-name", null, Map.of("pattern", Fixtures.EXAMPLE_PATTERN)),
        rule("min-words", "ERROR", Map.of("min", "40")));
    goal.disabledSteps = List.of("repeated-paragraphs");
    goal.auditDetail = "full";

    goal.execute();
    Cli cli = Cli.run("clean", corpus.toString(), "--output-dir", dir.resolve("cli/target/corpus").toString(),
        "--reports-dir", dir.resolve("cli/target/corpus-reports").toString(), "--language", "en",
        "--rule-param", "file-name.pattern=" + Fixtures.EXAMPLE_PATTERN, "--rule", "min-words=ERROR",
        "--rule-param", "min-words.min=40", "--disable-step", "repeated-paragraphs", "--audit-detail", "full");

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    Fixtures.assertSameTree(dir.resolve("cli/target/corpus"), dir.resolve("maven/target/corpus"));
    Fixtures.assertSameTree(dir.resolve("cli/target/corpus-reports"), dir.resolve("maven/target/corpus-reports"));
  }

  /** A clean goal configured as a POM would, with rules, steps and metadata. */
  private static <T extends CleanMojo> T configuredClean(T goal) {
    goal.language = "en";
    goal.rules = List.of(rule("file-name", null, Map.of("pattern", Fixtures.EXAMPLE_PATTERN)),
        rule("min-words", "ERROR", Map.of("min", "40")), rule("mojibake", "OFF", Map.of()));
    goal.disabledSteps = List.of("repeated-paragraphs");
    goal.enabledSteps = List.of("c4");
    goal.stepParameters = Map.of("c4.minWordsPerLine", "2");
    goal.auditDetail = "full";
    goal.reportDocuments = "001_*";
    return goal;
  }

  @Test
  void theCommandLineWithTheExportedFileCleansAsTheGoal() throws Exception {
    Path corpus = Fixtures.EXAMPLE;
    Path maven = dir.resolve("maven");
    configuredClean(clean(corpus, maven, new RecordingLog())).execute();
    ExportConfigMojo export = configuredClean(configured(new ExportConfigMojo(), corpus, maven, new RecordingLog()));
    export.outputDirectory = maven.resolve("target/corpus").toFile();
    export.buildDirectory = maven.resolve("target").toFile();
    export.exportFile = dir.resolve("exported/corpuskit.yaml").toFile();
    export.compressionLevel = 6;
    export.publishCleaningReport = true;
    export.project = project();
    export.title = "News";
    export.execute();
    String exported = java.nio.file.Files.readString(dir.resolve("exported/corpuskit.yaml"));
    export.execute();

    Cli cli = Cli.run("clean", "--config", dir.resolve("exported/corpuskit.yaml").toString(),
        "--output-dir", dir.resolve("cli/target/corpus").toString(),
        "--reports-dir", dir.resolve("cli/target/corpus-reports").toString());

    assertThat(java.nio.file.Files.readString(dir.resolve("exported/corpuskit.yaml"))).isEqualTo(exported);
    assertThat(exported).contains("groupId: \"org.example\"").contains("\"min-words\":")
        .contains("c4.minWordsPerLine");
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    Fixtures.assertSameTree(dir.resolve("cli/target/corpus"), maven.resolve("target/corpus"));
    Fixtures.assertSameTree(dir.resolve("cli/target/corpus-reports"), maven.resolve("target/corpus-reports"));
  }

  @Test
  void theGoalWithTheExportedFileCleansAsTheGoalWithThePom() throws Exception {
    Path corpus = Fixtures.EXAMPLE;
    Path pom = dir.resolve("pom");
    configuredClean(clean(corpus, pom, new RecordingLog())).execute();
    ExportConfigMojo export = configuredClean(configured(new ExportConfigMojo(), corpus, pom, new RecordingLog()));
    export.outputDirectory = pom.resolve("target/corpus").toFile();
    export.exportFile = dir.resolve("corpuskit.yaml").toFile();
    export.execute();

    Path file = dir.resolve("file");
    CleanMojo fromFile = clean(corpus, file, new RecordingLog());
    fromFile.configFile = dir.resolve("corpuskit.yaml").toFile();
    fromFile.outputDirectory = file.resolve("out").toFile(); // set in the POM: wins over the file's
    fromFile.reportsDirectory = file.resolve("reports").toFile();
    fromFile.execute();

    Fixtures.assertSameTree(file.resolve("out"), pom.resolve("target/corpus"));
    Fixtures.assertSameTree(file.resolve("reports"), pom.resolve("target/corpus-reports"));
  }

  @Test
  void aBadConfigFileFailsTheGoalNamingTheKey() throws Exception {
    java.nio.file.Files.writeString(dir.resolve("bad.yaml"), "language: de\nthreds: 2\n");
    CleanMojo goal = clean(Fixtures.EXAMPLE, dir, new RecordingLog());
    goal.configFile = dir.resolve("bad.yaml").toFile();

    assertThat(catchThrowable(goal::execute))
        .isInstanceOf(org.apache.maven.plugin.MojoExecutionException.class)
        .hasMessageContaining("Invalid <configFile>: " + dir.resolve("bad.yaml") + ":2:1: threds: unknown key")
        .hasMessageContaining("did you mean threads");
  }

  @Test
  void cleanOfAMalformedFolderMatchesTheGoalToo() throws Exception {
    Path corpus = Fixtures.malformed(dir);
    CleanMojo goal = clean(corpus, dir.resolve("maven"), new RecordingLog());

    assertThat(catchThrowable(goal::execute)).isInstanceOf(MojoFailureException.class);
    Cli cli = Cli.run("clean", corpus.toString(), "--output-dir", dir.resolve("cli/target/corpus").toString(),
        "--reports-dir", dir.resolve("cli/target/corpus-reports").toString());

    assertThat(cli.exitCode()).isEqualTo(1);
    Fixtures.assertSameTree(dir.resolve("cli/target/corpus"), dir.resolve("maven/target/corpus"));
    Fixtures.assertSameTree(dir.resolve("cli/target/corpus-reports"), dir.resolve("maven/target/corpus-reports"));
  }

  @Test
  void packageWritesTheSameJarAsTheGoal() throws Exception {
    Path corpus = Fixtures.EXAMPLE;
    Path maven = dir.resolve("maven");
    clean(corpus, maven, new RecordingLog()).execute();
    Path cliBase = dir.resolve("cli");
    assertThat(Cli.run("clean", corpus.toString(), "--output-dir", cliBase.resolve("target/corpus").toString(),
        "--reports-dir", cliBase.resolve("target/corpus-reports").toString()).exitCode()).isZero();

    PackageMojo goal = configured(new PackageMojo(), corpus, maven, new RecordingLog());
    goal.outputDirectory = maven.resolve("target/corpus").toFile();
    goal.buildDirectory = maven.resolve("target").toFile();
    goal.finalName = "news-1.0.0";
    goal.outputTimestamp = "2026-11-21T00:00:00Z";
    goal.title = "News";
    goal.description = "Five news articles.";
    goal.compressionLevel = 6;
    goal.publishCleaningReport = true;
    goal.language = "en";
    goal.intendedUse = "Tests.";
    SourceConfiguration source = new SourceConfiguration();
    source.setTitle("BBC News");
    source.setUrl("https://www.bbc.co.uk/news");
    goal.sources = List.of(source);
    goal.taskCategories = List.of("text-generation");
    goal.project = project();
    goal.execute();

    Cli cli = Cli.run("package", "--group-id", "org.example", "--artifact-id", "news", "--corpus-version", "1.0.0",
        "--output-dir", cliBase.resolve("target/corpus").toString(), "--reports-dir",
        cliBase.resolve("target/corpus-reports").toString(), "--jar", cliBase.resolve("target/news-1.0.0.jar").toString(),
        "--output-timestamp", "2026-11-21T00:00:00Z", "--title", "News", "--description", "Five news articles.",
        "--license", "CC-BY-4.0", "--organization", "Example", "--language", "en", "--intended-use", "Tests.",
        "--source", "BBC News=https://www.bbc.co.uk/news", "--task-category", "text-generation");

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cliBase.resolve("target/news-1.0.0.jar")).hasSameBinaryContentAs(maven.resolve("target/news-1.0.0.jar"));
    Fixtures.assertSameTree(cliBase.resolve("target/corpus-reports"), maven.resolve("target/corpus-reports"));
  }

  @Test
  void exportWritesTheSameShardsAsTheGoal() throws Exception {
    Path corpus = Fixtures.EXAMPLE;
    Path maven = dir.resolve("maven");
    clean(corpus, maven, new RecordingLog()).execute();
    Path cleaned = maven.resolve("target/corpus");
    Path manifest = maven.resolve("target/corpus-reports/manifest.tsv");

    ExportMojo goal = new ExportMojo();
    goal.setLog(new RecordingLog());
    goal.exportInput = cleaned.toFile();
    goal.exportManifest = manifest.toFile();
    goal.exportDirectory = maven.resolve("target/corpus-export").toFile();
    goal.shardSize = "2docs";
    goal.execute();

    Path cliOut = dir.resolve("cli/target/corpus-export");
    Cli cli = Cli.run("export", cleaned.toString(), "--manifest", manifest.toString(), "--shard-size", "2docs",
        "-o", cliOut.toString());

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cliOut.resolve("part-00002.jsonl.gz")).exists(); // five documents, two a shard
    Fixtures.assertSameTree(cliOut, maven.resolve("target/corpus-export"));
  }

  private static MavenProject project() {
    Model model = new Model();
    model.setGroupId("org.example");
    model.setArtifactId("news");
    model.setVersion("1.0.0");
    License license = new License();
    license.setName("CC-BY-4.0");
    model.addLicense(license);
    Organization organization = new Organization();
    organization.setName("Example");
    model.setOrganization(organization);
    MavenProject project = new MavenProject(model);
    project.setArtifact(new DefaultArtifact("org.example", "news", "1.0.0", "compile", "corpus", null,
        new DefaultArtifactHandler("jar")));
    return project;
  }
}
