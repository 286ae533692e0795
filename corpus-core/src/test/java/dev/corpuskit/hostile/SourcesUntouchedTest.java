package dev.corpuskit.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpuskit.format.CorpusInfo;
import dev.corpuskit.format.Sha256;
import dev.corpuskit.pack.PackageSpec;
import dev.corpuskit.pack.Packager;
import dev.corpuskit.pipeline.CleanResult;
import dev.corpuskit.pipeline.CorpusCleaning;
import dev.corpuskit.pipeline.CorpusConfig;
import dev.corpuskit.pipeline.CorpusValidation;
import dev.corpuskit.pipeline.OverlappingDirectoriesException;
import dev.corpuskit.read.CorpusReader;
import dev.corpuskit.testing.TestCorpora;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every goal's core run (validate, clean, package, read) leaves every source byte and mtime as it was. */
class SourcesUntouchedTest {

  @TempDir Path dir;

  private static Map<String, String> fingerprint(Path root) throws IOException {
    Map<String, String> prints = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.toList()) {
        String key = root.relativize(p).toString();
        if (Files.isSymbolicLink(p)) {
          prints.put(key, "link " + Files.readSymbolicLink(p));
        } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          prints.put(key, Sha256.hex(Files.readAllBytes(p)) + " " + Files.getLastModifiedTime(p));
        } else {
          prints.put(key, "dir");
        }
      }
    }
    return prints;
  }

  @Test
  void noGoalChangesASource() throws IOException {
    Path src = Files.createDirectories(dir.resolve("src"));
    Files.writeString(src.resolve("a.txt"), "Plain text with CRLF\r\nand  spaces &amp; entities.\r\n");
    Files.write(src.resolve("bom.txt"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i', '\n'});
    Files.write(src.resolve("bad.txt"), new byte[] {'b', 'a', 'd', (byte) 0xC3, '(', '\n'});
    Files.writeString(src.resolve("page.html"), "<html><body><p>A page.</p><footer>x</footer></body></html>");
    Files.writeString(Files.createDirectories(src.resolve("sub dir")).resolve("ünï.txt"), "x", StandardCharsets.UTF_8);
    Files.createSymbolicLink(src.resolve("link.txt"), src.resolve("a.txt"));
    Map<String, String> before = fingerprint(src);

    CorpusConfig config = CorpusConfig.defaults(src);
    CorpusValidation.run(config);
    assertThat(fingerprint(src)).isEqualTo(before);
    Path out = dir.resolve("out");
    CleanResult cleaned = CorpusCleaning.run(config, out);
    CorpusCleaning.run(config, out); // a rerun over existing output
    assertThat(fingerprint(src)).isEqualTo(before);
    Path jar = dir.resolve("c.jar");
    new Packager().pack(new PackageSpec(CorpusInfo.of("g", "c", "1"), TestCorpora.TIMESTAMP), out,
        cleaned.manifest(), jar);
    try (CorpusReader reader = CorpusReader.open(jar); var docs = reader.stream()) {
      assertThat(docs.count()).isEqualTo(cleaned.manifest().entries().size());
    }
    assertThat(fingerprint(src)).isEqualTo(before);

    assertThatThrownBy(() -> CorpusCleaning.run(config, src.resolve("target")))
        .isInstanceOf(OverlappingDirectoriesException.class);
    assertThatThrownBy(() -> CorpusCleaning.run(config, src)).isInstanceOf(OverlappingDirectoriesException.class);
    assertThat(fingerprint(src)).isEqualTo(before);
  }
}
