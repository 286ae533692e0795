package dev.corpuskit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.corpuskit.clean.Cleaner;
import dev.corpuskit.parse.HtmlParser;
import dev.corpuskit.parse.PlainTextParser;
import dev.corpuskit.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Cleaning any decoded bytes gives valid UTF-8 in NFC, and cleaning again changes nothing. Texts come
 * through the parsers, as in a build.
 */
class CleanerFuzzTest {

  private static final Path ROOT = Path.of("corpus");
  private static final Cleaner CLEANER = Cleaner.withDefaults();

  @FuzzTest(maxDuration = "5m")
  void plainText(byte[] bytes) {
    check(new PlainTextParser().parse(new SourceFile(ROOT, "d.txt"), bytes, StandardCharsets.UTF_8).text());
  }

  @FuzzTest(maxDuration = "5m")
  void html(byte[] bytes) {
    check(new HtmlParser().parse(new SourceFile(ROOT, "d.html"), bytes, StandardCharsets.UTF_8).text());
  }

  private static void check(String text) {
    String once = CLEANER.clean(text).text();
    Invariants.requireValidNfc(once);
    String twice = CLEANER.clean(once).text();
    assertThat(twice).as("cleaning is idempotent for %s", Invariants.escape(text)).isEqualTo(once);
  }
}
