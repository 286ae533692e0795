package dev.corpuskit.pipeline;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corpuskit.audit.Change;
import dev.corpuskit.audit.DocumentAudit;
import dev.corpuskit.clean.CleanerConfig;
import dev.corpuskit.report.AuditDetail;
import dev.corpuskit.report.CorpusReport;
import dev.corpuskit.validate.ValidationConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cleaning audit stays lean: no entries for blank lines, changes in line order, a {@code counts}
 * level without texts, and, at the default level, reports and cache smaller than the corpus.
 */
class LeanAuditTest {

  static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path tmp;

  private static final String STORY = "The council said on Tuesday that the bridge over the river would reopen "
      + "next month, after two years of repairs.";

  /** A run's audits as the sink got them, with its reports and cache folder. */
  record Run(List<DocumentAudit> audits, RunSummary summary, Path reports, Path cache) {

    JsonNode cleaning() throws IOException {
      return MAPPER.readTree(reports.resolve(CorpusPackaging.CLEANING_REPORT).toFile());
    }
  }

  /**
   * Cleans {@code src} as the clean goal does, into {@code tmp/name}, and once more through a plain run
   * on a cache of its own, whose sink gets the audits (the second time from that cache).
   */
  private Run clean(Path src, AuditDetail detail, String name) throws IOException {
    CorpusConfig config = new CorpusConfig(src, List.of(), List.of(), ValidationConfig.defaults(),
        CleanerConfig.defaults(), detail);
    Path work = tmp.resolve(name);
    Path cache = work.resolve("cache");
    CorpusBuild.Result result = CorpusBuild.clean(config, RunOptions.defaults().withThreads(2)
        .withCacheDirectory(cache, "1.0"), work.resolve("data"), work.resolve("reports"), new RunSink() { });
    CleanResult audited = CorpusCleaning.run(config, RunOptions.defaults().withThreads(2)
        .withCacheDirectory(work.resolve("audit-cache"), "1.0"), work.resolve("audited"));
    return new Run(audited.audits(), result.summary(), work.resolve("reports"), cache);
  }

