package dev.corpuskit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.pack.CorpusInfo;
import dev.corpuskit.pack.License;
import dev.corpuskit.pack.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackageMojoTest {

  /** A URL the data card cannot link to is shown as text; the build says so, naming the POM element. */
  @Test
  void everyUrlThatIsNotHttpIsWarnedAboutByItsElement() {
    CorpusInfo info = new CorpusInfo("g", "a", "1", null, null, "javascript:alert(1)",
        List.of(new License("MIT", "https://opensource.org/license/mit"), new License("Own", "LICENSE.txt")),
        List.of(new Source("Wire", "ftp://example.org/wire"), new Source("Archive", "https://example.org/a")));

    List<String> warnings = PackageMojo.unlinkedUrls(info);

    assertThat(warnings).hasSize(3);
    assertThat(warnings.get(0)).contains("<url>", "<homepage>", "'javascript:alert(1)'", "as text");
    assertThat(warnings.get(1)).contains("<licenses><license><url>", "'LICENSE.txt'");
    assertThat(warnings.get(2)).contains("<sources><source><url>", "'ftp://example.org/wire'");
    assertThat(PackageMojo.unlinkedUrls(new CorpusInfo("g", "a", "1", null, null, "https://example.org",
        List.of(new License(null, "http://example.org/l")), List.of(new Source(null, "HTTPS://example.org/s")))))
        .isEmpty();
  }
}
