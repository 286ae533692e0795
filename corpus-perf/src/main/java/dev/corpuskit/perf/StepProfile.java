package dev.corpuskit.perf;

import dev.corpuskit.clean.Audit;
import dev.corpuskit.clean.Cleaner;
import dev.corpuskit.clean.CleaningStep;
import dev.corpuskit.clean.Line;
import dev.corpuskit.clean.RepeatedLines;
import dev.corpuskit.clean.StepCatalog;
import dev.corpuskit.clean.StepContext;
import dev.corpuskit.lang.Language;
import dev.corpuskit.parse.Format;
import dev.corpuskit.parse.ParsedDocument;
import dev.corpuskit.parse.Parsers;
import dev.corpuskit.source.SourceFile;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Where the core cleaner's time goes: the thread CPU time of parsing and of each cleaning step, run one
 * by one on every plain-text file below a folder, and of the whole cleaner (steps fused as it runs
 * them), for the last of several passes (the earlier ones warm the JIT up). Thread CPU is steadier
 * than wall time on a shared machine, but still moves by 10-20% between runs there: compare two builds
 * side by side, alternating, and read a step's own figure rather than the total.
 *
 * <p>{@code java -cp corpus-perf/target/benchmarks.jar dev.corpuskit.perf.StepProfile DIR [MAX_FILES] [PASSES=8]}
 * (for example {@code ../shared/bench/news-extraction/text}); the cleaner has no corpus profile, as
 * {@link Cleaner#withDefaults()}, so {@code corpus-repeated} does nothing.
 */
public final class StepProfile {

  private StepProfile() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: StepProfile DIR [MAX_FILES] [PASSES=8]");
      System.exit(2);
    }
    Path root = Path.of(args[0]);
    long limit = args.length > 1 ? Long.parseLong(args[1]) : Long.MAX_VALUE;
    int passes = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    List<SourceFile> files = new ArrayList<>();
    List<byte[]> contents = new ArrayList<>();
    long bytes = 0;
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt")).sorted()
          .limit(limit).toList()) {
        files.add(SourceFile.of(root, file));
        contents.add(Files.readAllBytes(file));
        bytes += contents.get(contents.size() - 1).length;
      }
    }
    StepContext context = new StepContext(Language.of(Language.ENGLISH), RepeatedLines.none());
    List<CleaningStep> steps = new ArrayList<>();
    for (StepCatalog.StepDefinition definition : StepCatalog.all()) {
      steps.add(definition.factory().apply(context));
    }
    Cleaner cleaner = Cleaner.withDefaults();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long parse = 0;
    long fused = 0;
    long[] byStep = new long[steps.size()];
    for (int pass = 0; pass < passes; pass++) {
      parse = 0;
      fused = 0;
      java.util.Arrays.fill(byStep, 0);
      for (int i = 0; i < files.size(); i++) {
        long start = threads.getCurrentThreadCpuTime();
        ParsedDocument document = Parsers.forFile(files.get(i)).orElseThrow()
            .parse(files.get(i), contents.get(i), StandardCharsets.UTF_8);
        parse += threads.getCurrentThreadCpuTime() - start;
        if (document.format() != Format.TEXT) {
          continue;
        }
        Audit audit = new Audit();
        List<Line> lines = Line.split(document.text());
        for (int s = 0; s < steps.size(); s++) {
          long before = threads.getCurrentThreadCpuTime();
          lines = steps.get(s).apply(lines, audit);
          byStep[s] += threads.getCurrentThreadCpuTime() - before;
        }
        long before = threads.getCurrentThreadCpuTime();
        cleaner.clean(document.text());
        fused += threads.getCurrentThreadCpuTime() - before;
      }
    }
    System.out.printf(Locale.ROOT, "%d files, %.1f MB, thread CPU of pass %d of %d (ms)%n", files.size(), bytes / 1e6,
        passes, passes);
    System.out.printf(Locale.ROOT, "%-24s %8.1f%n", "parse", parse / 1e6);
    long sum = 0;
    for (int s = 0; s < steps.size(); s++) {
      sum += byStep[s];
      System.out.printf(Locale.ROOT, "%-24s %8.1f%n", steps.get(s).id(), byStep[s] / 1e6);
    }
    System.out.printf(Locale.ROOT, "%-24s %8.1f%n%-24s %8.1f  (parse + clean: %.1f MB/s)%n", "steps one by one",
        sum / 1e6, "cleaner, fused", fused / 1e6, bytes / 1e6 / ((parse + fused) / 1e9));
  }
}
