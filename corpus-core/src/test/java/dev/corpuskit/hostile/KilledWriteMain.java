package dev.corpuskit.hostile;

import dev.corpuskit.format.CorpusInfo;
import dev.corpuskit.format.Manifest;
import dev.corpuskit.pack.PackageSpec;
import dev.corpuskit.pack.Packager;
import dev.corpuskit.testing.TestCorpora;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Run in a JVM of its own by {@link KilledWriteTest}: packages {@code dataDir} into {@code jar}. */
public final class KilledWriteMain {

  private KilledWriteMain() {}

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args[0]);
    Manifest manifest;
    try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
      manifest = Manifest.read(in, args[1]);
    }
    new Packager().pack(new PackageSpec(CorpusInfo.of("g", "big", "1"), TestCorpora.TIMESTAMP), data, manifest,
        Path.of(args[2]));
    System.out.println("packaged");
  }
}
