package dev.corpuskit.bench.quality;

import dev.corpuskit.pipeline.CorpusBuild;
import dev.corpuskit.pipeline.CorpusConfig;
import dev.corpuskit.pipeline.RunOptions;
import dev.corpuskit.pipeline.RunSink;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.Severity;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Cleans the HTML pages of each benchmark set as {@code corpus:clean} does (default rules and steps,
 * every page a source file {@code <id>.html}) and tallies the findings by rule and severity, then
 * judges the four kinds that point at a fault of ours rather than of the page, using the gold:
 *
 * <ul>
 *   <li>{@code internal-error}: any;
 *   <li>{@code empty} on a page with text: the gold article has at least {@value #TEXT_WORDS} words;
 *   <li>{@code encoding} as an error on an HTML page: any (HTML is decoded as browsers do);
 *   <li>{@code duplicate} between pages whose articles differ: the two gold articles differ once
 *       spaces are collapsed.
 * </ul>
 *
 * <p>Arguments: {@code --data DIR[,DIR...]} (required), {@code --work DIR} (where the pages are
 * unpacked and cleaned; default a new temporary folder), {@code --list true} to name each page of the
 * four kinds.
 */
public final class FindingsBench {

  /** A gold article with this many words is text an extractor must not lose. */
  static final int TEXT_WORDS = 20;

  private static final Pattern DUPLICATE_OF = Pattern.compile("^duplicate of (.+?) \\(");

  private FindingsBench() {}

  /** What the findings of one set come to. */
  record Tally(Map<String, Integer> byRule, List<String> internalErrors, List<String> emptyWithText,
      List<String> encodingErrors, List<String> falseDuplicates, int pages) {}

  public static void main(String[] args) throws IOException {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    if (!options.containsKey("--data")) {
      throw new IllegalArgumentException("--data DIR[,DIR...] is required");
    }
    Path work = options.containsKey("--work") ? Path.of(options.get("--work"))
        : Files.createTempDirectory("corpuskit-findings");
    boolean list = Boolean.parseBoolean(options.getOrDefault("--list", "false"));
    for (String set : options.get("--data").split(",")) {
      Path data = Path.of(set);
      List<Page> pages = BenchData.load(data);
      Tally tally = tally(pages, work.resolve(data.getFileName().toString()));
      print(System.out, data.getFileName().toString(), tally, list);
    }
  }

  /** Unpacks {@code pages} into {@code work}, cleans them there and tallies the findings. */
  static Tally tally(List<Page> pages, Path work) throws IOException {
    Path sources = work.resolve("pages");
    Files.createDirectories(sources);
    Map<String, Page> byFile = new HashMap<>();
    for (Page page : pages) {
      String name = page.id() + ".html";
      Files.write(sources.resolve(name), page.html());
      byFile.put(name, page);
    }
    List<Finding> findings = new ArrayList<>();
    RunSink sink = new RunSink() {
      @Override
      public void finding(Finding finding) {
        findings.add(finding);
      }
    };
    // A second run over the same work folder cleans into the output the first one wrote and owns.
    CorpusBuild.clean(CorpusConfig.defaults(sources), RunOptions.defaults(), work.resolve("cleaned"),
        work.resolve("reports"), sink);
    Map<String, Integer> byRule = new TreeMap<>();
    List<String> internal = new ArrayList<>();
    List<String> empty = new ArrayList<>();
    List<String> encoding = new ArrayList<>();
    List<String> duplicates = new ArrayList<>();
    for (Finding finding : findings) {
      byRule.merge(finding.ruleId() + " " + finding.severity().name(), 1, Integer::sum);
      Page page = byFile.get(finding.file());
      String id = page == null ? finding.file() : page.id();
      switch (finding.ruleId()) {
        case "internal-error" -> internal.add(id + ": " + finding.message());
        case "empty" -> {
          if (page != null && words(page.gold()) >= TEXT_WORDS) {
            empty.add(id + " (gold " + words(page.gold()) + " words)");
          }
        }
        case "encoding" -> {
          if (finding.severity() == Severity.ERROR) {
            encoding.add(id + ": " + finding.message());
          }
        }
        case "duplicate" -> {
          Matcher first = DUPLICATE_OF.matcher(finding.message());
          Page other = first.find() ? byFile.get(first.group(1)) : null;
          if (page != null && other != null && !collapsed(page.gold()).equals(collapsed(other.gold()))) {
            duplicates.add(id + " and " + other.id());
          }
        }
        default -> { }
      }
    }
    return new Tally(byRule, internal, empty, encoding, duplicates, pages.size());
  }

  static void print(PrintStream out, String set, Tally tally, boolean list) {
    out.printf(Locale.ROOT, "%s: %d HTML pages cleaned with the default rules and steps%n%n", set, tally.pages());
    out.println("| Rule | Severity | Findings |");
    out.println("|---|---|---|");
    tally.byRule().forEach((rule, count) -> {
      String[] parts = rule.split(" ");
      out.printf(Locale.ROOT, "| %s | %s | %d |%n", parts[0], parts[1], count);
    });
    out.println();
    out.printf(Locale.ROOT, "Faults of ours: internal-error %d, empty on a page with text (gold >= %d words) %d,"
        + " encoding error on HTML %d, duplicate between different articles %d%n%n",
        tally.internalErrors().size(), TEXT_WORDS, tally.emptyWithText().size(), tally.encodingErrors().size(),
        tally.falseDuplicates().size());
    if (list) {
      Stream.of(tally.internalErrors(), tally.emptyWithText(), tally.encodingErrors(), tally.falseDuplicates())
          .flatMap(List::stream).forEach(line -> out.println("  " + line));
      out.println();
    }
  }

  static int words(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? 0 : stripped.split("[\\h\\s]+").length;
  }

  private static String collapsed(String text) {
    return text.replaceAll("[\\h\\s]+", " ").strip();
  }
}
