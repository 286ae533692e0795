package dev.corpuskit.pipeline;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files of a build's cache folder are named by the core: a caller gives the folder only, and every
 * goal and tool finds the same files there. Their names stay as they are, so that a build after an
 * upgrade finds the cache of the build before.
 */
class BuildCacheTest {

  @TempDir Path tmp;

  @Test
  void theCoreNamesTheFilesOfTheCacheFolder() {
    Path cache = tmp.resolve("cache");

    assertThat(BuildCache.documents(cache)).isEqualTo(cache.resolve("documents.bin"));
    assertThat(BuildCache.packageStamp(cache)).isEqualTo(cache.resolve("package.properties"));
    assertThat(RunOptions.defaults().withCacheDirectory(cache, "1.0").cacheFile()).isEqualTo(cache.resolve("documents.bin"));
  }

  @Test
  void runsKeepTheirCacheAndStampsInTheFolderAndForgetingDeletesThem() throws IOException {
    Path src = Files.createDirectories(tmp.resolve("src"));
    Files.writeString(src.resolve("a.txt"), "A story with enough words to be a document. ".repeat(10), UTF_8);
    Path cache = tmp.resolve("cache");
    RunOptions options = RunOptions.defaults().withThreads(1).withCacheDirectory(cache, "1.0");

    CorpusBuild.validate(CorpusConfig.defaults(src), options, tmp.resolve("reports"), new RunSink() {});
    CorpusBuild.clean(CorpusConfig.defaults(src), options, tmp.resolve("out"), tmp.resolve("reports"),
        new RunSink() {});

    assertThat(names(cache)).containsExactly("documents.bin", "documents.bin.clean.stamp",
        "documents.bin.validate.stamp");
    Files.writeString(cache.resolve("package.properties"), "key=x\n", UTF_8);

    BuildCache.forget(cache);

    assertThat(names(cache)).as("the packaging stamp is kept, as before").containsExactly("package.properties");
  }

  private static Stream<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList().stream();
    }
  }
}
