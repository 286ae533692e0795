package dev.corpuskit.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.clean.Cleaner;
import dev.corpuskit.clean.RepeatedLines;
import dev.corpuskit.describe.CorpusDescription;
import dev.corpuskit.describe.DataPackageJson;
import dev.corpuskit.format.CorpusInfo;
import dev.corpuskit.format.CorpusLayout;
import dev.corpuskit.format.License;
import dev.corpuskit.format.Manifest;
import dev.corpuskit.format.ManifestEntry;
import dev.corpuskit.parse.HtmlParser;
import dev.corpuskit.parse.PlainTextParser;
import dev.corpuskit.source.SourceFile;
import dev.corpuskit.testing.LinearGrowth;
import dev.corpuskit.validate.DocumentRule;
import dev.corpuskit.validate.Reporter;
import dev.corpuskit.quality.FineWebQuality;
import dev.corpuskit.quality.GopherQuality;
import dev.corpuskit.quality.GopherRepetition;
import dev.corpuskit.validate.RuleParameters;
import dev.corpuskit.validate.rules.C4Rule;
import dev.corpuskit.validate.rules.DuplicateRule;
import dev.corpuskit.validate.rules.MarkupRule;
import dev.corpuskit.validate.rules.MojibakeRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A pathological input for every java.util.regex in the main code (user patterns run on RE2/J): the
 * cost of each grows linearly with its size ({@link LinearGrowth}: the cost at 4n against n, never a
 * wall-clock limit, so that a busy machine does not fail the build while a backtracking regex does).
 * A second test fails when a main class starts using java.util.regex without being added here.
 */
class RegexBacktrackingTest {

  /** The smaller input's size in characters: enough to measure, and small enough that a quadratic run ends. */
  private static final int N = 8 * 1024;
  private static final Path ROOT = Path.of("corpus");
  /** Built once: what it costs to build is the same at any size, and would hide the growth. */
  private static final Cleaner CLEANER = Cleaner.withDefaults();
  /** With the opt-in steps, which bring regular expressions of their own. */
  private static final Cleaner OPT_IN = new Cleaner(
      dev.corpuskit.clean.CleanerConfig.defaults().withOptInSteps(java.util.Set.of("c4", "pii"), Map.of()));

  /** The main classes that use java.util.regex (or String methods built on it), each covered below. */
  private static final List<String> COVERED = List.of(
      "clean/steps/HtmlEntitiesStep.java", "clean/steps/PersonalDataStep.java", "lang/Language.java",
      "parse/BlockCollector.java",
      "describe/CorpusDescription.java", "describe/DataPackageJson.java", "format/CorpusInfo.java",
      "format/CorpusLayout.java", "pack/Packager.java",
      "validate/rules/MarkupRule.java", "validate/rules/MojibakeRule.java",
      "validate/rules/PatternReport.java");

  /** A hostile text of about {@code n} characters. */
  record Hostile(String name, IntFunction<String> text) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** {@code unit} repeated to about {@code n} characters. */
  private static String times(String unit, int n) {
    return unit.repeat(Math.max(1, n / unit.length()));
  }

  static Stream<Hostile> hostileTexts() {
    return Stream.of(
        new Hostile("spaces then x", n -> times(" ", n) + "x"), // CollapseSpacesStep, whitespace replaceAll
        new Hostile("tabs and spaces then nbsp", n -> times("\t ", n) + "\u00A0x"), // [\h\s]+ runs
        new Hostile("ampersands", n -> times("&", n)), // HtmlEntitiesStep, MarkupRule entities
        new Hostile("&# never closed", n -> times("&#", n)), // entities that never close
        new Hostile("&a never closed", n -> times("&a", n) + "1"),
        new Hostile("<p  never closed", n -> times("<p ", n)), // MarkupRule tag with attributes, never closed
        new Hostile("<div  with long attributes", n -> times("<div " + "a".repeat(199), n)),
        new Hostile("mojibake leads", n -> times("\u00E2\u20AC", n)), // MojibakeRule leads without continuation
        new Hostile("A tildes", n -> times("\u00C3", n)),
        new Hostile("a,", n -> times("a,", n)), // orphan punctuation
        new Hostile("commas", n -> times(", ", n)),
        new Hostile("boilerplate lines", n -> times("cookie " + "x ".repeat(150) + "\n", n)), // near the length cap
        new Hostile("line separators", n -> times("\r\n", n / 2) + times("\u2028", n / 2)), // RepeatedLines \\R
        new Hostile("<h1>", n -> times("<h1>", n)), // BlockCollector headings
        new Hostile("newline runs", n -> times(" \n ", n)),
        new Hostile("a period then spaces", n -> "x." + times(" ", n) + "x"), // NltkWords final period
        new Hostile("a period then closers and spaces", n -> "x." + times(") ", n) + "x"),
        new Hostile("sentences", n -> times("Ab. ", n)), // NltkWords sentence splitting
        new Hostile("closing quotes then spaces", n -> "x. " + times("\" ", n) + "y"),
        new Hostile("quotes and clitics", n -> times("'a can't \"", n)),
        new Hostile("a-a-a then @", n -> times("a-", n) + "@x"), // pii: e-mail local part from each boundary
        new Hostile("a.a.a then @", n -> times("a.", n) + "@x"),
        new Hostile("@a-a-a never dotted", n -> "x@" + times("a-", n)), // pii: domain labels
        new Hostile("+1 1 1 1", n -> times("+1 1 ", n)), // pii: phone groups
        new Hostile("dotted digits", n -> times("1.2.", n)), // pii: IP octets
        new Hostile("nested citation marks", n -> times("[", n / 2) + times("]", n / 2) + "."), // c4
        new Hostile("digits then closing brackets", n -> "[" + times("1", n / 2) + times("]", n / 2) + "."),
        new Hostile("sentence ends", n -> times("Mr. a. ", n)));
  }

