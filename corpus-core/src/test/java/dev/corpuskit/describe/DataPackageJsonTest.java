package dev.corpuskit.describe;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corpuskit.format.CorpusInfo;
import dev.corpuskit.format.License;
import dev.corpuskit.format.Manifest;
import dev.corpuskit.format.ManifestEntry;
import dev.corpuskit.format.Sha256;
import dev.corpuskit.format.Source;
import dev.corpuskit.testing.DataPackageSchema;
import dev.corpuskit.testing.TestCorpora;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class DataPackageJsonTest {

  static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * Documents by path, sorted as the manifest sorts them. Nested, upper-case and odd ids; four ids
   * ("a b/c", "a-b-c-2", "a-b-c", "a-b/c") sanitize to names that clash with each other.
   */
  static final Map<String, String> DOCUMENTS = TestCorpora.documents(
      "a b/c.txt", "Space in a folder.\n",
      "a-b-c-2.txt", "Looks like a suffixed name.\n",
      "a-b-c.txt", "Plain.\n",
      "a-b/c.txt", "Hyphen in a folder.\n",
      "cluster-a/003_X.txt", "Upper case X.\n",
      "cluster-a/Über Café (v2).txt", "Grüße aus dem Café.\n");

  static CorpusInfo info() {
    return new CorpusInfo("org.example.corpora", "News_DE", "1.2.0", "German news",
        "  A corpus\n  of   news\tarticles.\n", "https://example.org/news",
        List.of(new License("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/"),
            new License("Custom Licence v2 (internal)", null),
            new License(null, "https://example.org/licence.html")),
        List.of(new Source("Example Wire", "https://example.org/wire"),
            new Source(null, "https://example.org/archive"),
            new Source("Printed archive", null)));
  }

  static Manifest manifest(Map<String, String> docs) {
    List<ManifestEntry> entries = new ArrayList<>();
    docs.forEach((path, text) -> entries.add(TestCorpora.entry(path, text)));
    return new Manifest(entries);
  }

  static CorpusDescription description() {
    return new CorpusDescription(info(), manifest(DOCUMENTS), TestCorpora.TIMESTAMP, null);
  }

  static JsonNode descriptor(CorpusDescription description) throws IOException {
    return MAPPER.readTree(DataPackageJson.write(description));
  }

  @Test
  void descriptorOfAVariedCorpusValidatesAgainstTheOfficialProfile() throws IOException {
    byte[] bytes = DataPackageJson.write(description());

    assertThat(DataPackageSchema.validate(bytes)).isEmpty();
    assertThat(MAPPER.readTree(bytes).get("$schema").asText()).isEqualTo(DataPackageSchema.URI);
  }

  @Test
  void minimalDescriptorValidatesToo() throws IOException {
    CorpusDescription minimal = new CorpusDescription(CorpusInfo.of("g", "a", "1"),
        manifest(TestCorpora.documents("x.txt", "x\n")), TestCorpora.TIMESTAMP, null);

    JsonNode json = descriptor(minimal);

    assertThat(DataPackageSchema.validate(json)).isEmpty();
    assertThat(json.has("licenses")).isFalse();
    assertThat(json.has("sources")).isFalse();
    assertThat(json.has("homepage")).isFalse();
    assertThat(json.has("description")).isFalse();
    assertThat(json.get("title").asText()).isEqualTo("a");
  }

  /** The profile requires at least one resource, so an empty corpus describes its manifest instead. */
  @Test
  void corpusWithoutDocumentsStillValidatesByListingItsManifest() throws IOException {
    Manifest empty = new Manifest(List.of());
    JsonNode json = descriptor(new CorpusDescription(info(), empty, TestCorpora.TIMESTAMP, null));

    assertThat(DataPackageSchema.validate(json)).isEmpty();
    assertThat(json.get("resources")).hasSize(1);
    JsonNode manifest = json.get("resources").get(0);
    assertThat(manifest.get("path").asText()).isEqualTo("manifest.tsv");
    assertThat(manifest.get("bytes").asLong()).isEqualTo(empty.toBytes().length);
    assertThat(manifest.get("hash").asText()).isEqualTo("sha256:" + Sha256.hex(empty.toBytes()));
  }

  /** Without this, a validator that accepts anything would pass the tests above. */
  @Test
  void theSchemaRejectsBrokenVariantsOfAValidDescriptor() throws IOException {
    JsonNode valid = descriptor(description());
    Map<String, Consumer<ObjectNode>> breakages = new LinkedHashMap<>();
    breakages.put("resource without name", d -> resource(d, 0).remove("name"));
    breakages.put("resource without path", d -> resource(d, 1).remove("path"));
    breakages.put("hash with a bad format", d -> resource(d, 2).put("hash", "sha256:not-hex"));
    breakages.put("bytes not an integer", d -> resource(d, 3).put("bytes", "12"));
    breakages.put("absolute resource path", d -> resource(d, 4).put("path", "/etc/passwd"));
    breakages.put("mediatype without a slash", d -> resource(d, 0).put("mediatype", "text"));
    breakages.put("no resources", d -> ((ArrayNode) d.get("resources")).removeAll());
    breakages.put("licence name with spaces", d -> ((ObjectNode) d.get("licenses").get(0)).put("name", "CC BY"));
    breakages.put("created not a date-time", d -> d.put("created", "6 May 2024"));
    breakages.put("homepage not a uri", d -> d.put("homepage", "example dot org"));

    for (Map.Entry<String, Consumer<ObjectNode>> breakage : breakages.entrySet()) {
      ObjectNode broken = valid.deepCopy();
      breakage.getValue().accept(broken);
      assertThat(DataPackageSchema.validate(broken)).as(breakage.getKey()).isNotEmpty();
    }
  }

  static ObjectNode resource(ObjectNode descriptor, int index) {
    return (ObjectNode) descriptor.get("resources").get(index);
  }

  @Test
  void resourceNamesAreLowerCaseSafeAndUniqueAndClashesGetSuffixes() throws IOException {
    JsonNode resources = descriptor(description()).get("resources");

    List<String> names = new ArrayList<>();
    resources.forEach(r -> names.add(r.get("name").asText()));
    assertThat(names).hasSize(DOCUMENTS.size()).doesNotHaveDuplicates()
        .allMatch(n -> n.matches("[a-z0-9._-]+"), "only [a-z0-9._-]");
    // in manifest (path) order: the first document keeps the name, later ones get the next free suffix
    assertThat(names).containsExactly("a-b-c", "a-b-c-2", "a-b-c-3", "a-b-c-4", "cluster-a-003_x",
        "cluster-a-ber-caf-v2-");
  }

  @Test
  void idsThatDifferOnlyInCaseGetDistinctNames() throws IOException {
    CorpusDescription corpus = new CorpusDescription(info(),
        manifest(TestCorpora.documents("A/Doc.txt", "one\n", "a/doc.txt", "two\n", "a/DOC.txt", "three\n")),
        TestCorpora.TIMESTAMP, null);

    JsonNode json = descriptor(corpus);

    List<String> names = new ArrayList<>();
    json.get("resources").forEach(r -> names.add(r.get("name").asText()));
    assertThat(names).containsExactly("a-doc", "a-doc-2", "a-doc-3");
    assertThat(DataPackageSchema.validate(json)).isEmpty();
  }

  @Test
  void eachResourceDescribesItsDocumentFromTheManifest() throws IOException {
    CorpusDescription corpus = description();
    JsonNode resources = descriptor(corpus).get("resources");

    List<ManifestEntry> entries = manifest(DOCUMENTS).entries();
    assertThat(resources).hasSize(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      ManifestEntry entry = entries.get(i);
      JsonNode resource = resources.get(i);
      byte[] text = DOCUMENTS.get(entry.path()).getBytes(UTF_8);
      assertThat(resource.get("path").asText()).as(entry.id()).isEqualTo("data/" + entry.path());
      assertThat(resource.get("bytes").isIntegralNumber()).isTrue();
      assertThat(resource.get("bytes").asLong()).as(entry.id()).isEqualTo(text.length);
      assertThat(resource.get("hash").asText()).as(entry.id()).isEqualTo("sha256:" + Sha256.hex(text));
      assertThat(resource.get("mediatype").asText()).isEqualTo("text/plain");
      assertThat(resource.get("encoding").asText()).isEqualTo("utf-8");
      assertThat(resource.get("format").asText()).isEqualTo("txt");
    }
  }

  @Test
  void packagePropertiesComeFromTheCorpusInfoAndTimestamp() throws IOException {
    JsonNode json = descriptor(description());

    assertThat(json.get("name").asText()).isEqualTo("news_de");
    assertThat(json.get("id").asText()).isEqualTo("maven:org.example.corpora:News_DE:1.2.0");
    assertThat(json.get("version").asText()).isEqualTo("1.2.0");
    assertThat(json.get("title").asText()).isEqualTo("German news");
    assertThat(json.get("description").asText()).isEqualTo("A corpus of news articles.");
    assertThat(json.get("homepage").asText()).isEqualTo("https://example.org/news");
    assertThat(json.get("created").asText()).isEqualTo("2024-05-06T07:08:10Z");
  }

  @Test
  void licencesKeepSpdxIdsAndDeriveAnIdForFreeFormNames() throws IOException {
    JsonNode licenses = descriptor(description()).get("licenses");

    assertThat(licenses).hasSize(3);
    assertThat(fields(licenses.get(0))).containsExactly(
        Map.entry("name", "CC-BY-4.0"), Map.entry("path", "https://creativecommons.org/licenses/by/4.0/"));
    assertThat(fields(licenses.get(1))).containsExactly(
        Map.entry("name", "Custom-Licence-v2-internal"), Map.entry("title", "Custom Licence v2 (internal)"));
    assertThat(fields(licenses.get(2))).containsExactly(Map.entry("path", "https://example.org/licence.html"));
  }

  @Test
  void sourcesHaveATitleAndAPathWhenThereIsAUrl() throws IOException {
    JsonNode sources = descriptor(description()).get("sources");

    assertThat(sources).hasSize(3);
    assertThat(fields(sources.get(0))).containsExactly(
        Map.entry("title", "Example Wire"), Map.entry("path", "https://example.org/wire"));
    assertThat(fields(sources.get(1))).containsExactly(
        Map.entry("title", "https://example.org/archive"), Map.entry("path", "https://example.org/archive"));
    assertThat(fields(sources.get(2))).containsExactly(Map.entry("title", "Printed archive"));
  }

  static Map<String, String> fields(JsonNode object) {
    Map<String, String> fields = new LinkedHashMap<>();
    object.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().asText()));
    return fields;
  }

  @Test
  void contributorsAreThePomsOrganizationAndDevelopersAndStillValidate() throws IOException {
    CardDetails details = DataCardFrontMatterTest.DETAILS.withCreators(List.of(
        Creator.organization("Example Lab", "https://example.org/lab"),
        Creator.person("Jane Doe", "jane@example.org", "mailto:jane@example.org"),
        Creator.person(null, null, "https://example.org/~joe")));
    byte[] bytes = DataPackageJson.write(description().with(details, null));

    assertThat(DataPackageSchema.validate(bytes)).isEmpty();
    JsonNode contributors = MAPPER.readTree(bytes).get("contributors");
    assertThat(contributors).hasSize(3);
    assertThat(contributors.get(0).get("title").asText()).isEqualTo("Example Lab");
    assertThat(contributors.get(0).get("path").asText()).isEqualTo("https://example.org/lab");
    assertThat(contributors.get(1).get("title").asText()).isEqualTo("Jane Doe");
    assertThat(contributors.get(1).get("email").asText()).isEqualTo("jane@example.org");
    // the standard's path is a file path or an http(s) URL: a mailto: is left out
    assertThat(contributors.get(1).has("path")).isFalse();
    assertThat(contributors.get(2).get("title").asText()).isEqualTo("https://example.org/~joe");
    assertThat(contributors).allMatch(c -> c.get("roles").get(0).asText().equals("creator"));
    assertThat(descriptor(description()).has("contributors")).isFalse();
  }

  @Test
  void sameInputGivesByteIdenticalOutput() throws IOException {
    byte[] first = DataPackageJson.write(description());
    byte[] second = DataPackageJson.write(description());

    assertThat(second).isEqualTo(first);
    assertThat(new String(first, UTF_8)).endsWith("}\n").doesNotContain("\r");
  }

  @Test
  void nameHelpersOnEdgeCases() {
    assertThat(DataPackageJson.name("")).isEqualTo("document");
    assertThat(DataPackageJson.name("Cluster-A/003_X")).isEqualTo("cluster-a-003_x");
    assertThat(DataPackageJson.name("a//b  c")).isEqualTo("a-b-c");
    assertThat(DataPackageJson.licenseId("(c) Me")).isEqualTo("c-Me");
    assertThat(DataPackageJson.licenseId("©")).isEqualTo("other");
  }

  /** Text from the POM reads back as written, and the bytes hold no '<' or raw U+2028/U+2029. */
  @Test
  void textFromThePomReadsBackAsWrittenWithoutAnAngleBracketOrLineSeparatorInTheBytes() throws IOException {
    for (String text : HostileMetadata.TEXT) {
      byte[] bytes = DataPackageJson.write(new CorpusDescription(HostileMetadata.withText(text),
          manifest(DOCUMENTS), TestCorpora.TIMESTAMP, null));

      CroissantJsonTest.assertNoMarkupOrLineSeparator(bytes, text);
      JsonNode json = MAPPER.readTree(bytes);
      assertThat(DataPackageSchema.validate(json)).as(text).isEmpty();
      assertThat(json.get("title").asText()).isEqualTo(text);
      assertThat(json.get("description").asText()).isEqualTo(text);
      JsonNode license = json.get("licenses").get(0);
      // a name that is a licence id such as "---" stays the name; any other becomes the title
      assertThat(license.get(license.has("title") ? "title" : "name").asText()).isEqualTo(text);
      assertThat(json.get("sources").get(0).get("title").asText()).isEqualTo(text);
    }
    for (String url : HostileMetadata.OTHER_URLS) {
      CorpusInfo info = new CorpusInfo("g", "a", "1", null, null, null, List.of(new License("L", url)),
          List.of(new Source(null, url)));
      byte[] bytes = DataPackageJson.write(new CorpusDescription(info, manifest(DOCUMENTS), TestCorpora.TIMESTAMP,
          null));

      CroissantJsonTest.assertNoMarkupOrLineSeparator(bytes, url);
      JsonNode json = MAPPER.readTree(bytes);
      assertThat(json.get("licenses").get(0).get("path").asText()).isEqualTo(url);
      assertThat(json.get("sources").get(0).get("title").asText()).isEqualTo(url);
    }
  }
}
