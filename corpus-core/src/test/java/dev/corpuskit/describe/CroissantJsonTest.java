package dev.corpuskit.describe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corpuskit.format.CorpusInfo;
import dev.corpuskit.format.License;
import dev.corpuskit.format.Manifest;
import dev.corpuskit.format.Sha256;
import dev.corpuskit.testing.TestCorpora;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CroissantJsonTest {

  static final ObjectMapper MAPPER = new ObjectMapper();

  static CorpusDescription description(CorpusInfo info, Instant created) {
    return new CorpusDescription(info, DataPackageJsonTest.manifest(DataPackageJsonTest.DOCUMENTS), created, null);
  }

  static JsonNode croissant(CorpusDescription description) throws IOException {
    return MAPPER.readTree(CroissantJson.write(description));
  }

  @Test
  void requiredDatasetFieldsArePresent() throws IOException {
    JsonNode json = croissant(description(DataPackageJsonTest.info(), TestCorpora.TIMESTAMP));

    JsonNode context = json.get("@context");
    assertThat(context.get("@vocab").asText()).isEqualTo("https://schema.org/");
    assertThat(context.get("sc").asText()).isEqualTo("https://schema.org/");
    assertThat(context.get("cr").asText()).isEqualTo("http://mlcommons.org/croissant/");
    assertThat(context.get("dct").asText()).isEqualTo("http://purl.org/dc/terms/");
    assertThat(context.get("conformsTo").asText()).isEqualTo("dct:conformsTo");
    assertThat(json.get("@type").asText()).isEqualTo("sc:Dataset");
    assertThat(json.get("conformsTo").asText()).isEqualTo("http://mlcommons.org/croissant/1.0");
    assertThat(json.get("name").asText()).isEqualTo("News_DE");
    assertThat(json.get("description").asText()).isEqualTo("A corpus of news articles.");
    assertThat(json.get("url").asText()).isEqualTo("https://example.org/news");
    assertThat(json.get("license")).extracting(JsonNode::asText).containsExactly(
        "https://creativecommons.org/licenses/by/4.0/", "Custom Licence v2 (internal)",
        "https://example.org/licence.html");
    assertThat(json.has("creator")).as("the groupId is no creator").isFalse();
    assertThat(json.get("version").asText()).isEqualTo("1.2.0");
  }

  /**
   * The Croissant 1.0 specification's required dataset properties, each with the type it names, and
   * the resource and record-set properties its validator reads: what mlcroissant checks, asserted here
   * without it.
   */
  @Test
  void everyRequiredPropertyIsPresentWithItsType() throws IOException {
    JsonNode json = croissant(description(DataPackageJsonTest.info(), TestCorpora.TIMESTAMP)
        .with(DataCardFrontMatterTest.DETAILS, null));

    assertThat(json.get("@context").isObject()).isTrue();
    assertThat(json.get("@type").asText()).isEqualTo("sc:Dataset");
    assertThat(json.get("conformsTo").asText()).isEqualTo(CroissantJson.CONFORMS_TO);
    for (String text : List.of("name", "description", "url", "datePublished", "version", "citeAs")) {
      assertThat(json.get(text).isTextual()).as(text).isTrue();
      assertThat(json.get(text).asText()).as(text).isNotBlank();
    }
    assertThat(java.net.URI.create(json.get("url").asText()).isAbsolute()).isTrue();
    assertThat(java.time.LocalDate.parse(json.get("datePublished").asText())).isEqualTo("2024-05-06");
    assertThat(json.get("license").isArray()).isTrue();
    assertThat(json.get("license")).isNotEmpty().allMatch(JsonNode::isTextual);
    JsonNode creators = json.get("creator");
    assertThat(creators.isArray()).isTrue();
    assertThat(creators).hasSize(2);
    assertThat(creators.get(0).get("@type").asText()).isEqualTo("sc:Organization");
    assertThat(creators.get(0).get("name").asText()).isEqualTo("Example Lab");
    assertThat(creators.get(0).get("url").asText()).isEqualTo("https://example.org/lab");
    assertThat(creators.get(1).get("@type").asText()).isEqualTo("sc:Person");
    assertThat(creators.get(1).get("name").asText()).isEqualTo("Jane Doe");
    assertThat(creators.get(1).get("email").asText()).isEqualTo("jane@example.org");
    assertThat(creators.get(1).has("url")).isFalse();
    assertThat(json.get("@context").get("citeAs").asText()).isEqualTo("cr:citeAs");
    assertThat(json.get("citeAs").asText()).isEqualTo(DataCardFrontMatterTest.DETAILS.citation());

    JsonNode distribution = json.get("distribution");
    assertThat(distribution.isArray()).isTrue();
    for (JsonNode resource : distribution) {
      assertThat(resource.get("@type").asText()).isIn("cr:FileObject", "cr:FileSet");
      assertThat(resource.get("@id").asText()).isNotBlank();
      assertThat(resource.get("name").asText()).isNotBlank();
      assertThat(resource.get("encodingFormat").asText()).matches("[a-z]+/[a-z-]+");
      if (resource.get("@type").asText().equals("cr:FileObject")) {
        assertThat(resource.get("contentUrl").asText()).isNotBlank();
        assertThat(resource.get("sha256").asText()).matches("[0-9a-f]{64}");
      } else {
        assertThat(resource.get("includes").asText()).isNotBlank();
      }
    }
    for (JsonNode recordSet : json.get("recordSet")) {
      assertThat(recordSet.get("@type").asText()).isEqualTo("cr:RecordSet");
      for (JsonNode field : recordSet.get("field")) {
        assertThat(field.get("@type").asText()).isEqualTo("cr:Field");
        assertThat(field.get("dataType").asText()).isEqualTo("sc:Text");
        assertThat(field.get("source").isObject()).isTrue();
      }
    }
  }

  @Test
  void theCardAndCroissantCiteTheSameText() throws IOException {
    CorpusDescription corpus = description(DataPackageJsonTest.info(), TestCorpora.TIMESTAMP)
        .with(DataCardFrontMatterTest.DETAILS, null);

    String citeAs = croissant(corpus).get("citeAs").asText();
    assertThat(new String(DataCard.write(corpus), java.nio.charset.StandardCharsets.UTF_8))
        .contains("## Citation\n\n```bibtex\n" + citeAs + "\n```\n");
    assertThat(croissant(description(DataPackageJsonTest.info(), TestCorpora.TIMESTAMP)).has("citeAs")).isFalse();
  }

  @Test
  void datePublishedIsTheUtcDateOfTheTimestamp() throws IOException {
    CorpusInfo info = DataPackageJsonTest.info();
    assertThat(croissant(description(info, Instant.parse("2024-05-06T07:08:10Z"))).get("datePublished").asText())
        .isEqualTo("2024-05-06");
    // late in the day in UTC: already the next day east of Greenwich, but the date stays UTC's
    assertThat(croissant(description(info, Instant.parse("2023-12-31T23:59:58Z"))).get("datePublished").asText())
        .isEqualTo("2023-12-31");
  }

  @Test
  void withoutHomepageOrDescriptionTheUrlAndDescriptionFallBack() throws IOException {
    JsonNode json = croissant(description(CorpusInfo.of("g.h", "art", "2.0"), TestCorpora.TIMESTAMP));

    assertThat(json.get("url").asText()).isEqualTo("urn:maven:g.h:art:2.0");
    assertThat(json.get("description").asText()).isEqualTo("art");
    assertThat(json.get("license")).isEmpty();
    assertThat(json.has("isBasedOn")).isFalse();
  }

  @Test
  void distributionHoldsTheManifestWithItsSha256AndTheDocumentsAsAFileSet() throws IOException {
    CorpusDescription corpus = description(DataPackageJsonTest.info(), TestCorpora.TIMESTAMP);
    JsonNode distribution = croissant(corpus).get("distribution");

    assertThat(distribution).hasSize(2);
    JsonNode manifest = distribution.get(0);
    assertThat(manifest.get("@type").asText()).isEqualTo("cr:FileObject");
    assertThat(manifest.get("contentUrl").asText()).isEqualTo("manifest.tsv");
    assertThat(manifest.get("encodingFormat").asText()).isEqualTo("text/tab-separated-values");
    assertThat(manifest.get("sha256").asText()).isEqualTo(Sha256.hex(DataPackageJsonTest.manifest(DataPackageJsonTest.DOCUMENTS).toBytes()));
    JsonNode documents = distribution.get(1);
    assertThat(documents.get("@type").asText()).isEqualTo("cr:FileSet");
    assertThat(documents.get("includes").asText()).isEqualTo("data/**/*.txt");
    assertThat(documents.get("encodingFormat").asText()).isEqualTo("text/plain");
  }

  @Test
  void manifestSha256FollowsTheManifest() throws IOException {
    Manifest other = new Manifest(List.of(TestCorpora.entry("only.txt", "just one\n")));
    JsonNode json = croissant(new CorpusDescription(DataPackageJsonTest.info(), other, TestCorpora.TIMESTAMP, null));
    JsonNode full = croissant(description(DataPackageJsonTest.info(), TestCorpora.TIMESTAMP));

    String sha = json.get("distribution").get(0).get("sha256").asText();
    assertThat(sha).isEqualTo(Sha256.hex(other.toBytes()))
        .isNotEqualTo(full.get("distribution").get(0).get("sha256").asText());
  }

  @Test
  void recordFieldsReadTheFileSetByAnIdThatExistsInTheDistribution() throws IOException {
    JsonNode json = croissant(description(DataPackageJsonTest.info(), TestCorpora.TIMESTAMP));

    List<String> distributionIds = new ArrayList<>();
    json.get("distribution").forEach(d -> distributionIds.add(d.get("@id").asText()));
    JsonNode recordSet = json.get("recordSet");
    assertThat(recordSet).hasSize(1);
    assertThat(recordSet.get(0).get("@type").asText()).isEqualTo("cr:RecordSet");
    JsonNode fields = recordSet.get(0).get("field");
    assertThat(fields).hasSize(2);
    List<String> properties = new ArrayList<>();
    for (JsonNode field : fields) {
      assertThat(field.get("@type").asText()).isEqualTo("cr:Field");
      String fileSet = field.get("source").get("fileSet").get("@id").asText();
      assertThat(distributionIds).contains(fileSet);
      assertThat(json.get("distribution").get(distributionIds.indexOf(fileSet)).get("@type").asText())
          .isEqualTo("cr:FileSet");
      properties.add(field.get("name").asText() + "=" + field.get("source").get("extract").get("fileProperty").asText());
    }
    assertThat(properties).containsExactly("id=fullpath", "text=content");
    // the key names one of the record set's own fields
    String key = recordSet.get(0).get("key").get("@id").asText();
    assertThat(fields).extracting(f -> f.get("@id").asText()).contains(key);
  }

  @Test
  void everyDeclaredIdIsUniqueAndEveryReferenceResolves() throws IOException {
    JsonNode json = croissant(description(DataPackageJsonTest.info(), TestCorpora.TIMESTAMP));

    List<String> declared = new ArrayList<>();
    List<String> references = new ArrayList<>();
    collectIds(json, declared, references);
    assertThat(declared).hasSizeGreaterThanOrEqualTo(5).doesNotHaveDuplicates();
    assertThat(references).isNotEmpty();
    assertThat(declared).containsAll(references);
  }

  /** Nodes with a type and an id declare it; objects with nothing but an id refer to one. */
  static void collectIds(JsonNode node, List<String> declared, List<String> references) {
    if (node.isObject()) {
      if (node.has("@id") && node.has("@type")) {
        declared.add(node.get("@id").asText());
      } else if (node.has("@id") && node.size() == 1) {
        references.add(node.get("@id").asText());
      }
      node.fields().forEachRemaining(e -> {
        if (!e.getKey().equals("@context")) {
          collectIds(e.getValue(), declared, references);
        }
      });
    } else if (node.isArray()) {
      node.forEach(child -> collectIds(child, declared, references));
    }
  }

  @Test
  void sourcesBecomeIsBasedOnAndLicencesPreferTheUrl() throws IOException {
    CorpusInfo info = new CorpusInfo("g", "a", "1", null, null, null,
        List.of(new License("MIT", null)), DataPackageJsonTest.info().sources());
    JsonNode json = croissant(description(info, TestCorpora.TIMESTAMP));

    assertThat(json.get("license")).extracting(JsonNode::asText).containsExactly("MIT");
    JsonNode basedOn = json.get("isBasedOn");
    assertThat(basedOn).hasSize(3);
    assertThat(basedOn.get(0).get("name").asText()).isEqualTo("Example Wire");
    assertThat(basedOn.get(0).get("url").asText()).isEqualTo("https://example.org/wire");
    assertThat(basedOn.get(1).get("name").asText()).isEqualTo("https://example.org/archive");
    assertThat(basedOn.get(2).has("url")).isFalse();
  }

  @Test
  void sameInputGivesByteIdenticalOutput() throws IOException {
    assertThat(CroissantJson.write(description(DataPackageJsonTest.info(), TestCorpora.TIMESTAMP)))
        .isEqualTo(CroissantJson.write(description(DataPackageJsonTest.info(), TestCorpora.TIMESTAMP)));
  }

  /**
   * Croissant is meant to be embedded in a {@code <script type="application/ld+json">}: text from the POM
   * must neither end that element nor break a JavaScript string, and still read back as written.
   */
  @Test
  void textFromThePomReadsBackAsWrittenWithoutAnAngleBracketOrLineSeparatorInTheBytes() throws IOException {
    for (String text : HostileMetadata.TEXT) {
      byte[] bytes = CroissantJson.write(description(HostileMetadata.withText(text), TestCorpora.TIMESTAMP));

      assertNoMarkupOrLineSeparator(bytes, text);
      JsonNode json = MAPPER.readTree(bytes);
      assertThat(json.get("alternateName").asText()).isEqualTo(text);
      assertThat(json.get("description").asText()).isEqualTo(text);
      assertThat(json.get("isBasedOn").get(0).get("name").asText()).isEqualTo(text);
    }
    for (String url : HostileMetadata.OTHER_URLS) {
      CorpusInfo info = new CorpusInfo("g", "a", "1", null, null, null, List.of(new License(null, url)),
          List.of(new dev.corpuskit.format.Source(null, url)));
      byte[] bytes = CroissantJson.write(description(info, TestCorpora.TIMESTAMP));

      assertNoMarkupOrLineSeparator(bytes, url);
      JsonNode json = MAPPER.readTree(bytes);
      assertThat(json.get("license").get(0).asText()).isEqualTo(url);
      assertThat(json.get("isBasedOn").get(0).get("url").asText()).isEqualTo(url);
    }
  }

  static void assertNoMarkupOrLineSeparator(byte[] json, String from) {
    assertThat(new String(json, java.nio.charset.StandardCharsets.UTF_8)).as(from).doesNotContain("</")
        .doesNotContain("<").doesNotContain("\u2028").doesNotContain("\u2029");
  }
}