  @ParameterizedTest
  @MethodSource("hostileTexts")
  void validationAndCleaningStayLinear(Hostile hostile) {
    LinearGrowth.assertLinear(hostile.name(), N, n -> validateAndClean(hostile.text().apply(n)));
  }

  /** Everything that runs a java.util.regex on a document's text. */
  private static void validateAndClean(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    var document = new PlainTextParser().parse(new SourceFile(ROOT, "t.txt"), bytes, StandardCharsets.UTF_8);
    for (DocumentRule rule : List.of(new MarkupRule(), new MojibakeRule(), new DuplicateRule(),
        new C4Rule(new RuleParameters(C4Rule.ID, Map.of())))) {
      rule.check(document, new Reporter() {
        @Override
        public void report(int line, int column, String message) {}

        @Override
        public void reportAtByte(long byteOffset, int line, int column, String message) {}
      });
    }
    assertThat(RepeatedLines.Miner.keysOf(text)).isNotNull();
    assertThat(new GopherQuality(GopherQuality.DEFAULTS).measure(text)).isNotNull();
    assertThat(new GopherRepetition(GopherRepetition.DEFAULTS).measure(text)).isNotNull();
    assertThat(new FineWebQuality(FineWebQuality.DEFAULTS).measure(text)).isNotNull();
    String cleaned = CLEANER.clean(text).text();
    assertThat(cleaned).isNotNull();
    assertThat(OPT_IN.clean(text).text()).isNotNull();
    var html = new HtmlParser().parse(new SourceFile(ROOT, "t.html"), bytes, StandardCharsets.UTF_8);
    assertThat(html.text()).isNotNull();
  }

  @Test
  void namesAndPathsStayLinear() {
    LinearGrowth.assertLinear("a drive letter with many colons", 4 * N,
        n -> assertThat(CorpusLayout.isSafeRelativePath("C" + ":".repeat(n))).isFalse());
    LinearGrowth.assertLinear("a path of many empty segments", 4 * N,
        n -> assertThat(CorpusLayout.isSafeRelativePath("a/".repeat(n / 2))).isFalse());
    LinearGrowth.assertLinear("a long invalid artifactId", 4 * N, n -> {
      String longName = "a".repeat(n) + "!";
      try {
        CorpusInfo.of("g", longName, "1");
      } catch (IllegalArgumentException expected) {
        assertThat(expected).hasMessageContaining("!");
      }
    });
  }

  @Test
  void descriptorsStayLinear() {
    LinearGrowth.assertLinear("runs of punctuation in the metadata", N, n -> {
      String runs = "A! ".repeat(n / 3);
      CorpusInfo info = new CorpusInfo("g", "a", "1", null, runs + "\t \n".repeat(n / 3), null,
          List.of(new License(runs, null)), List.of());
      Manifest manifest = new Manifest(List.of(new ManifestEntry(runs, "d.txt", 1, 1, "00", "00")));
      CorpusDescription description = new CorpusDescription(info, manifest, Instant.EPOCH, null);
      assertThat(description.oneParagraphDescription()).doesNotContain("\t");
      String json;
      try {
        json = new String(DataPackageJson.write(description), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      assertThat(json).contains("\"name\": \"a-a-", "\"name\": \"A-A-");
    });
  }

  @Test
  void everyMainClassUsingJavaRegexIsCovered() throws IOException {
    List<String> users = new ArrayList<>();
    // The core and the corpus format it builds on (corpus-reader).
    for (Path main : List.of(Path.of("src/main/java/dev/corpuskit"), Path.of("../corpus-reader/src/main/java/dev/corpuskit"))) {
      try (Stream<Path> files = Files.walk(main)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          String source = Files.readString(file);
          if (source.contains("java.util.regex") || source.matches("(?s).*\\.(replaceAll|replaceFirst|split|matches)\\(\".*")) {
            users.add(main.relativize(file).toString().replace('\\', '/'));
          }
        }
      }
    }
    assertThat(users).as("add a pathological input above for each new user, then list it in COVERED")
        .containsExactlyInAnyOrderElementsOf(COVERED);
  }

}
