package dev.corpuskit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.audit.Change;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cleaning a corpus mines the lines repeated across its documents first and removes them. */
class CorpusRepeatedLinesTest {

  @TempDir
  Path temp;

  @Test
  void aLineInSeveralDocumentsIsRemovedAndAudited() throws IOException {
    Path source = Files.createDirectories(temp.resolve("in"));
    for (String name : new String[] {"a", "b", "c"}) {
      Files.writeString(source.resolve(name + ".txt"), "Subscribe to our newsletter\n\nThe harbour in town " + name
          + " reopened on Monday after the storm, the council said.\n", StandardCharsets.UTF_8);
    }

    CleanResult result = CorpusCleaning.run(CorpusConfig.defaults(source), temp.resolve("out"));

    assertThat(Files.readString(temp.resolve("out/a.txt"), StandardCharsets.UTF_8))
        .isEqualTo("The harbour in town a reopened on Monday after the storm, the council said.\n");
    assertThat(result.audits()).allSatisfy(audit -> assertThat(audit.changes())
        .filteredOn(Change::isRemoval).extracting(Change::step).contains("corpus-repeated"));
  }

  @Test
  void aLineInOneDocumentStays() throws IOException {
    Path source = Files.createDirectories(temp.resolve("in"));
    Files.writeString(source.resolve("a.txt"), "Subscribe to our newsletter\n\nThe harbour reopened.\n",
        StandardCharsets.UTF_8);
    Files.writeString(source.resolve("b.txt"), "Another text entirely.\n", StandardCharsets.UTF_8);

    CorpusCleaning.run(CorpusConfig.defaults(source), temp.resolve("out"));

    assertThat(Files.readString(temp.resolve("out/a.txt"), StandardCharsets.UTF_8))
        .contains("Subscribe to our newsletter");
  }
}
