package dev.corpuskit.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corpuskit.audit.Change;
import dev.corpuskit.audit.DocumentAudit;
import dev.corpuskit.format.Manifest;
import dev.corpuskit.pipeline.CleanResult;
import dev.corpuskit.pipeline.CorpusCleaning;
import dev.corpuskit.pipeline.CorpusConfig;
import dev.corpuskit.validate.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleaningJsonTest {

  static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path tmp;

  JsonNode writeAndRead(CleanResult result, String name) throws IOException {
    Path target = tmp.resolve("reports/" + name);
    CleaningJson.write(result, target);
    return MAPPER.readTree(target.toFile());
  }

  static Map<String, Integer> changesByStep(JsonNode json) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    json.get("changesByStep").fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asInt()));
    return counts;
  }

  @Test
  void writesStepsCountsAndEveryChangeOfAHandBuiltResult() throws IOException {
    CleanResult result = new CleanResult(new ValidationReport(2, 100, List.of()), new Manifest(List.of()),
        List.of(
            new DocumentAudit("a", "a.html", "a.txt", List.of(
                new Change("collapse-spaces", 3, "x  y", "x y"),
                new Change("boilerplate/cookie-notice", 7, "We use cookies.", null))),
            new DocumentAudit("b/c", "b/c.txt", "b/c.txt", List.of(
                new Change("collapse-spaces", 1, "\tz", "z"),
                new Change("boilerplate/share-prompt", 2, "Share this", null),
                new Change("collapse-spaces", 9, "p  q", "p q")))),
        List.of("strip-bom", "collapse-spaces", "boilerplate"));

    JsonNode json = writeAndRead(result, "cleaning.json");

    assertThat(json.get("documents").asInt()).isEqualTo(2);
    List<String> steps = new ArrayList<>();
    json.get("steps").forEach(s -> steps.add(s.asText()));
    assertThat(steps).containsExactly("strip-bom", "collapse-spaces", "boilerplate");
    assertThat(changesByStep(json)).containsExactly( // sorted by step id
        Map.entry("boilerplate/cookie-notice", 1),
        Map.entry("boilerplate/share-prompt", 1),
        Map.entry("collapse-spaces", 3));

    JsonNode audit = json.get("audit");
    assertThat(audit).hasSize(2);
    assertThat(audit.get(0).get("id").asText()).isEqualTo("a");
    assertThat(audit.get(0).get("source").asText()).isEqualTo("a.html");
    assertThat(audit.get(0).get("path").asText()).isEqualTo("a.txt");
    JsonNode changed = audit.get(0).get("changes").get(0);
    assertThat(changed.get("step").asText()).isEqualTo("collapse-spaces");
    assertThat(changed.get("line").asInt()).isEqualTo(3);
    assertThat(changed.get("before").asText()).isEqualTo("x  y");
    assertThat(changed.get("after").asText()).isEqualTo("x y");
    JsonNode removed = audit.get(0).get("changes").get(1);
    assertThat(removed.get("step").asText()).isEqualTo("boilerplate/cookie-notice");
    assertThat(removed.get("line").asInt()).isEqualTo(7);
    assertThat(removed.get("before").asText()).isEqualTo("We use cookies.");
    assertThat(removed.has("after")).isTrue();
    assertThat(removed.get("after").isNull()).isTrue();
    assertThat(audit.get(1).get("changes")).hasSize(3);
    assertThat(audit.get(1).get("changes").get(0).get("before").asText()).isEqualTo("\tz");
  }

  @Test
  void describesARealCleaningRun() throws IOException {
    Path src = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(src.resolve("news.txt"), "A headline  with  spaces\n"
        + "The body of the article has several words in it.\n"
        + "We use cookies to improve your experience.\n", UTF_8);
    Files.writeString(src.resolve("clean.txt"), "Nothing to change in this text.\n", UTF_8);

    CleanResult result = CorpusCleaning.run(CorpusConfig.defaults(src), tmp.resolve("out"));
    JsonNode json = writeAndRead(result, "cleaning.json");

    assertThat(json.get("documents").asInt()).isEqualTo(2);
    List<String> steps = new ArrayList<>();
    json.get("steps").forEach(s -> steps.add(s.asText()));
    assertThat(steps).isEqualTo(result.steps()).contains("collapse-spaces", "boilerplate");
    assertThat(changesByStep(json)).containsExactlyEntriesOf(CleaningJson.countByStep(result))
        .containsEntry("collapse-spaces", 1)
        .containsEntry("boilerplate/cookie-notice", 1);

    JsonNode news = null;
    for (JsonNode a : json.get("audit")) {
      if (a.get("id").asText().equals("news")) {
        news = a;
      } else {
        assertThat(a.get("changes")).as("clean.txt needs no change").isEmpty();
      }
    }
    assertThat(news).isNotNull();
    assertThat(news.get("source").asText()).isEqualTo("news.txt");
    assertThat(news.get("path").asText()).isEqualTo("news.txt");
    Map<String, JsonNode> byStep = new LinkedHashMap<>();
    news.get("changes").forEach(c -> byStep.put(c.get("step").asText(), c));
    assertThat(byStep.get("collapse-spaces").get("line").asInt()).isEqualTo(1);
    assertThat(byStep.get("collapse-spaces").get("before").asText()).isEqualTo("A headline  with  spaces");
    assertThat(byStep.get("collapse-spaces").get("after").asText()).isEqualTo("A headline with spaces");
    assertThat(byStep.get("boilerplate/cookie-notice").get("line").asInt()).isEqualTo(3);
    assertThat(byStep.get("boilerplate/cookie-notice").get("after").isNull()).isTrue();
    assertThat(Files.readString(tmp.resolve("out/news.txt"))).doesNotContain("cookies");
  }

  @Test
  void theSameRunGivesTheSameBytesWithLfAndNoAbsolutePaths() throws IOException {
    Path src = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(src.resolve("d.txt"), "Some  text\r\nShare this\r\nmore text here.\r\n", UTF_8);

    CleaningJson.write(CorpusCleaning.run(CorpusConfig.defaults(src), tmp.resolve("out1")), tmp.resolve("1.json"));
    CleaningJson.write(CorpusCleaning.run(CorpusConfig.defaults(src), tmp.resolve("out2")), tmp.resolve("2.json"));

    byte[] one = Files.readAllBytes(tmp.resolve("1.json"));
    assertThat(tmp.resolve("2.json")).hasBinaryContent(one);
    String text = new String(one, UTF_8);
    assertThat(text).doesNotContain("\r").endsWith("}\n").contains("\n  \"documents\": 1");
    assertThat(text).doesNotContain(tmp.toString()).doesNotContain("out1");
    // the CR of the source lines is escaped in the audit, never a raw line break
    assertThat(MAPPER.readTree(one).get("audit").get(0).get("changes")).isNotEmpty();
  }

  @Test
  void anHtmlPageAuditsTheBlocksItsMainTextLeftOutByRule() throws IOException {
    Path src = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(src.resolve("page.html"), dev.corpuskit.parse.MainTextAuditTest.PAGE, UTF_8);

    JsonNode json = writeAndRead(CorpusCleaning.run(CorpusConfig.defaults(src), tmp.resolve("out")), "cleaning.json");

    assertThat(changesByStep(json)).containsEntry("html-main-text/non-content", 1)
        .containsEntry("html-main-text/furniture", 2).containsEntry("html-main-text/link-density", 2)
        .containsEntry("html-main-text/copyright", 1);
    Map<String, Integer> lineOf = new LinkedHashMap<>();
    json.get("audit").get(0).get("changes").forEach(c -> {
      if (c.get("step").asText().startsWith("html-main-text/")) {
        assertThat(c.get("after").isNull()).isTrue();
        lineOf.put(c.get("before").asText(), c.get("line").asInt());
      }
    });
    assertThat(lineOf).containsEntry("Home News", 2).containsEntry("Great news, thanks for the report!", 10);
    assertThat(Files.readString(tmp.resolve("out/page.txt"))).doesNotContain("Great news").doesNotContain("Home");
  }
}
