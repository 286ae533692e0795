package dev.corpuskit.hostile;

import dev.corpuskit.read.CorpusReader;
import dev.corpuskit.read.Verification;
import java.nio.file.Path;

/**
 * Run in a JVM of its own with a small heap by {@link HostileReaderTest}: opens one corpus (a jar or a
 * folder) and prints {@code opened=<documents>} or {@code threw=<exception class>: <message>}, and the heap in use once opened.
 *
 * <p>Arguments: {@code corpusPath verification}.
 */
public final class HugeManifestMain {

  private HugeManifestMain() {}

  public static void main(String[] args) throws Exception {
    try (CorpusReader reader = CorpusReader.open(Path.of(args[0]), Verification.valueOf(args[1]))) {
      System.out.println("opened=" + reader.documents().size());
      System.gc();
      Runtime runtime = Runtime.getRuntime();
      System.out.println("heap-after-gc=" + (runtime.totalMemory() - runtime.freeMemory()));
    } catch (Exception e) {
      System.out.println("threw=" + e.getClass().getName() + ": " + e.getMessage());
    }
  }
}
