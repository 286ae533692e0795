package dev.corpuskit.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.corpuskit.read.CorpusDocument;
import dev.corpuskit.read.CorpusReader;
import dev.corpuskit.read.Verification;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Checks the example corpus artifact that this build packaged, as its users will receive it. */
class ExampleArtifactIT {

  private static final Path JAR = Path.of(System.getProperty("corpus.jar"));
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void itsDataPackageValidatesAgainstTheOfficialSchema() throws Exception {
    JsonNode descriptor;
    try (CorpusReader corpus = CorpusReader.open(JAR); InputStream in = corpus.openFile("datapackage.json")) {
      descriptor = JSON.readTree(in);
    }
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("/schemas/datapackage-2.0/datapackage.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }

    assertThat(schema.validate(descriptor)).isEmpty();
    assertThat(descriptor.path("resources")).hasSize(5);
    assertThat(descriptor.path("licenses").get(0).path("name").asText()).isEqualTo("LicenseRef-research-use-only");
    assertThat(descriptor.path("sources")).hasSize(4);
  }

  /**
   * The card states what is known of the articles and no more: their language, a licence the Hub does not
   * list (so "other", by its name), the intended use its licence allows, Corpuskit (the POM's organization)
   * as the creator that assembled it; no citation, as the POM states none. The reports folder holds the
   * card as the jar does.
   */
  @Test
  void itsCardStatesWhatIsKnownAndNothingMore() throws Exception {
    String card;
    JsonNode croissant;
    try (CorpusReader corpus = CorpusReader.open(JAR); InputStream in = corpus.openFile("README.md");
        InputStream json = corpus.openFile("croissant.json")) {
      card = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      croissant = JSON.readTree(json);
    }

    assertThat(card).startsWith("---\npretty_name: \"End of the Islamic State's territory in Syria (2019): news"
        + " articles\"\nlicense: \"other\"\nlicense_name: \"licenseref-research-use-only\"\nlanguage:\n- \"en\"\n"
        + "size_categories:\n- \"n<1K\"\n---\n");
    assertThat(card).contains("| Creators | Corpuskit |").contains("## Citation\n\nNot stated.\n")
        .contains("## Intended use\n\nA small example for research and tooling tests only");
    assertThat(croissant.path("creator")).hasSize(1);
    assertThat(croissant.path("creator").get(0).path("@type").asText()).isEqualTo("sc:Organization");
    assertThat(croissant.path("creator").get(0).path("name").asText()).isEqualTo("Corpuskit");
    assertThat(croissant.has("citeAs")).isFalse();
    assertThat(croissant.path("inLanguage").asText()).isEqualTo("en");
    Path reports = JAR.resolveSibling("corpus-reports");
    assertThat(java.nio.file.Files.readString(reports.resolve("README.md"))).isEqualTo(card);
  }

  @Test
  void everyArticleReadsBackCleanedAndVerified() throws Exception {
    try (CorpusReader corpus = CorpusReader.open(JAR, Verification.FULL);
         Stream<CorpusDocument> documents = corpus.stream()) {
      List<CorpusDocument> all = documents.collect(Collectors.toList());
      assertThat(all).extracting(CorpusDocument::id).containsExactly("000_5c79cd4b06b37693",
          "001_f0d43eef8eea6572", "002_f6356978055d864c", "003_b20276f8bb1996d1", "004_ed9bd0d0fe1211cd");
      String text = all.stream().map(CorpusDocument::text).collect(Collectors.joining());
      assertThat(text).doesNotContain("Cookie", "Leave a Reply", "Powered by", "Related Article",
          "Do you like this article?", "Click here", ", ,");
      assertThat(text).contains("if pressure on the group is not sustained, military officials told");
    }
  }
}