  private Path write(String name, String text) throws IOException {
    Path file = tmp.resolve("src").resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, UTF_8);
    return tmp.resolve("src");
  }

  private static boolean blank(String text) {
    return text.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
  }

  @Test
  void blankLinesThatOnlyCollapseLeaveNoEntry() throws IOException {
    Path src = write("a.txt", "\n \n" + STORY + "\n\n\n\t\n\u00A0\n" + STORY.replace("bridge", "new bridge")
        + "\r\n\r\n" + STORY.replace("council", "mayor") + "\n\n\n");

    Run run = clean(src, AuditDetail.EXCERPT, "run");

    assertThat(Files.readString(run.reports().getParent().resolve("data/a.txt"), UTF_8)).doesNotContain("\n\n\n");
    List<Change> changes = run.audits().get(0).changes();
    assertThat(changes).filteredOn(c -> blank(c.before())).as("blank lines audited").isEmpty();
    assertThat(run.summary().changesByStep()).doesNotContainKey("collapse-blank-lines");
    assertThat(run.cleaning().get("changesByStep").has("collapse-blank-lines")).isFalse();
  }

  @Test
  void aDocumentsChangesComeInLineOrderInTheAuditTheReportAndTheCache() throws IOException {
    // line 1 is taken by a late step (corpus-repeated), line 3 changed by an early one (collapse-spaces)
    for (int i = 0; i < 4; i++) {
      StringBuilder text = new StringBuilder("Read more from our newsroom\n\n")
          .append(STORY.replace("river", "river  number " + i)).append("\n\n");
      for (int p = 0; p < 15; p++) {
        text.append(STORY.replace("bridge", "bridge " + i + " " + p)).append("\n");
      }
      write("d" + i + ".txt", text.toString());
    }
    Path src = tmp.resolve("src");

    Run first = clean(src, AuditDetail.EXCERPT, "run");
    Run again = clean(src, AuditDetail.EXCERPT, "run"); // from the cache

    for (Run run : List.of(first, again)) {
      for (DocumentAudit audit : run.audits()) {
        assertThat(audit.changes()).extracting(Change::line).as(audit.id()).isSorted().hasSizeGreaterThan(1);
      }
      for (JsonNode document : run.cleaning().get("audit")) {
        List<Integer> lines = new ArrayList<>();
        document.get("changes").forEach(c -> lines.add(c.get("line").asInt()));
        assertThat(lines).as(document.get("id").asText()).isSorted().hasSizeGreaterThan(1);
      }
    }
  }

  @Test
  void countsKeepPerDocumentAndStepFiguresWithoutTexts() throws IOException {
    for (int i = 0; i < 6; i++) {
      write("d" + i + ".txt", "Share this article\n\nWe use cookies to improve your experience.\n"
          + STORY.replace("river", "river,  , " + i) + "\n\n" + STORY.replace("bridge", "bridge " + i) + "\n");
    }
    Path src = tmp.resolve("src");

    Run full = clean(src, AuditDetail.FULL, "full");
    Run counts = clean(src, AuditDetail.of("counts"), "counts");

    JsonNode report = counts.cleaning();
    assertThat(report.get("auditDetail").asText()).isEqualTo("counts");
    assertThat(report.toString()).doesNotContain("\"before\"").doesNotContain("cookies");
    assertThat(counts.summary().changesByStep()).isEqualTo(full.summary().changesByStep());
    Map<String, long[]> expected = figures(full.audits());
    Map<String, long[]> got = new HashMap<>();
    for (JsonNode document : report.get("audit")) {
      document.get("counts").fields().forEachRemaining(step -> {
        long[] sum = got.computeIfAbsent(document.get("id").asText() + " " + step.getKey(), k -> new long[3]);
        sum[0] += step.getValue().get("changes").asLong();
        sum[1] += step.getValue().get("linesRemoved").asLong();
        sum[2] += step.getValue().get("charsRemoved").asLong();
      });
    }
    assertThat(got).isNotEmpty().containsOnlyKeys(expected.keySet());
    expected.forEach((key, value) -> assertThat(got.get(key)).as(key).containsExactly(value));
    assertThat(bytes(counts.cache())).isLessThan(bytes(full.cache()));
  }

  /** Changes, removed lines and removed characters per "document step". */
  private static Map<String, long[]> figures(List<DocumentAudit> audits) {
    Map<String, long[]> figures = new HashMap<>();
    for (DocumentAudit audit : audits) {
      for (Change change : audit.changes()) {
        long[] sum = figures.computeIfAbsent(audit.id() + " " + change.step(), k -> new long[3]);
        sum[0]++;
        sum[1] += change.isRemoval() ? 1 : 0;
        sum[2] += change.charsRemoved();
      }
    }
    return figures;
  }

  /**
   * The worst case for an audit: documents of short lines, most of them removed (boilerplate, lines
   * repeated across the corpus, orphan punctuation), every removal an entry with its own overhead.
   */
  @Test
  void reportsAndCacheStayBelowTheInputOnAWorstCaseCorpus() throws IOException {
    String[] boilerplate = {"Share this article", "Related Article", "Leave a Reply", "Read more",
        "Advertisement", "Comments", "Click here", "Posted on"};
    for (int d = 0; d < 40; d++) {
      StringBuilder text = new StringBuilder(STORY.replace("river", "river " + d)).append("\n");
      for (int line = 0; line < 600; line++) {
        text.append(switch (line % 4) {
          case 0 -> boilerplate[line / 4 % boilerplate.length];
          case 1 -> "x" + (line % 13);
          case 2 -> ", ,";
          default -> "Tag " + (line % 7);
        }).append('\n');
      }
      write(String.format("c%d/%03d.txt", d % 3, d), text.toString());
    }
    Path src = tmp.resolve("src");

    Run run = clean(src, AuditDetail.EXCERPT, "run");

    long input = bytes(src);
    // The review page and summary.json are capped samples (ReportPageTest), not growing with the corpus.
    long audit = bytes(run.reports()) - Files.size(run.reports().resolve(CorpusReport.PAGE))
        - Files.size(run.reports().resolve(CorpusReport.SUMMARY)) + bytes(run.cache());
    assertThat(run.summary().changesByStep().values().stream().mapToInt(Integer::intValue).sum())
        .as("changes").isGreaterThan(40 * 300);
    assertThat(audit).as("reports and cache of a %d-byte corpus", input).isLessThan(input);
  }

  static long bytes(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }
}
