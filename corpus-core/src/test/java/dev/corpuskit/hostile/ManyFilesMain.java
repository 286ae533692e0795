package dev.corpuskit.hostile;

import dev.corpuskit.pipeline.CorpusConfig;
import dev.corpuskit.pipeline.CorpusValidation;
import dev.corpuskit.validate.ValidationReport;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a JVM of its own by {@link ManyFilesTest}: writes {@code count} tiny documents, 1,000 a folder,
 * validates them and prints {@code files=N generate-ms=N validate-ms=N findings=N errors=N peak-heap=N retained-heap=N}
 * (the heap still used by the report after a collection).
 */
public final class ManyFilesMain {

  private ManyFilesMain() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      Path folder = root.resolve(String.format("%04d", i / 1000));
      if (i % 1000 == 0) {
        Files.createDirectories(folder);
      }
      Files.write(folder.resolve(i + ".txt"), ("Tiny document number " + i + ".\n").getBytes(StandardCharsets.UTF_8));
    }
    long generated = System.nanoTime();
    ValidationReport report = CorpusValidation.run(CorpusConfig.defaults(root));
    long validated = System.nanoTime();
    long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    long retained = runtime.totalMemory() - runtime.freeMemory();
    System.out.printf("files=%d generate-ms=%d validate-ms=%d findings=%d errors=%d peak-heap=%d"
            + " retained-heap=%d%n", report.documents(), (generated - start) / 1_000_000,
        (validated - generated) / 1_000_000, report.findings().size(),
        report.count(dev.corpuskit.validate.Severity.ERROR), peak, retained);
  }
}
