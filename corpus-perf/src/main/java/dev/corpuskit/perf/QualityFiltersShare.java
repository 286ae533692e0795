package dev.corpuskit.perf;

import dev.corpuskit.clean.CleanerConfig;
import dev.corpuskit.pipeline.CorpusBuild;
import dev.corpuskit.pipeline.CorpusConfig;
import dev.corpuskit.pipeline.RunOptions;
import dev.corpuskit.pipeline.RunSink;
import dev.corpuskit.pipeline.RunSummary;
import dev.corpuskit.validate.RuleAction;
import dev.corpuskit.validate.RuleConfig;
import dev.corpuskit.validate.RuleSetting;
import dev.corpuskit.validate.Severity;
import dev.corpuskit.validate.ValidationConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Measures what the quality filters add to a cold clean, as the clean goal runs it (no cache): each
 * round cleans the corpus into fresh folders with the defaults and with every quality rule set on
 * ({@code gopher-quality}, {@code gopher-repetition}, {@code fineweb}, {@code c4}, {@code language},
 * each at WARNING with {@code <action>drop</action>}, as a user filtering a corpus would run them) and
 * the opt-in cleaning steps {@code c4} and {@code pii}. With {@code --each}, a round also cleans with
 * each rule set and each of the two steps alone, so that the share of each is known. The order of the
 * configurations alternates per round so that none always runs on a warmer machine; the last lines
 * give the medians and their ratio to the defaults. Outputs are deleted only at the end, as in
 * {@link NearDuplicateShare} (see BENCHMARKS.md, "Kernel time").
 *
 * <pre>java -cp benchmarks.jar dev.corpuskit.perf.QualityFiltersShare CORPUS_DIR WORK_DIR [ROUNDS=3] [THREADS] [--each] [--report] [--only=NAME,...]</pre>
 *
 * <p>{@code --report} keeps the documents (action report) instead of dropping them; {@code --only}
 * runs only the configurations named (as printed on the first line), for a profile of one.
 */
public final class QualityFiltersShare {

  /** The rule sets of the quality filters, in catalogue order. */
  public static final List<String> RULES = List.of("c4", "language", "gopher-quality", "gopher-repetition", "fineweb");
  /** The opt-in cleaning steps of the quality filters. */
  public static final List<String> STEPS = List.of("pii", "c4");
  /** The name of the configuration with the defaults. */
  public static final String DEFAULTS = "defaults";
  /** The name of the configuration with every rule set and step on. */
  public static final String ALL = "all";

  private QualityFiltersShare() {}

  public static void main(String[] args) throws IOException {
    List<String> positional = new ArrayList<>();
    boolean each = false;
    RuleAction action = RuleAction.DROP;
    Set<String> only = null;
    for (String arg : args) {
      if (arg.startsWith("--only=")) {
        only = Set.of(arg.substring("--only=".length()).split(","));
      } else if (arg.equals("--each")) {
        each = true;
      } else if (arg.equals("--report")) {
        action = RuleAction.REPORT;
      } else {
        positional.add(arg);
      }
    }
    if (positional.size() < 2) {
      System.err.println(
          "usage: QualityFiltersShare CORPUS_DIR WORK_DIR [ROUNDS=3] [THREADS] [--each] [--report] [--only=NAME,...]");
      System.exit(2);
    }
    Path corpus = Path.of(positional.get(0));
    Path work = Path.of(positional.get(1));
    int rounds = positional.size() > 2 ? Integer.parseInt(positional.get(2)) : 3;
    RunOptions options = positional.size() > 3
        ? RunOptions.defaults().withThreads(Integer.parseInt(positional.get(3))) : RunOptions.defaults();
    Map<String, CorpusConfig> configs = configurations(corpus, action, each);
    if (only != null) {
      configs.keySet().retainAll(only);
    }
    System.out.printf(Locale.ROOT, "%d threads, action %s, configurations %s%n", options.threads(), action.id(),
        configs.keySet());
    Map<String, List<Long>> times = new LinkedHashMap<>();
    configs.keySet().forEach(name -> times.put(name, new ArrayList<>()));
    for (int round = 1; round <= rounds; round++) {
      List<String> order = new ArrayList<>(configs.keySet());
      if (round % 2 == 0) {
        Collections.reverse(order);
      }
      for (String name : order) {
        Path dir = work.resolve("quality-share-" + round + "-" + name);
        if (Files.exists(dir)) {
          throw new IllegalStateException(dir + " exists: give an empty WORK_DIR");
        }
        long start = System.nanoTime();
        CorpusBuild.Result result = CorpusBuild.clean(configs.get(name), options, dir.resolve("out"),
            dir.resolve("reports"), new RunSink() {});
        long millis = (System.nanoTime() - start) / 1_000_000;
        times.get(name).add(millis);
        RunSummary summary = result.summary();
        System.out.printf(Locale.ROOT, "round %d, %s: %d documents, %d cleaned in %d ms; dropped %d %s%n", round,
            name, summary.validation().documents(), summary.cleaned(), millis, summary.drops().documents(),
            summary.drops().byRule());
      }
    }
    long base = times.containsKey(DEFAULTS) ? ColdRuns.median(times.get(DEFAULTS)) : 1;
    for (Map.Entry<String, List<Long>> entry : times.entrySet()) {
      long median = ColdRuns.median(entry.getValue());
      System.out.printf(Locale.ROOT, "median of %d: %s %d ms %s: %+.1f%%%n", rounds, entry.getKey(), median,
          entry.getValue(), 100.0 * (median - base) / base);
    }
    for (int round = 1; round <= rounds; round++) {
      for (String name : configs.keySet()) {
        ColdRuns.delete(work.resolve("quality-share-" + round + "-" + name));
      }
    }
  }

  /**
   * The configurations measured, by name: {@value #DEFAULTS}, {@value #ALL} (every rule set with
   * {@code action}, every step), and with {@code each} one per rule set ({@code rule-<id>}) and per
   * step ({@code step-<id>}) alone.
   */
  public static Map<String, CorpusConfig> configurations(Path corpus, RuleAction action, boolean each) {
    Map<String, CorpusConfig> configs = new LinkedHashMap<>();
    configs.put(DEFAULTS, config(corpus, List.of(), Set.of(), action));
    configs.put(ALL, config(corpus, RULES, Set.copyOf(STEPS), action));
    if (each) {
      for (String rule : RULES) {
        configs.put("rule-" + rule, config(corpus, List.of(rule), Set.of(), action));
      }
      for (String step : STEPS) {
        configs.put("step-" + step, config(corpus, List.of(), Set.of(step), action));
      }
    }
    return configs;
  }

  /** The default configuration with {@code rules} at WARNING with {@code action}, and {@code steps} on. */
  private static CorpusConfig config(Path corpus, List<String> rules, Set<String> steps, RuleAction action) {
    CorpusConfig defaults = CorpusConfig.defaults(corpus);
    List<RuleSetting> settings = new ArrayList<>();
    for (String rule : rules) {
      settings.add(RuleSetting.severity(rule, Severity.WARNING).withAction(action));
    }
    ValidationConfig validation = new ValidationConfig(defaults.validation().charset(), RuleConfig.of(settings));
    CleanerConfig cleaning = defaults.cleaning().withOptInSteps(steps, Map.of());
    return new CorpusConfig(corpus, List.of(), List.of(".complete"), validation, cleaning);
  }
}
