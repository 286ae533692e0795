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

/**
 * Runs every extractor side by side over a news-extraction folder and prints F1, precision and recall
 * on the tuning and held-out parts, with documents per second (median over the passes).
 *
 * <p>Arguments: {@code --data DIR} (required), {@code --passes N} (default 1), {@code --out DIR} to
 * write each extractor's predictions to {@code DIR/<extractor>/<id>.txt}, {@code --only a,b} to run
 * some extractors.
 */
public final class QualityBench {

  private QualityBench() {}

  /** Every extractor of the comparison, baseline first. */
  public static List<Extractor> extractors() {
    return List.of(new NaiveText(),
        new CorpuskitExtractor(CorpuskitExtractor.Mode.TEXT, CleanerConfig.defaults()),
        new CorpuskitExtractor(CorpuskitExtractor.Mode.HTML, CleanerConfig.defaults()),
        new BoilerpipeExtractor(), new Readability4JExtractor());
  }

  public static void main(String[] args) throws IOException {
    Map<String, String> options = options(args);
    Path data = Path.of(options.getOrDefault("--data", ""));
    int passes = Integer.parseInt(options.getOrDefault("--passes", "1"));
    List<Extractor> extractors = new ArrayList<>(extractors());
    if (options.containsKey("--only")) {
      List<String> only = Arrays.asList(options.get("--only").split(","));
      extractors.removeIf(e -> !only.contains(e.name()));
    }
    List<Page> pages = BenchData.load(data);
    List<Result> results = run(extractors, pages, passes);
    if (options.containsKey("--out")) {
      write(Path.of(options.get("--out")), pages, results);
    }
    print(System.out, data, pages, passes, results);
  }

  /** Runs {@code extractors} {@code passes} times, interleaved, and scores the first pass. */
  public static List<Result> run(List<Extractor> extractors, List<Page> pages, int passes) {
    Map<Extractor, List<String>> outputs = new LinkedHashMap<>();
    Map<Extractor, long[]> nanos = new LinkedHashMap<>();
    extractors.forEach(e -> nanos.put(e, new long[passes]));
    for (int pass = 0; pass < passes; pass++) {
      for (Extractor extractor : extractors) {
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
        Files.writeString(dir.resolve(pages.get(i).id() + ".txt"), result.outputs().get(i), StandardCharsets.UTF_8);
      }
    }
  }

  private static void print(PrintStream out, Path data, List<Page> pages, int passes, List<Result> results) {
    long tuning = pages.stream().filter(Page::isTuning).count();
    out.printf(Locale.ROOT, "News extraction: %d pages in %s (tuning 0-b: %d, held-out c-f: %d); speed: median of %d pass(es)%n%n",
        pages.size(), data, tuning, pages.size() - tuning, passes);
    out.println("| Extractor | Tuning F1 | P | R | Held-out F1 | P | R | All F1 | docs/s |");
    out.println("|---|---|---|---|---|---|---|---|---|");
    for (Result r : results) {
      ShingleScore all = new ShingleScore();
      for (int i = 0; i < pages.size(); i++) {
        all.add(pages.get(i).gold(), r.outputs().get(i));
      }
      out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.0f |%n", r.extractor(),
          r.tuning().f1(), r.tuning().precision(), r.tuning().recall(),
          r.heldOut().f1(), r.heldOut().precision(), r.heldOut().recall(), all.f1(), r.docsPerSecond());
    }
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
