package dev.corpuskit.describe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corpuskit.format.Manifest;
import dev.corpuskit.format.ManifestEntry;
import dev.corpuskit.testing.TestCorpora;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The descriptors state the corpus's language when it is given, and are as before when it is not. */
class LanguageDescriptorTest {

  @Test
  void aGermanCorpusSaysDeInBothDescriptors() throws IOException {
    CorpusDescription german = CroissantJsonTest.description(DataPackageJsonTest.info().withLanguage("de"),
        TestCorpora.TIMESTAMP);

    JsonNode croissant = CroissantJsonTest.croissant(german);
    assertThat(croissant.get("@context").get("@language").asText()).isEqualTo("de");
    assertThat(croissant.get("inLanguage").asText()).isEqualTo("de");
    JsonNode dataPackage = CroissantJsonTest.MAPPER.readTree(DataPackageJson.write(german));
    assertThat(dataPackage.get("languages")).extracting(JsonNode::asText).containsExactly("de");
  }

  @Test
  void aTagWithARegionIsStatedInItsCanonicalCase() throws IOException {
    CorpusDescription swiss = CroissantJsonTest.description(DataPackageJsonTest.info().withLanguage("de-ch"),
        TestCorpora.TIMESTAMP);

    assertThat(CroissantJsonTest.croissant(swiss).get("inLanguage").asText()).isEqualTo("de-CH");
  }

  @Test
  void withoutALanguageTheDescriptorsAreAsBefore() throws IOException {
    CorpusDescription unstated = CroissantJsonTest.description(DataPackageJsonTest.info(), TestCorpora.TIMESTAMP);

    JsonNode croissant = CroissantJsonTest.croissant(unstated);
    assertThat(croissant.get("@context").get("@language").asText()).isEqualTo("en");
    assertThat(croissant.has("inLanguage")).isFalse();
    assertThat(new String(DataPackageJson.write(unstated), StandardCharsets.UTF_8)).doesNotContain("languages");
  }

  @Test
  void identifiedLanguagesAreBrokenDownInEveryDescriptor() throws IOException {
    List<ManifestEntry> entries = new ArrayList<>();
    String[] languages = {"de", "en", "de", "fr", "de", "en"};
    List<ManifestEntry> plain = DataPackageJsonTest.manifest(DataPackageJsonTest.DOCUMENTS).entries();
    for (int i = 0; i < plain.size(); i++) {
      ManifestEntry e = plain.get(i);
      entries.add(new ManifestEntry(e.id(), e.path(), e.bytes(), e.words(), e.sha256(), e.sourceSha256(),
          languages[i], "0.9500"));
    }
    CorpusDescription corpus = new CorpusDescription(DataPackageJsonTest.info().withLanguage("de"),
        new Manifest(entries), TestCorpora.TIMESTAMP, null);

    JsonNode dataPackage = CroissantJsonTest.MAPPER.readTree(DataPackageJson.write(corpus));
    assertThat(dataPackage.get("languages")).extracting(JsonNode::asText).containsExactly("de", "en", "fr");
    assertThat(dataPackage.get("languageBreakdown").toString())
        .isEqualTo("[{\"language\":\"de\",\"documents\":3},{\"language\":\"en\",\"documents\":2},"
            + "{\"language\":\"fr\",\"documents\":1}]");
    assertThat(CroissantJsonTest.croissant(corpus).get("inLanguage")).extracting(JsonNode::asText)
        .containsExactly("de", "en", "fr");
    assertThat(new String(DataCard.write(corpus), StandardCharsets.UTF_8)).contains("## Languages")
        .contains("| de | 3 | 50.0% |").contains("| fr | 1 | 16.7% |");
  }

  @Test
  void aMalformedTagIsRejected() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> DataPackageJsonTest.info().withLanguage("de_DE"))
        .withMessageContaining("BCP 47");
  }
}
