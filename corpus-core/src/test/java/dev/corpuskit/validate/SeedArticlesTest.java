package dev.corpuskit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.source.CorpusScanner;
import dev.corpuskit.source.SourceFile;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Real articles (valid UTF-8, LF) must pass the default rules without errors or warnings. */
class SeedArticlesTest {

  @Test
  void seedArticlesRaiseNoErrorOrWarning() throws IOException, URISyntaxException {
    Path seeds = Path.of(Objects.requireNonNull(getClass().getResource("/seeds")).toURI());
    List<SourceFile> files = CorpusScanner.all().scan(seeds);

    ValidationReport report = ValidateAll.validateAll(new Validator(ValidationConfig.defaults()), files);

    assertThat(files).hasSize(5);
    assertThat(report.documents()).isEqualTo(5);
    assertThat(report.findings())
        .filteredOn(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING)
        .isEmpty();
  }
}
