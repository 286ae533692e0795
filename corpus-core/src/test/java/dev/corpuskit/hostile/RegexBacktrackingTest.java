package dev.corpuskit.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.corpuskit.clean.Cleaner;
import dev.corpuskit.pack.CorpusInfo;
import dev.corpuskit.pack.CorpusLayout;
import dev.corpuskit.parse.HtmlParser;
import dev.corpuskit.parse.PlainTextParser;
import dev.corpuskit.source.SourceFile;
import dev.corpuskit.validate.DocumentRule;
import dev.corpuskit.validate.Reporter;
import dev.corpuskit.validate.rules.DuplicateRule;
import dev.corpuskit.validate.rules.MarkupRule;
import dev.corpuskit.validate.rules.MojibakeRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.time.Instant;
import dev.corpuskit.clean.RepeatedLines;
import dev.corpuskit.describe.CorpusDescription;
import dev.corpuskit.describe.DataPackageJson;
import dev.corpuskit.pack.License;
import dev.corpuskit.pack.Manifest;
import dev.corpuskit.pack.ManifestEntry;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A pathological input for every java.util.regex in the main code (user patterns run on RE2/J): each
 * 1 MB input is handled within a few seconds. A second test fails when a main class starts using
 * java.util.regex without being added here.
 */
class RegexBacktrackingTest {

  private static final int MB = 1 << 20;
  private static final Path ROOT = Path.of("corpus");

  /** The main classes that use java.util.regex (or String methods built on it), each covered below. */
  private static final List<String> COVERED = List.of(
      "clean/steps/HtmlEntitiesStep.java", "clean/Language.java",
      "parse/BlockCollector.java",
      "describe/CorpusDescription.java", "describe/DataPackageJson.java", "pack/CorpusInfo.java",
      "pack/CorpusLayout.java", "pack/Packager.java",
      "validate/rules/MarkupRule.java", "validate/rules/MojibakeRule.java",
      "validate/rules/PatternReport.java");

  static Stream<String> hostileTexts() {
    return Stream.of(
        " ".repeat(MB) + "x",                          // CollapseSpacesStep, whitespace replaceAll
        "\t ".repeat(MB / 2) + "\u00A0x",              // [\h\s]+ runs
        "&".repeat(MB),                                // HtmlEntitiesStep, MarkupRule entities
        "&#".repeat(MB / 2), "&a".repeat(MB / 2) + "1", // entities that never close
        "<p ".repeat(MB / 3),                          // MarkupRule tag with attributes, never closed
        ("<div " + "a".repeat(199)).repeat(MB / 205),
        "â€".repeat(MB / 2), "Ã".repeat(MB),           // MojibakeRule leads without continuation
        "a,".repeat(MB / 2), ", ".repeat(MB / 2),      // orphan punctuation
        ("cookie " + "x ".repeat(150) + "\n").repeat(MB / 310), // boilerplate lines near the length cap
        "\r\n".repeat(MB / 2) + "\u2028".repeat(MB / 4),  // RepeatedLines \\R line splits
        "<h1>".repeat(MB / 4), " \n ".repeat(MB / 3));   // BlockCollector headings and newline runs
  }

  @ParameterizedTest
  @MethodSource("hostileTexts")
  void validationAndCleaningStayLinear(String text) {
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      var document = new PlainTextParser().parse(new SourceFile(ROOT, "t.txt"), bytes, StandardCharsets.UTF_8);
      for (DocumentRule rule : List.of(new MarkupRule(), new MojibakeRule(), new DuplicateRule())) {
        rule.check(document, new Reporter() {
          @Override
          public void report(int line, int column, String message) {}

          @Override
          public void reportAtByte(long byteOffset, int line, int column, String message) {}
        });
      }
      assertThat(RepeatedLines.Miner.keysOf(text)).isNotNull();
      String cleaned = Cleaner.withDefaults().clean(text).text();
      assertThat(cleaned).isNotNull();
      var html = new HtmlParser().parse(new SourceFile(ROOT, "t.html"), bytes, StandardCharsets.UTF_8);
      assertThat(html.text()).isNotNull();
    });
  }

  @Test
  void namesAndPathsStayLinear() {
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      String longName = "a".repeat(MB) + "!";
      assertThat(CorpusLayout.isSafeRelativePath("C" + ":".repeat(MB))).isFalse();
      assertThat(CorpusLayout.isSafeRelativePath("a/".repeat(MB / 2))).isFalse();
      try {
        CorpusInfo.of("g", longName, "1");
      } catch (IllegalArgumentException expected) {
        assertThat(expected).hasMessageContaining("!");
      }
    });
  }

  @Test
  void descriptorsStayLinear() {
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      String runs = "A! ".repeat(MB / 3);
      CorpusInfo info = new CorpusInfo("g", "a", "1", null, runs + "\t \n".repeat(MB / 3), null,
          List.of(new License(runs, null)), List.of());
      Manifest manifest = new Manifest(List.of(new ManifestEntry(runs, "d.txt", 1, 1, "00", "00")));
      CorpusDescription description = new CorpusDescription(info, manifest, Instant.EPOCH, null);
      assertThat(description.oneParagraphDescription()).doesNotContain("\t");
      String json = new String(DataPackageJson.write(description), StandardCharsets.UTF_8);
      assertThat(json).contains("\"name\": \"a-a-", "\"name\": \"A-A-");
    });
  }

  @Test
  void everyMainClassUsingJavaRegexIsCovered() throws IOException {
    Path main = Path.of("src/main/java/dev/corpuskit");
    List<String> users = new ArrayList<>();
    try (Stream<Path> files = Files.walk(main)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        if (source.contains("java.util.regex") || source.matches("(?s).*\\.(replaceAll|replaceFirst|split|matches)\\(\".*")) {
          users.add(main.relativize(file).toString().replace('\\', '/'));
        }
      }
    }
    assertThat(users).as("add a pathological input above for each new user, then list it in COVERED")
        .containsExactlyInAnyOrderElementsOf(COVERED);
  }

}
