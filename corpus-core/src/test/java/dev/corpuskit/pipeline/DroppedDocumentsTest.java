package dev.corpuskit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.audit.Change;
import dev.corpuskit.audit.DocumentAudit;
import dev.corpuskit.clean.CleanerConfig;
import dev.corpuskit.clean.NearDuplicateHandling;
import dev.corpuskit.format.ManifestEntry;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.RuleAction;
import dev.corpuskit.validate.RuleConfig;
import dev.corpuskit.validate.RuleSetting;
import dev.corpuskit.validate.Severity;
import dev.corpuskit.validate.ValidationConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document that a rule whose action is drop reports leaves the corpus, so it must not weigh on what
 * the corpus keeps: its lines do not count as repeated across the corpus ({@code corpus-repeated}), it
 * is no first copy of a later document ({@code duplicate}), and no representative of a near-duplicate
 * cluster. A validating run judges the corpus the cleaning run would keep in the same way, so the two
 * goals agree. Here {@code a.txt}, one word per line, is dropped by {@code fineweb} (line breaks per
 * word above 0.3); {@code b.txt}, the same words as sentences, is kept.
 */
class DroppedDocumentsTest {

  private static final String SHARED_LINE = "The west quay reopened at dawn on Tuesday morning.";

  @TempDir Path tmp;
  private Path src;

  @BeforeEach
  void folder() throws IOException {
    src = Files.createDirectories(tmp.resolve("src"));
  }

  /** Eight sentences of fifteen words each, drawn from a small vocabulary by {@code seed}. */
  private static String prose(long seed) {
    String[] vocabulary = ("harbour council bridge ferry market river station museum garden school library"
        + " the a of and to in for with on was were said would could after before during").split(" ");
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder text = new StringBuilder();
    for (int sentence = 0; sentence < 8; sentence++) {
      StringBuilder line = new StringBuilder("Officials");
      for (int word = 1; word < 15; word++) {
        line.append(' ').append(vocabulary[random.nextInt(vocabulary.length)]).append(word);
      }
      text.append(line).append(".\n\n");
    }
    return text.toString();
  }

  /** {@code text} with one word per line. */
  private static String wordPerLine(String text) {
    return String.join("\n", text.strip().split("\\s+")) + "\n";
  }

  private void write(String path, String text) throws IOException {
    Files.writeString(src.resolve(path), text, StandardCharsets.UTF_8);
  }

  private CorpusConfig config(NearDuplicateHandling near) {
    return new CorpusConfig(src, List.of(), List.of(), new ValidationConfig(StandardCharsets.UTF_8,
        RuleConfig.of(List.of(RuleSetting.severity("fineweb", Severity.WARNING).withAction(RuleAction.DROP)))),
        CleanerConfig.defaults().withNearDuplicates(near));
  }

  /** A sink that keeps findings, manifest rows and audits. */
  private static final class Recorder implements RunSink {
    final List<Finding> findings = new ArrayList<>();
    final List<String> kept = new ArrayList<>();
    final List<DocumentAudit> audits = new ArrayList<>();

    @Override
    public void finding(Finding finding) {
      findings.add(finding);
    }

    @Override
    public void cleaned(ManifestEntry entry, DocumentAudit audit) {
      kept.add(audit.source());
      audits.add(audit);
    }

    List<String> findingsOn(String file) {
      return findings.stream().filter(f -> f.file().equals(file)).map(Finding::ruleId).toList();
    }
  }

  private Recorder clean(CorpusConfig config) throws IOException {
    Recorder recorder = new Recorder();
    CorpusRun.clean(config, RunOptions.defaults().withThreads(2), tmp.resolve("out"), recorder);
    return recorder;
  }

  private Recorder validate(CorpusConfig config) throws IOException {
    Recorder recorder = new Recorder();
    CorpusRun.validate(config, RunOptions.defaults().withThreads(2), recorder);
    return recorder;
  }

  @Test
  void aDroppedDocumentsLinesDoNotCountAsRepeated() throws IOException {
    write("a.txt", wordPerLine(prose(1)) + SHARED_LINE + "\n");
    String kept = prose(2) + SHARED_LINE + "\n\n" + prose(3);
    write("b.txt", kept);

    Recorder cleaning = clean(config(NearDuplicateHandling.REPORT));

    assertThat(cleaning.findingsOn("a.txt")).contains("fineweb");
    assertThat(cleaning.kept).containsExactly("b.txt");
    assertThat(cleaning.audits.get(0).changes()).extracting(Change::step).doesNotContain("corpus-repeated");
    assertThat(Files.readString(tmp.resolve("out/b.txt"), StandardCharsets.UTF_8)).contains(SHARED_LINE);
  }

  @Test
  void aDroppedDocumentIsNoFirstCopy() throws IOException {
    String text = prose(4);
    write("a.txt", wordPerLine(text)); // the same text after normalisation, but dropped
    write("b.txt", text);

    Recorder cleaning = clean(config(NearDuplicateHandling.REPORT));
    assertThat(cleaning.findingsOn("a.txt")).contains("fineweb");
    assertThat(cleaning.findingsOn("b.txt")).isEmpty();
    assertThat(cleaning.kept).containsExactly("b.txt");

    assertThat(validate(config(NearDuplicateHandling.REPORT)).findingsOn("b.txt")).isEmpty();
  }

  @Test
  void aDroppedDocumentIsNoNearDuplicateRepresentative() throws IOException {
    String text = prose(5);
    write("a.txt", wordPerLine(text));
    write("b.txt", text + "Officials added one more sentence.\n"); // a near-copy of a.txt, not an exact one

    Recorder cleaning = clean(config(NearDuplicateHandling.KEEP_REPRESENTATIVE));
    assertThat(cleaning.findingsOn("a.txt")).contains("fineweb");
    assertThat(cleaning.findingsOn("b.txt")).isEmpty();
    assertThat(cleaning.kept).containsExactly("b.txt");

    assertThat(validate(config(NearDuplicateHandling.REPORT)).findingsOn("b.txt")).isEmpty();
  }
}
