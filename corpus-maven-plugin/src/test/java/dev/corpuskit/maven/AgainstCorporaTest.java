package dev.corpuskit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchRuntimeException;

import dev.corpuskit.contamination.ContaminationIndex;
import dev.corpuskit.near.NearDuplicateConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgainstCorporaTest {

  @TempDir
  Path basedir;

  private final List<Artifact> asked = new ArrayList<>();

  private AgainstCorpora.Resolver resolver() {
    return artifact -> {
      asked.add(artifact);
      if (artifact.getArtifactId().equals("absent")) {
        ArtifactResult result = new ArtifactResult(new ArtifactRequest(artifact, List.of(), null));
        throw new ArtifactResolutionException(List.of(result), "Could not find artifact " + artifact);
      }
      return basedir.resolve(artifact.getArtifactId() + ".jar");
    };
  }

  @Test
  void coordinatesAreResolvedAndPathsTakenFromTheProjectFolder() throws IOException, MojoExecutionException {
    Files.createDirectories(basedir.resolve("eval"));
    Files.writeString(basedir.resolve("eval/held-out.jar"), "jar");

    List<Path> jars = AgainstCorpora.resolve(List.of("org.example:news-eval:1.2.0", " eval/held-out.jar ",
        "org.example:typed:1.0:corpus", "org.example:classified:1.0:jar:tests"), basedir, resolver());

    assertThat(jars).containsExactly(basedir.resolve("news-eval.jar"), basedir.resolve("eval/held-out.jar"),
        basedir.resolve("typed.jar"), basedir.resolve("classified.jar"));
    assertThat(asked).extracting(Artifact::toString).containsExactly("org.example:news-eval:jar:1.2.0",
        "org.example:typed:jar:1.0", "org.example:classified:jar:tests:1.0");
  }

  @Test
  void aJarThatIsNotACorpusNamesAgainstAndTheJar() throws IOException {
    Path notes = Files.writeString(basedir.resolve("notes.jar"), "not a zip");
    RuntimeException refused = catchRuntimeException(() -> ContaminationIndex.build(List.of(notes), 50,
        NearDuplicateConfig.DEFAULTS));

    assertThat(ErrorMessages.unchecked("validate", refused, basedir)).get()
        .extracting(Throwable::getMessage).asString()
        .startsWith("Invalid <against>: " + notes + " cannot be read as a corpus")
        .contains("Give each entry as the coordinates");
  }

  @Test
  void aBadEntryNamesAgainstTheEntryAndTheFix() {
    assertThatThrownBy(() -> AgainstCorpora.resolve(List.of("org.example:absent:1.0"), basedir, resolver()))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("Invalid <against>: 'org.example:absent:1.0' does not resolve: Could not find")
        .hasMessageContaining("Give each entry as the coordinates groupId:artifactId:version");
    assertThatThrownBy(() -> AgainstCorpora.resolve(List.of("org.example::1.0"), basedir, resolver()))
        .hasMessageStartingWith("Invalid <against>: 'org.example::1.0' is neither coordinates");
    assertThatThrownBy(() -> AgainstCorpora.resolve(List.of("a:b:c:d:e:f"), basedir, resolver()))
        .hasMessageContaining("is neither coordinates");
    assertThatThrownBy(() -> AgainstCorpora.resolve(List.of("missing.jar"), basedir, resolver()))
        .hasMessageStartingWith("Invalid <against>: 'missing.jar' names no file");
    assertThatThrownBy(() -> AgainstCorpora.resolve(List.of("\u00a0"), basedir, resolver()))
        .hasMessageStartingWith("Invalid <against>: an entry is empty");
    assertThat(asked).extracting(Artifact::getArtifactId).containsExactly("absent");
  }
}
