package dev.corpuskit.validate.rules;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.source.SourceFile;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.RuleConfig;
import dev.corpuskit.validate.RuleSetting;
import dev.corpuskit.validate.Severity;
import dev.corpuskit.validate.ValidationConfig;
import dev.corpuskit.validate.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property: a document's decision by the quality rules (gopher, fineweb, c4) depends on its text
 * alone, not on the other documents of the corpus, their order, or the thread count. Random documents
 * (seeded) that fail and pass the various checks are validated one per corpus, then all together on
 * one thread in order, then all together, shuffled, on four threads; each document's findings are the
 * same every time.
 */
class QualityDecisionIndependenceTest {

  static final Set<String> IDS = Set.of(GopherQualityRule.ID, GopherRepetitionRule.ID, FineWebRule.ID, C4Rule.ID);

  @TempDir Path root;

  @Test
  void decisionDependsOnTheDocumentAlone() throws Exception {
    Random random = new Random(21);
    List<SourceFile> sources = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      String name = String.format("doc-%03d.txt", i);
      Files.writeString(root.resolve(name), randomDocument(random, i), UTF_8);
      sources.add(new SourceFile(root, name));
    }

    Map<String, List<String>> alone = new TreeMap<>();
    for (SourceFile source : sources) {
      alone.put(source.relativePath(), decisions(validator().validate(source).findings()));
    }
    Map<String, List<String>> together = validateAll(sources, 1);
    List<SourceFile> shuffled = new ArrayList<>(sources);
    Collections.shuffle(shuffled, new Random(7));
    Map<String, List<String>> fourThreads = validateAll(shuffled, 4);

    assertThat(together).isEqualTo(alone);
    assertThat(fourThreads).isEqualTo(alone);
    for (String id : IDS) {
      long failing = alone.values().stream().filter(d -> d.stream().anyMatch(f -> f.startsWith(id + " "))).count();
      assertThat(failing).as("documents failing %s: both sides are exercised", id).isBetween(5L, 115L);
    }
  }

  private static Validator validator() {
    List<RuleSetting> settings = new ArrayList<>();
    IDS.forEach(id -> settings.add(RuleSetting.severity(id, Severity.WARNING)));
    return new Validator(new ValidationConfig(UTF_8, RuleConfig.of(settings)));
  }

  private static Map<String, List<String>> validateAll(List<SourceFile> sources, int threads) throws Exception {
    Validator validator = validator();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<Finding>>> futures = new ArrayList<>();
      for (SourceFile source : sources) {
        futures.add(pool.submit(() -> validator.validate(source).findings()));
      }
      Map<String, List<String>> result = new TreeMap<>();
      for (int i = 0; i < sources.size(); i++) {
        result.put(sources.get(i).relativePath(), decisions(futures.get(i).get()));
      }
      return result;
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<String> decisions(List<Finding> findings) {
    return findings.stream().filter(f -> IDS.contains(f.ruleId()))
        .map(f -> f.ruleId() + " " + f.measure() + " " + f.message()).sorted().toList();
  }

  /** Lines of words with random repetition, bullets, ellipses, short lines and punctuation. */
  static String randomDocument(Random random, int seed) {
    String[] vocabulary = {"the", "of", "and", "to", "with", "river", "valley", "green", "stone", "house",
        "quietly", "remarkable", "#", "...", "1999", "a", "is", "that", "have", "be"};
    int lines = 1 + random.nextInt(40);
    List<String> text = new ArrayList<>();
    for (int l = 0; l < lines; l++) {
      if (!text.isEmpty() && random.nextInt(5) == 0) {
        text.add(text.get(random.nextInt(text.size())));
        continue;
      }
      StringBuilder line = new StringBuilder(random.nextInt(8) == 0 ? "- " : "");
      int words = 1 + random.nextInt(16);
      for (int w = 0; w < words; w++) {
        line.append(w == 0 ? "" : " ").append(random.nextInt(4) == 0
            ? QualityHarness.unique("s" + seed, l * 20 + w) : vocabulary[random.nextInt(vocabulary.length)]);
      }
      line.append(random.nextBoolean() ? "." : random.nextInt(6) == 0 ? "..." : "");
      text.add(line.toString());
    }
    return String.join(random.nextInt(4) == 0 ? "\n\n" : "\n", text) + (random.nextBoolean() ? "\n" : "");
  }
}
