// The core side of corpus-spark/run-scaling.sh: CorpusRun.clean (what the Maven plugin and the
// command line run) with the Spark job's default configuration (Main.defaults), on the same corpus.
// Run as a single-file program: java -cp corpus-spark/target/corpus-spark-job.jar CoreClean.java SOURCE OUT
import dev.corpuskit.clean.CleanerConfig;
import dev.corpuskit.pipeline.*;
import dev.corpuskit.validate.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

public class CoreClean {
  public static void main(String[] args) throws Exception {
    CorpusConfig config = new CorpusConfig(Path.of(args[0]), List.of(), List.of(),
        new ValidationConfig(StandardCharsets.UTF_8, RuleConfig.of(List.of(
            RuleSetting.severity("near-duplicate", Severity.OFF),
            RuleSetting.severity("portable-name", Severity.OFF)))), CleanerConfig.defaults());
    long start = System.nanoTime();
    CorpusRun.clean(config, RunOptions.defaults(), Path.of(args[1]), new RunSink() { });
    System.out.printf("core clean: %.1f s%n", (System.nanoTime() - start) / 1e9);
  }
}
