package dev.corpuskit.describe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corpuskit.testing.TestCorpora;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
  void aMalformedTagIsRejected() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> DataPackageJsonTest.info().withLanguage("de_DE"))
        .withMessageContaining("BCP 47");
  }
}
