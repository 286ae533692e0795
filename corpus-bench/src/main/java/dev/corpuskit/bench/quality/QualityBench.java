package dev.corpuskit.bench.quality;

import dev.corpuskit.clean.CleanerConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Runs every extractor side by side over one or more benchmark sets (news-extraction, web-extraction)
 * and prints, per set, F1, precision and recall on the tuning and held-out parts (see
 * {@link Page#isTuning()}), the empty and failed pages of each part, and documents per second (median
 * over the passes).
 *
 * <p>Arguments: {@code --data DIR[,DIR...]} (required), {@code --passes N} (default 1), {@code --out DIR}
 * to write each extractor's predictions to {@code DIR/<set>/<extractor>/<id>.txt} (none for a failed
 * page), {@code --only a,b} to run some extractors; for the Readability.js peer, {@code --peers DIR}
 * (the folder whose {@code node_modules} holds its npm packages; default {@code corpus-bench/peers}),
 * {@code --readability-js FILE} (default {@code readability-js.mjs} beside the first set) and
 * {@code --node CMD} (default {@code node}). An extractor that cannot run here is listed as skipped.
 */
public final class QualityBench {

  private QualityBench() {}

  /** Every in-process extractor of the comparison, baseline first. */
  public static List<Extractor> extractors() {
    return List.of(new NaiveText(),
        new CorpuskitExtractor(CorpuskitExtractor.Mode.TEXT, CleanerConfig.defaults()),
        new CorpuskitExtractor(CorpuskitExtractor.Mode.HTML, CleanerConfig.defaults()),
        new BoilerpipeExtractor(), new Readability4JExtractor());
  }

  public static void main(String[] args) throws IOException {
    Map<String, String> options = options(args);
    List<Path> sets = Arrays.stream(options.getOrDefault("--data", "").split(",")).map(Path::of).toList();
    int passes = Integer.parseInt(options.getOrDefault("--passes", "1"));
    List<Extractor> extractors = new ArrayList<>(extractors());
    extractors.add(new ReadabilityJsExtractor(options.getOrDefault("--node", "node"),
        Path.of(options.getOrDefault("--readability-js",
            sets.get(0).toAbsolutePath().resolveSibling("readability-js.mjs").toString())),
        Path.of(options.getOrDefault("--peers", "corpus-bench/peers")), 20));
    if (options.containsKey("--only")) {
      List<String> only = Arrays.asList(options.get("--only").split(","));
      extractors.removeIf(e -> !only.contains(e.name()));
    }
    Map<Extractor, String> skipped = skipped(extractors);
    List<Extractor> runnable = new ArrayList<>(extractors);
    runnable.removeAll(skipped.keySet());
    for (Path data : sets) {
      List<Page> pages = BenchData.load(data);
      List<Result> results = run(runnable, pages, passes);
      if (options.containsKey("--out")) {
        write(Path.of(options.get("--out")).resolve(data.getFileName().toString()), pages, results);
      }
      print(System.out, data, pages, passes, results, skipped);
    }
  }

  /** The extractors of {@code extractors} that cannot run here, with the reason. */
  static Map<Extractor, String> skipped(List<Extractor> extractors) {
    Map<Extractor, String> skipped = new LinkedHashMap<>();
    for (Extractor extractor : extractors) {
      Optional<String> reason = extractor.unavailable();
      reason.ifPresent(r -> skipped.put(extractor, r));
    }
    return skipped;
  }

  /**
   * Runs {@code extractors} {@code passes} times, interleaved, and scores the first pass. An extractor
   * that is not {@link Extractor#repeatable()} runs in the first pass only.
   */
  public static List<Result> run(List<Extractor> extractors, List<Page> pages, int passes) {
    Map<Extractor, List<String>> outputs = new LinkedHashMap<>();
    Map<Extractor, long[]> nanos = new LinkedHashMap<>();
    extractors.forEach(e -> nanos.put(e, new long[e.repeatable() ? passes : 1]));
    for (int pass = 0; pass < passes; pass++) {
      for (Extractor extractor : extractors) {
        if (pass > 0 && !extractor.repeatable()) {
          continue;
        }
        long start = System.nanoTime();
        List<String> out = extractor.extract(pages);
        nanos.get(extractor)[pass] = System.nanoTime() - start;
        outputs.putIfAbsent(extractor, out);
      }
    }
    List<Result> results = new ArrayList<>();
    for (Extractor extractor : extractors) {
      long[] times = nanos.get(extractor).clone();
      Arrays.sort(times);
      double median = times.length % 2 == 1 ? times[times.length / 2]
          : (times[times.length / 2 - 1] + times[times.length / 2]) / 2.0;
      results.add(Result.of(extractor.name(), pages, outputs.get(extractor), pages.size() / (median / 1e9)));
    }
    return results;
  }

  static void write(Path out, List<Page> pages, List<Result> results) throws IOException {
    for (Result result : results) {
      Path dir = out.resolve(result.extractor());
      Files.createDirectories(dir);
      for (int i = 0; i < pages.size(); i++) {
        String text = result.outputs().get(i);
        if (text != null) {
          Files.writeString(dir.resolve(pages.get(i).id() + ".txt"), text, StandardCharsets.UTF_8);
        }
      }
    }
  }

  static void print(PrintStream out, Path data, List<Page> pages, int passes, List<Result> results,
      Map<Extractor, String> skipped) {
    long tuning = pages.stream().filter(Page::isTuning).count();
    out.printf(Locale.ROOT, "%s: %d pages in %s (tuning: %d, held-out: %d); speed: median of %d pass(es)%n%n",
        data.getFileName(), pages.size(), data, tuning, pages.size() - tuning, passes);
    out.println("| Extractor | Tuning F1 | P | R | empty | failed | Held-out F1 | P | R | empty | failed | All F1 | docs/s |");
    out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    for (Result r : results) {
      ShingleScore all = new ShingleScore();
      for (int i = 0; i < pages.size(); i++) {
        String text = r.outputs().get(i);
        all.add(pages.get(i).gold(), text == null ? "" : text);
      }
      out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %d | %d | %.3f | %.3f | %.3f | %d | %d | %.3f | %.1f |%n",
          r.extractor(), r.tuning().f1(), r.tuning().precision(), r.tuning().recall(),
          r.tuningCounts().empty(), r.tuningCounts().failed(),
          r.heldOut().f1(), r.heldOut().precision(), r.heldOut().recall(),
          r.heldOutCounts().empty(), r.heldOutCounts().failed(), all.f1(), r.docsPerSecond());
    }
    skipped.forEach((extractor, reason) ->
        out.printf(Locale.ROOT, "| %s | skipped: %s | | | | | | | | | | | |%n", extractor.name(), reason));
    out.println();
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected an option, found " + args[i]);
      }
      options.put(args[i], args[i + 1]);
    }
    return options;
  }
}
