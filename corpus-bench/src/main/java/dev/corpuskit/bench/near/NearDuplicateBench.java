package dev.corpuskit.bench.near;

import dev.corpuskit.bench.near.BruteForce.ExactPair;
import dev.corpuskit.bench.near.Republished.Version;
import dev.corpuskit.bench.quality.BenchData;
import dev.corpuskit.bench.quality.CorpuskitExtractor;
import dev.corpuskit.bench.quality.Page;
import dev.corpuskit.clean.CleanerConfig;
import dev.corpuskit.near.NearDuplicateConfig;
import dev.corpuskit.near.NearDuplicateIndex;
import dev.corpuskit.near.Shingles;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Measures the near-duplicate index of the core with its defaults and prints Markdown tables for
 * BENCHMARKS.md:
 *
 * <ol>
 *   <li>against brute force: per set (each benchmark set's gold article bodies and the text the core's
 *       HTML extraction gives of its pages; a generated corpus with near-copy clusters), every pair's
 *       exact Jaccard, then the index's recall of the pairs at or above the threshold (0.8, the
 *       default, and 0.7), the pairs it reported below it, and its candidate pairs;
 *   <li>synthetic near-copies of the news-extraction articles ({@link Republished}): precision and
 *       recall of the pairs with the defaults, and recall against the share of words touched;
 *   <li>signing speed ({@link SigningSpeed}) on the real texts and a generated set, 1 and 2 threads.
 * </ol>
 *
 * <p>Arguments: {@code --data DIR[,DIR...]} (required; the first is the source of the articles of
 * part 2), {@code --generated N} (documents of the generated corpus of part 1, default 2000),
 * {@code --sign-generated N} (of part 3, default 50000), {@code --runs N} (timed signing passes, the
 * median is shown; default 3), {@code --threads 1,2}, {@code --copies N} (copies per article, default
 * 3), {@code --seed N} (default 20), {@code --parts 1,2,3}.
 */
public final class NearDuplicateBench {

  /** Articles shorter than this are left out of part 2: a site's header alone would outweigh them. */
  static final int MIN_ARTICLE_WORDS = 100;
  /** The shares of words touched in the noise-level table. */
  static final double[] LEVELS = {0, 0.005, 0.01, 0.02, 0.03, 0.04, 0.05};

  private NearDuplicateBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    if (!options.containsKey("--data")) {
      throw new IllegalArgumentException("--data DIR[,DIR...] is required");
    }
    List<Path> folders = Arrays.stream(options.get("--data").split(",")).map(Path::of).toList();
    long seed = Long.parseLong(options.getOrDefault("--seed", "20"));
    Set<String> parts = Set.of(options.getOrDefault("--parts", "1,2,3").split(","));
    PrintStream out = System.out;

    Map<String, List<Page>> pages = new LinkedHashMap<>();
    Map<String, List<Doc>> sets = new LinkedHashMap<>();
    for (Path folder : folders) {
      String name = folder.getFileName().toString();
      pages.put(name, BenchData.load(folder));
      sets.put(name, documents(pages.get(name)));
    }
    List<Doc> generated = new GeneratedCorpus(seed).documents(Integer.parseInt(options.getOrDefault("--generated", "2000")));

