package dev.corpuskit.hostile;

import dev.corpuskit.clean.CleanerConfig;
import dev.corpuskit.pipeline.CleanResult;
import dev.corpuskit.pipeline.CorpusCleaning;
import dev.corpuskit.pipeline.CorpusConfig;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.RuleConfig;
import dev.corpuskit.validate.RuleSetting;
import dev.corpuskit.validate.ValidationConfig;
import dev.corpuskit.validate.rules.MaxBytesRule;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Run in a JVM of its own with a small heap by {@link BigInputTest}: validates and cleans one corpus and
 * prints the findings, one a line, then {@code peak-heap=<bytes>}.
 *
 * <p>Arguments: {@code corpusDir outputDir maxBytes [near-limit.txt|near-limit.html]}; with the last
 * argument, a one-line document just below {@link MaxBytesRule#memoryLimit()} is written first.
 */
public final class BigInputMain {

  private BigInputMain() {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args[0]);
    if (args.length > 3) {
      long size = MaxBytesRule.memoryLimit() - 64;
      writeOneLine(corpus.resolve(args[3]), size, args[3].endsWith(".html"));
    }
    RuleConfig rules = RuleConfig.of(List.of(RuleSetting.parameters(MaxBytesRule.ID, Map.of("max", args[2]))));
    CorpusConfig config = new CorpusConfig(corpus, List.of(), List.of(),
        new ValidationConfig(StandardCharsets.UTF_8, rules), CleanerConfig.defaults());
    CleanResult result = CorpusCleaning.run(config, Path.of(args[1]));
    for (Finding f : result.validation().findings()) {
      System.out.println(f);
    }
    System.out.println("cleaned=" + result.manifest().entries().size());
    System.out.println("peak-heap=" + peakHeap());
  }

  /** Writes about {@code size} bytes of words on one line, inside one paragraph for HTML. */
  static void writeOneLine(Path file, long size, boolean html) throws IOException {
    byte[] words = "lorem ipsum dolor sit amet, consectetur adipiscing elit sed do eiusmod tempor "
        .getBytes(StandardCharsets.US_ASCII);
    byte[] open = html ? "<html><body><p>".getBytes(StandardCharsets.US_ASCII) : new byte[0];
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
      out.write(open);
      long written = open.length;
      while (written + words.length <= size) {
        out.write(words);
        written += words.length;
      }
    }
  }

  private static long peakHeap() {
    return java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }
}
