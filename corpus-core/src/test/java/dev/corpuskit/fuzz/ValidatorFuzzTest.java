package dev.corpuskit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.corpuskit.source.SourceFile;
import dev.corpuskit.validate.DocumentValidation;
import dev.corpuskit.validate.ValidationConfig;
import dev.corpuskit.validate.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Validation never throws on any bytes, whatever the extension; every finding has a sane position. */
class ValidatorFuzzTest {

  private static final String[] NAMES = {"doc.txt", "doc.html", "doc.htm", "doc.pdf", "doc"};
  private static final Path ROOT = createRoot();

  @FuzzTest(maxDuration = "5m")
  void validateAnyBytes(FuzzedDataProvider data) throws IOException {
    String name = data.pickValue(NAMES);
    byte[] bytes = data.consumeRemainingAsBytes();
    Path file = ROOT.resolve(name);
    Files.write(file, bytes);
    DocumentValidation result = new Validator(ValidationConfig.defaults()).validate(new SourceFile(ROOT, name));
    assertThat(result.size()).isEqualTo(bytes.length);
    result.findings().forEach(f -> {
      assertThat(f.line()).isNotNegative();
      assertThat(f.column()).isNotNegative();
      assertThat(f.message()).isNotBlank();
    });
  }

  private static Path createRoot() {
    try {
      Path root = Files.createTempDirectory("validator-fuzz");
      root.toFile().deleteOnExit();
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
