package dev.corpuskit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpuskit.describe.Creator;
import dev.corpuskit.format.CorpusInfo;
import dev.corpuskit.format.InvalidConfigurationException;
import dev.corpuskit.format.License;
import dev.corpuskit.format.Source;
import dev.corpuskit.io.WriteFailedException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** What the package goal says: a skipped package on the corpus packaging, a failed jar write, URLs shown as text. */
class PackageMojoTest {

  private static Properties properties(String... pairs) {
    Properties properties = new Properties();
    for (int i = 0; i < pairs.length; i += 2) {
      properties.setProperty(pairs[i], pairs[i + 1]);
    }
    return properties;
  }

  @Test
  void aSkippedPackageOnTheCorpusPackagingFailsABuildThatInstallsOrDeploys() {
    assertThat(PackageMojo.skippedPackageProblem("corpus", "corpus.skip", List.of("clean", "install"), properties()))
        .hasValue("corpus:package is skipped (corpus.skip=true), so this project of packaging corpus has no corpus"
            + " jar to install; a jar of an earlier build is not used, as it may be stale. Run without corpus.skip,"
            + " or skip those too: -Dmaven.install.skip=true.");
    assertThat(PackageMojo.skippedPackageProblem("corpus", "corpus.package.skip", List.of("deploy"), properties()))
        .hasValueSatisfying(m -> assertThat(m).contains("(corpus.package.skip=true)")
            .contains("no corpus jar to install or deploy").endsWith(
                "skip those too: -Dmaven.install.skip=true -Dmaven.deploy.skip=true."));
    assertThat(PackageMojo.skippedPackageProblem("corpus", "corpus.skip", List.of("deploy"),
        properties("maven.install.skip", "true"))).hasValueSatisfying(m -> assertThat(m)
            .contains("no corpus jar to deploy;").endsWith(": -Dmaven.deploy.skip=true."));
    assertThat(PackageMojo.skippedPackageProblem("corpus", "corpus.skip", List.of("install:install"), properties()))
        .isPresent();
  }

  @Test
  void aSkippedPackageIsFineWhenNothingNeedsTheJar() {
    assertThat(PackageMojo.skippedPackageProblem("corpus", "corpus.skip", List.of("verify"), properties())).isEmpty();
    assertThat(PackageMojo.skippedPackageProblem("corpus", "corpus.skip", List.of("site-deploy"), properties()))
        .isEmpty();
    assertThat(PackageMojo.skippedPackageProblem("corpus", "corpus.skip", List.of("deploy"),
        properties("maven.install.skip", "", "maven.deploy.skip", "true"))).isEmpty();
    assertThat(PackageMojo.skippedPackageProblem("jar", "corpus.skip", List.of("deploy"), properties())).isEmpty();
  }

  @Test
  void aFailedJarWriteNamesTheFileAndDoesNotSayToCleanAgain() {
    Path jar = Path.of("/work/p/target/news-1.0.jar");
    WriteFailedException full = new WriteFailedException(jar, new IOException("No space left on device"));
    assertThat(PackageMojo.writeFailed(jar, full)).hasMessage("Cannot package the corpus into " + jar
        + ": cannot write " + jar + ": No space left on device; free space on the device holding /work/p/target,"
        + " then run the goal again.").hasCause(full);
  }

  /** A URL the data card cannot link to is shown as text; the build says so, naming the POM element. */
  @Test
  void everyUrlThatIsNotHttpIsWarnedAboutByItsElement() {
    CorpusInfo info = new CorpusInfo("g", "a", "1", null, null, "javascript:alert(1)",
        List.of(new License("MIT", "https://opensource.org/license/mit"), new License("Own", "LICENSE.txt")),
        List.of(new Source("Wire", "ftp://example.org/wire"), new Source("Archive", "https://example.org/a")));

    List<String> warnings = PackageMojo.unlinkedUrls(info);

    assertThat(warnings).hasSize(3);
    assertThat(warnings.get(0)).contains("<url>", "<homepage>", "'javascript:alert(1)'", "as text");
    assertThat(warnings.get(1)).contains("<licenses><license><url>", "'LICENSE.txt'");
    assertThat(warnings.get(2)).contains("<sources><source><url>", "'ftp://example.org/wire'");
    assertThat(PackageMojo.unlinkedUrls(new CorpusInfo("g", "a", "1", null, null, "https://example.org",
        List.of(new License(null, "http://example.org/l")), List.of(new Source(null, "HTTPS://example.org/s")))))
        .isEmpty();
  }

  /** The POM's organization and developers are the creators, in order; nothing is made up for a blank one. */
  @Test
  void theProjectsOrganizationAndDevelopersAreTheCreators() {
    org.apache.maven.model.Organization organization = new org.apache.maven.model.Organization();
    organization.setName("Example Lab");
    organization.setUrl("https://example.org/lab");
    org.apache.maven.model.Developer jane = new org.apache.maven.model.Developer();
    jane.setName("Jane Doe");
    jane.setEmail("jane@example.org");
    org.apache.maven.model.Developer joe = new org.apache.maven.model.Developer();
    joe.setId("joe");
    joe.setUrl("https://example.org/~joe");
    org.apache.maven.model.Developer blank = new org.apache.maven.model.Developer();
    blank.setOrganization("Somewhere");

    assertThat(PackageMojo.creators(organization, List.of(jane, joe, blank))).containsExactly(
        Creator.organization("Example Lab", "https://example.org/lab"),
        Creator.person("Jane Doe", "jane@example.org", null),
        Creator.person("joe", null, "https://example.org/~joe"));
    assertThat(PackageMojo.creators(null, List.of())).isEmpty();
    assertThat(PackageMojo.creators(new org.apache.maven.model.Organization(), null)).isEmpty();
  }

  @Test
  void aBadDeveloperEmailNamesTheElement() {
    org.apache.maven.model.Developer developer = new org.apache.maven.model.Developer();
    developer.setName("Jane");
    developer.setEmail("jane at example");

    assertThatThrownBy(() -> PackageMojo.creators(null, List.of(developer)))
        .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> assertThat(
            ErrorMessages.invalidSetting(e).getMessage()).startsWith("Invalid <developers> of the project: email"
                + " must be an address such as jane@example.org: 'jane at example'. Give each <developer>"));
  }
}
