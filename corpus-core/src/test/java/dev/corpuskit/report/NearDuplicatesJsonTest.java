package dev.corpuskit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corpuskit.near.NearDuplicateConfig;
import dev.corpuskit.near.NearDuplicateIndex;
import dev.corpuskit.near.NearDuplicateIndex.Cluster;
import dev.corpuskit.near.NearDuplicateIndex.Member;
import dev.corpuskit.near.NearDuplicateIndex.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NearDuplicatesJsonTest {

  @TempDir Path tmp;

  @Test
  void theClustersAreReadBackAsTheIndexFoundThem() throws IOException {
    Map<String, String> docs = NearDuplicateTexts.corpus();
    Result result = NearDuplicateTexts.result(docs, tmp, 1);
    assertThat(result.clusters()).extracting(Cluster::representative)
        .containsExactly("b-1", NearDuplicateTexts.ESCAPED_1, "m-1");

    NearDuplicatesJson.write(tmp.resolve("reports"), NearDuplicateConfig.DEFAULTS, result);
    JsonNode json = new ObjectMapper().readTree(tmp.resolve("reports").resolve(NearDuplicatesJson.FILE).toFile());

    JsonNode parameters = json.path("parameters");
    assertThat(parameters.path("shingleWords").asInt()).isEqualTo(5);
    assertThat(parameters.path("bands").asInt()).isEqualTo(14);
    assertThat(parameters.path("rows").asInt()).isEqualTo(8);
    assertThat(parameters.path("threshold").asDouble()).isEqualTo(0.8);
    JsonNode counts = json.path("counts");
    assertThat(counts.path("documentsIndexed").asInt()).isEqualTo(10);
    assertThat(counts.path("tooShort").asInt()).isEqualTo(1);
    assertThat(counts.path("candidates").asLong()).isEqualTo(result.candidates()).isGreaterThanOrEqualTo(5);
    assertThat(counts.path("confirmedPairs").asInt()).isEqualTo(result.pairs().size()).isGreaterThanOrEqualTo(5);
    assertThat(counts.path("clusters").asInt()).isEqualTo(3);
    assertThat(counts.path("documentsInClusters").asInt()).isEqualTo(8);

    List<Cluster> read = new ArrayList<>();
    int expectedId = 1;
    for (JsonNode cluster : json.path("clusters")) {
      assertThat(cluster.path("id").asInt()).isEqualTo(expectedId++);
      List<Member> members = new ArrayList<>();
      for (JsonNode member : cluster.path("members")) {
        members.add(new Member(member.path("id").asText(), member.path("jaccard").asDouble()));
      }
      assertThat(cluster.path("size").asInt()).isEqualTo(members.size());
      read.add(new Cluster(cluster.path("representative").asText(), members));
    }
    assertThat(read).hasSize(3);
    for (int c = 0; c < read.size(); c++) {
      Cluster expected = result.clusters().get(c);
      assertThat(read.get(c).representative()).isEqualTo(expected.representative());
      assertThat(read.get(c).members()).extracting(Member::id)
          .containsExactlyElementsOf(expected.members().stream().map(Member::id).toList());
      for (int m = 0; m < expected.members().size(); m++) {
        assertThat(read.get(c).members().get(m).jaccard())
            .isCloseTo(expected.members().get(m).jaccard(), org.assertj.core.data.Offset.offset(0.00005));
      }
    }
    assertThat(read.get(2).members()).extracting(Member::id).containsExactly("m-1", "m-2", "m-3", "m-4");
  }

  @Test
  void similaritiesHaveFourDecimalsAndTheSameResultGivesTheSameBytes() throws IOException {
    Map<String, String> docs = NearDuplicateTexts.corpus();
    Path first = tmp.resolve("first");
    Path second = tmp.resolve("second");
    NearDuplicatesJson.write(first, NearDuplicateConfig.DEFAULTS, NearDuplicateTexts.result(docs, tmp, 1));
    NearDuplicatesJson.write(second, NearDuplicateConfig.DEFAULTS, NearDuplicateTexts.result(docs, tmp, 2));

    byte[] bytes = Files.readAllBytes(first.resolve(NearDuplicatesJson.FILE));
    assertThat(Files.readAllBytes(second.resolve(NearDuplicatesJson.FILE))).isEqualTo(bytes);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).contains("\"jaccard\": 1.0000").containsPattern("\"jaccard\": 0\\.\\d{4}\n")
        .doesNotContainPattern("\"jaccard\": \\d\\.\\d{5}").doesNotContain("\r");
    // Escaped as JSON, read back as they were.
    assertThat(text).contains("\"representative\": \"c/<b>&\\\"one\\\"\"");
    try (var files = Files.list(first)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactly(NearDuplicatesJson.FILE);
    }
  }

  @Test
  void anEmptyResultIsWrittenWithItsCountsAndNoCluster() throws IOException {
    NearDuplicateIndex.Result empty = new NearDuplicateIndex.Result(List.of(), List.of(), 5, 2, 0);
    NearDuplicatesJson.write(tmp, new NearDuplicateConfig(3, 20, 5, 0.7), empty);

    JsonNode json = new ObjectMapper().readTree(tmp.resolve(NearDuplicatesJson.FILE).toFile());
    assertThat(json.path("parameters").path("threshold").decimalValue()).isEqualByComparingTo("0.7");
    assertThat(json.path("parameters").path("shingleWords").asInt()).isEqualTo(3);
    assertThat(json.path("counts").path("documentsIndexed").asInt()).isEqualTo(5);
    assertThat(json.path("counts").path("tooShort").asInt()).isEqualTo(2);
    assertThat(json.path("counts").path("clusters").asInt()).isZero();
    assertThat(json.path("clusters").isArray()).isTrue();
    assertThat(json.path("clusters")).isEmpty();
  }

  @Test
  void roundsHalfUpFromTheShortestDecimalForm() {
    assertThat(NearDuplicatesJson.rounded(0.80005).toPlainString()).isEqualTo("0.8001");
    assertThat(NearDuplicatesJson.rounded(0.81234).toPlainString()).isEqualTo("0.8123");
    assertThat(NearDuplicatesJson.rounded(1.0).toPlainString()).isEqualTo("1.0000");
  }
}
