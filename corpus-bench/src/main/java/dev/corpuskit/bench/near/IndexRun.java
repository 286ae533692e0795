package dev.corpuskit.bench.near;

import dev.corpuskit.near.NearDuplicateConfig;
import dev.corpuskit.near.NearDuplicateIndex;
import dev.corpuskit.near.Signature;
import dev.corpuskit.near.Signer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Runs the core's near-duplicate index over a benchmark set, as the corpus rule does. */
public final class IndexRun {

  private IndexRun() {}

  /**
   * Signs {@code docs} with {@code config}, adds them to a new index (scratch files in a temporary
   * folder, deleted afterwards) and returns what it finds.
   */
  public static NearDuplicateIndex.Result run(List<Doc> docs, NearDuplicateConfig config) throws IOException {
    Signer signer = new Signer(config);
    Signature[] signatures = docs.parallelStream().map(d -> signer.sign(d.text())).toArray(Signature[]::new);
    Map<String, String> texts = new HashMap<>();
    docs.forEach(d -> texts.put(d.id(), d.text()));
    Path scratch = Files.createTempDirectory("corpuskit-near-bench");
    try (NearDuplicateIndex index = new NearDuplicateIndex(config, scratch)) {
      for (int i = 0; i < docs.size(); i++) {
        index.add(docs.get(i).id(), signatures[i]);
      }
      return index.result(texts::get);
    } finally {
      delete(scratch);
    }
  }

  private static void delete(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