    if (parts.contains("1")) {
      Map<String, List<Doc>> all = new LinkedHashMap<>(sets);
      all.put("generated (seed " + seed + ")", generated);
      bruteForce(out, all);
    }
    if (parts.contains("2")) {
      List<Doc> articles = articles(pages.get(folders.get(0).getFileName().toString()));
      republished(out, folders.get(0).getFileName().toString(), articles, seed,
          Integer.parseInt(options.getOrDefault("--copies", "3")));
    }
    if (parts.contains("3")) {
      List<String> real = new ArrayList<>();
      sets.values().forEach(s -> s.forEach(d -> real.add(d.text())));
      int n = Integer.parseInt(options.getOrDefault("--sign-generated", "50000"));
      List<String> synthetic = new GeneratedCorpus(seed).documents(n).stream().map(Doc::text).toList();
      int[] threads = Arrays.stream(options.getOrDefault("--threads", "1,2").split(",")).mapToInt(Integer::parseInt)
          .toArray();
      int runs = Integer.parseInt(options.getOrDefault("--runs", "3"));
      signing(out, String.join(" + ", sets.keySet()) + " texts", real, "generated (seed " + seed + ")", synthetic,
          threads, runs);
    }
  }

  /**
   * The documents of a benchmark set: each page's gold article body ({@code gold/<id>}) and the text
   * the core's HTML extraction and cleaning give of it ({@code html/<id>}; none for a page that fails).
   */
  public static List<Doc> documents(List<Page> pages) {
    List<String> extracted = new CorpuskitExtractor(CorpuskitExtractor.Mode.HTML, CleanerConfig.defaults())
        .extract(pages);
    List<Doc> docs = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      docs.add(new Doc("gold/" + pages.get(i).id(), pages.get(i).gold()));
      if (extracted.get(i) != null) {
        docs.add(new Doc("html/" + pages.get(i).id(), extracted.get(i)));
      }
    }
    return docs;
  }

  /** The gold article bodies of {@code pages} of at least {@value #MIN_ARTICLE_WORDS} words. */
  static List<Doc> articles(List<Page> pages) {
    return pages.stream().filter(p -> Noise.words(p.gold()) >= MIN_ARTICLE_WORDS)
        .map(p -> new Doc(p.id(), p.gold())).toList();
  }

  /** Part 1 over one set: the brute-force truth and the index at the default threshold and at 0.7. */
  public static List<Comparison.Row> compare(String set, List<Doc> docs) throws Exception {
    NearDuplicateConfig defaults = NearDuplicateConfig.DEFAULTS;
    // What a user gets who sets only the threshold: the bands and rows follow it.
    NearDuplicateConfig low = NearDuplicateConfig.forThreshold(defaults.shingleWords(), 0.7);
    List<ExactPair> truth = BruteForce.pairs(docs, defaults.shingleWords(), low.threshold());
    return List.of(
        Comparison.compare(set, docs.size(), truth, IndexRun.run(docs, defaults), defaults.threshold()),
        Comparison.compare(set, docs.size(), truth, IndexRun.run(docs, low), low.threshold()));
  }

  static void bruteForce(PrintStream out, Map<String, List<Doc>> sets) throws Exception {
    NearDuplicateConfig d = NearDuplicateConfig.DEFAULTS;
    NearDuplicateConfig low = NearDuplicateConfig.forThreshold(d.shingleWords(), 0.7);
    out.printf(Locale.ROOT, "### Against brute force (%d-word shingles; %d bands x %d rows at %.1f, %d x %d at %.1f)%n%n",
        d.shingleWords(), d.bands(), d.rows(), d.threshold(), low.bands(), low.rows(), low.threshold());
    out.println("| Set | Documents | Pairs compared | Threshold | Pairs >= threshold | Found | Recall"
        + " | Same cluster | Reported below threshold | Candidates |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    int[] bucketPairs = new int[Comparison.BUCKETS.length];
    int[] bucketFound = new int[Comparison.BUCKETS.length];
    int[] bucketFoundLow = new int[Comparison.BUCKETS.length];
    List<String> timings = new ArrayList<>();
    for (Map.Entry<String, List<Doc>> set : sets.entrySet()) {
      long start = System.nanoTime();
      List<Comparison.Row> rows = compare(set.getKey(), set.getValue());
      timings.add(String.format(Locale.ROOT, "%s %.1f s", set.getKey(), (System.nanoTime() - start) / 1e9));
      long n = set.getValue().size();
      for (Comparison.Row row : rows) {
        out.printf(Locale.ROOT, "| %s | %d | %,d | %.1f | %d | %d | %.2f%% | %d | %d | %,d |%n", row.set(),
            row.documents(), n * (n - 1) / 2, row.threshold(), row.expected(), row.found(), 100 * row.recall(),
            row.sameCluster(), row.reportedBelow(), row.candidates());
      }
      for (int b = 0; b < bucketPairs.length; b++) {
        bucketPairs[b] += rows.get(1).bucketPairs()[b]; // every pair >= 0.7
        bucketFound[b] += rows.get(0).bucketFound()[b];
        bucketFoundLow[b] += rows.get(1).bucketFound()[b];
      }
    }
    out.println();
    out.println("Brute force plus both index runs: " + String.join(", ", timings) + ".");
    out.println();
    out.printf(Locale.ROOT, "Recall by exact Jaccard, all sets, beside the LSH candidate probability 1 - (1 - s^r)^b at the"
        + " bucket's lower bound, for %d x %d (threshold 0.8: nothing below it is reported) and %d x %d (threshold 0.7):%n",
        d.bands(), d.rows(), low.bands(), low.rows());
    out.println();
    out.printf(Locale.ROOT, "| Exact Jaccard | Pairs | Found %1$d x %2$d | Recall | Probability | Found %3$d x %4$d"
        + " | Recall | Probability |%n", d.bands(), d.rows(), low.bands(), low.rows());
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
    for (int b = 0; b < bucketPairs.length; b++) {
      double lower = Comparison.BUCKETS[b];
      String range = b + 1 < Comparison.BUCKETS.length
          ? String.format(Locale.ROOT, "[%.2f, %.2f)", lower, Comparison.BUCKETS[b + 1])
          : String.format(Locale.ROOT, "[%.2f, 1]", lower);
      String atDefaults = lower < d.threshold() ? "| – | – | – |" : String.format(Locale.ROOT, "| %d | %.2f%% | %.3f |",
          bucketFound[b], 100 * new PairScore(bucketFound[b], 0, bucketPairs[b] - bucketFound[b]).recall(),
          Comparison.candidateProbability(lower, d.bands(), d.rows()));
      out.printf(Locale.ROOT, "| %s | %d %s %d | %.2f%% | %.3f |%n", range, bucketPairs[b], atDefaults, bucketFoundLow[b],
          100 * new PairScore(bucketFoundLow[b], 0, bucketPairs[b] - bucketFoundLow[b]).recall(),
          Comparison.candidateProbability(lower, low.bands(), low.rows()));
    }
    out.println();
  }

  static void republished(PrintStream out, String set, List<Doc> articles, long seed, int copies) throws Exception {
    NearDuplicateConfig d = NearDuplicateConfig.DEFAULTS;
    Republished republished = new Republished(articles, seed);
    List<Version> versions = republished.withinBound(copies);
    List<ExactPair> originalPairs = BruteForce.pairs(articles, d.shingleWords(), d.threshold());
    RepublishedScore.Score score = RepublishedScore.score(versions, IndexRun.run(
        versions.stream().map(Version::doc).toList(), d), d.shingleWords(), d.threshold());
    out.printf(Locale.ROOT, "### Synthetic near-copies of %d %s articles (%d copies each, seed %d, defaults)%n%n",
        articles.size(), set, copies, seed);
    out.printf(Locale.ROOT, "%d documents; pairs of distinct originals with exact Jaccard >= %.1f: %d.%n%n",
        versions.size(), d.threshold(), originalPairs.size());
    out.println("| Pairs to find | Pairs | Mean exact Jaccard | Lowest | Exact Jaccard >= 0.8 | Found | Recall |");
    out.println("|---|---:|---:|---:|---:|---:|---:|");
    for (RepublishedScore.ClassRow row : score.classes()) {
      out.printf(Locale.ROOT, "| %s | %d | %.3f | %.3f | %d | %d | %.2f%% |%n", label(row.pairClass()), row.pairs(),
          row.meanJaccard(), row.minJaccard(), row.atThreshold(), row.found(),
          100 * new PairScore(row.found(), 0, row.pairs() - row.found()).recall());
    }
    PairScore pairs = score.pairs();
    out.println();
    out.printf(Locale.ROOT, "Reported pairs %d: %d to find, %d of different articles, %d of one article beyond the bound"
        + " (not counted). **Precision %.4f, recall %.4f, F1 %.4f.**%n%n", score.reported(), pairs.truePositives(),
        pairs.falsePositives(), score.beyondBound(), pairs.precision(), pairs.recall(), pairs.f1());
    int copyOriginal = 0;
    int copyOriginalFound = 0;
    int reachable = 0;
    for (RepublishedScore.ClassRow row : score.classes()) {
      if (row.pairClass() != RepublishedScore.PairClass.COPY_COPY) {
        copyOriginal += row.pairs();
        copyOriginalFound += row.found();
      }
      reachable += row.atThreshold();
    }
    // A found pair is always at or above the threshold: the index confirms each by its exact Jaccard.
    int reachableFound = (int) pairs.truePositives();
    out.printf(Locale.ROOT, "Copy-original pairs alone: recall %.4f (%d of %d). Of the pairs to find whose exact"
        + " Jaccard reaches %.1f (the most an exact check at that threshold can report), the index found %d of %d"
        + " (%.2f%%).%n%n", new PairScore(copyOriginalFound, 0, copyOriginal - copyOriginalFound).recall(),
        copyOriginalFound, copyOriginal, d.threshold(), reachableFound, reachable,
        100 * new PairScore(reachableFound, 0, reachable - reachableFound).recall());

    out.printf(Locale.ROOT, "Recall against noise: each article, framed, once with a share of its words substituted"
        + " and once with that share given OCR errors; copy-original pairs (%d per column):%n%n", articles.size());
    out.println("| Words touched | Substituted: mean exact Jaccard | >= 0.8 | Recall | OCR: mean exact Jaccard | >= 0.8"
        + " | Recall | Precision |");
    out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (double level : LEVELS) {
      List<Version> leveled = republished.atLevel(level);
      NearDuplicateIndex.Result result = IndexRun.run(leveled.stream().map(Version::doc).toList(), d);
      out.printf(Locale.ROOT, "| %.1f%% | %s | %s | %.4f |%n", 100 * level,
          levelColumns(leveled, result, Republished.Kind.SUBSTITUTED, d),
          levelColumns(leveled, result, Republished.Kind.OCR, d), levelPrecision(leveled, result));
    }
    out.println();
  }

  private static String label(RepublishedScore.PairClass c) {
    return switch (c) {
      case TOUCHED_COPY_ORIGINAL -> "touched copy - original (<= 2% of words)";
      case CUT_COPY_ORIGINAL -> "cut copy - original (<= 10% of words)";
      case COPY_COPY -> "copy - copy (budgets add up to <= 1)";
    };
  }

  /** Mean exact Jaccard, share at or above the threshold and recall of the copy-original pairs of one kind. */
  private static String levelColumns(List<Version> versions, NearDuplicateIndex.Result result, Republished.Kind kind,
      NearDuplicateConfig config) {
    Set<String> reported = new HashSet<>();
    result.pairs().forEach(p -> reported.add(ExactPair.key(p.first(), p.second())));
    Map<Integer, Version> originals = new HashMap<>();
    versions.stream().filter(v -> v.edit() == Republished.Edit.ORIGINAL).forEach(v -> originals.put(v.article(), v));
    String suffix = "~" + kind.ordinal();
    int pairs = 0;
    int atThreshold = 0;
    int found = 0;
    double sum = 0;
    for (Version copy : versions) {
      if (!copy.doc().id().endsWith(suffix)) {
        continue;
      }
      Version original = originals.get(copy.article());
      double jaccard = Shingles.jaccard(Shingles.hashes(copy.doc().text(), config.shingleWords()),
          Shingles.hashes(original.doc().text(), config.shingleWords()));
      pairs++;
      sum += jaccard;
      atThreshold += jaccard >= config.threshold() ? 1 : 0;
      found += reported.contains(ExactPair.key(copy.doc().id(), original.doc().id())) ? 1 : 0;
    }
    return String.format(Locale.ROOT, "%.3f | %.1f%% | %.2f%%", sum / pairs, 100.0 * atThreshold / pairs,
        100.0 * found / pairs);
  }

  /** The share of the reported pairs that come from one article. */
  private static double levelPrecision(List<Version> versions, NearDuplicateIndex.Result result) {
    Map<String, Integer> article = new HashMap<>();
    versions.forEach(v -> article.put(v.doc().id(), v.article()));
    long wrong = result.pairs().stream()
        .filter(p -> !article.get(p.first()).equals(article.get(p.second()))).count();
    return new PairScore(result.pairs().size() - wrong, wrong, 0).precision();
  }

  static void signing(PrintStream out, String realName, List<String> real, String generatedName,
      List<String> generated, int[] threads, int runs) throws Exception {
    NearDuplicateConfig d = NearDuplicateConfig.DEFAULTS;
    out.printf(Locale.ROOT, "### Signing speed (Signer.sign, defaults; median of %d passes after a warm-up; %d cores,"
        + " load average %.1f at the start)%n%n", runs, Runtime.getRuntime().availableProcessors(),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    out.println("| Texts | Documents | MB (UTF-8) | Threads | Wall per pass | CPU per document | MB per CPU second"
        + " | MB/s per thread (wall) | Shingling alone, CPU per document |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (int k = 0; k < 2; k++) {
      List<String> texts = k == 0 ? real : generated;
      for (int t : threads) {
        SigningSpeed.Speed speed = SigningSpeed.measure(texts, d, t, runs);
        SigningSpeed.Speed shingling = SigningSpeed.shingling(texts, d, t, runs);
        out.printf(Locale.ROOT, "| %s | %,d | %.1f | %d | %.2f s | %.0f us | %.2f | %.2f | %.0f us |%n",
            k == 0 ? realName : generatedName, speed.documents(), speed.bytes() / 1e6, t, speed.medianNanos() / 1e9,
            speed.cpuMicrosPerDocument(), speed.megabytesPerCpuSecond(), speed.megabytesPerSecondPerThread(),
            shingling.cpuMicrosPerDocument());
      }
    }
    out.println();
  }
}
