package dev.corpuskit.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Acceptance: the seed articles clean to the reviewed golden text and audit, lose all the named
 * boilerplate and keep every article paragraph.
 */
class SeedGoldenTest {

  /** Hand-checked source lines of each seed that are boilerplate (1-based; tails as ranges). */
  private static final Map<String, Set<Integer>> BOILERPLATE_LINES = Map.of(
      "000_5c79cd4b06b37693", Set.of(1),
      "001_f0d43eef8eea6572", Set.of(1),
      "002_f6356978055d864c", range(55, 94),
      "003_b20276f8bb1996d1", range(29, 32),
      "004_ed9bd0d0fe1211cd", range(63, 81));

  /** The listed repairs, source text to expected text. */
  private static final Map<String, String> REPAIRS = Map.of(
      "And if pressure on the group is not sustained, , military",
      "And if pressure on the group is not sustained, military",
      ", 200 of which would be based", "200 of which would be based",
      "December 2017, , UN Secretary", "December 2017, UN Secretary");

  private static final List<Pattern> NAMED_BOILERPLATE = Stream.of(
          "(?i).*cookie.*", "(?i)^leave a reply.*", "(?i)^you are commenting using.*",
          "(?i)^connecting to %s.*", "(?i)^comment policy.*", "(?i).*powered by.*",
          "(?i).*theme for wordpress.*", "(?i).*related article.*", "(?i)^posted on:.*\\| *by:.*",
          "(?i)^download link.*click here.*", "(?i).*do you like this article\\?.*",
          "(?i)^\\d+ comment\\(s\\).*", "(?i)^fill in your details below.*",
          "(?i)^(google\\+|twitter|facebook) (photo|picture)$")
      .map(Pattern::compile)
      .toList();

  static Stream<String> seeds() {
    return BOILERPLATE_LINES.keySet().stream().sorted();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void cleanedTextAndAuditMatchTheReviewedGoldenFiles(String name) {
    Cleaned cleaned = Cleaner.withDefaults().clean(read("seeds/" + name + ".txt"));

    assertThat(cleaned.text()).isEqualTo(read("seeds-cleaned/" + name + ".txt"));
    assertThat(AuditFormat.format(cleaned.changes()))
        .isEqualTo(read("seeds-cleaned/" + name + ".audit.txt"));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void noOutputLineIsNamedBoilerplate(String name) {
    List<String> out = Cleaner.withDefaults().clean(read("seeds/" + name + ".txt")).text().lines().toList();

    for (Pattern boilerplate : NAMED_BOILERPLATE) {
      assertThat(out).noneMatch(line -> boilerplate.matcher(line).matches());
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyArticleParagraphIsKeptInOrder(String name) {
    String[] source = read("seeds/" + name + ".txt").split("\n", -1);
    List<String> out = Cleaner.withDefaults().clean(String.join("\n", source)).text().lines().toList();

    int next = 0;
    for (int i = 0; i < source.length; i++) {
      if (source[i].isBlank() || BOILERPLATE_LINES.get(name).contains(i + 1)) {
        continue;
      }
      String expected = repaired(source[i]);
      int at = out.subList(next, out.size()).indexOf(expected);
      if (at < 0 && out.subList(0, next).contains(expected)) {
        continue; // a repeated paragraph, kept once
      }
      assertThat(at).as("line %d of %s: %s", i + 1, name, expected).isNotNegative();
      next += at + 1;
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void questionableLinesAreKept(String name) {
    String out = Cleaner.withDefaults().clean(read("seeds/" + name + ".txt")).text();
    for (String kept : List.of("News Room", "Iraq News", "Presentational grey line", "Syria map",
        "UAE arming Yemen militias with Western weapons – Amnesty",
        "Saudi Arabia ends major anti-corruption campaign..,",
        "Kurdish protesters storm Turkish military camp in Iraq", "loss of of territory")) {
      if (read("seeds/" + name + ".txt").contains(kept)) {
        assertThat(out).contains(kept);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theDuplicatedCaptionAppearsOnce(String name) {
    String out = Cleaner.withDefaults().clean(read("seeds/" + name + ".txt")).text();
    String caption = "Latifa travelled from her home in Morocco";
    assertThat(out.split(Pattern.quote(caption), -1).length - 1)
        .isEqualTo(name.startsWith("004") ? 1 : 0);
  }

  private static String repaired(String line) {
    String text = line.replace('\u00A0', ' ').replaceAll(" {2,}", " ").strip();
    for (Map.Entry<String, String> repair : REPAIRS.entrySet()) {
      text = text.replace(repair.getKey(), repair.getValue());
    }
    return text;
  }

  private static Set<Integer> range(int from, int to) {
    return Set.copyOf(IntStream.rangeClosed(from, to).boxed().toList());
  }

  static String read(String resource) {
    try {
      Path path = Path.of(SeedGoldenTest.class.getResource("/" + resource).toURI());
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
