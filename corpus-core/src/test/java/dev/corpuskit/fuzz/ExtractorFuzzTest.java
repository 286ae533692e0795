package dev.corpuskit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.corpuskit.clean.Cleaner;
import dev.corpuskit.parse.HtmlParser;
import dev.corpuskit.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The HTML extractor on any markup: it never throws, gives the same text for the same bytes, and its
 * text cleans (as main text, the way a build cleans HTML) to valid NFC that cleaning leaves as it is.
 * The seed inputs in {@code ExtractorFuzzTestInputs/html/} are small pages with the markers the
 * extractor reads ({@code <main>}, nested {@code <article>}s, JSON-LD {@code articleBody}, a
 * description, furniture classes), for the fuzzer to mutate; {@link MutatedPagesTest} mutates real
 * pages structurally.
 */
class ExtractorFuzzTest {

  private static final Path ROOT = Path.of("corpus");
  private static final Cleaner CLEANER = Cleaner.withDefaults();

  @FuzzTest(maxDuration = "5m")
  void html(byte[] bytes) {
    String text = extract(bytes);
    assertThat(extract(bytes)).as("extraction is deterministic").isEqualTo(text);
    String once = CLEANER.cleanMainText(text).text();
    Invariants.requireValidNfc(once);
    assertThat(CLEANER.cleanMainText(once).text())
        .as("cleaning the main text is idempotent for %s", Invariants.escape(text)).isEqualTo(once);
  }

  private static String extract(byte[] bytes) {
    return new HtmlParser().parse(new SourceFile(ROOT, "page.html"), bytes, StandardCharsets.UTF_8).text();
  }
}
