package dev.corpuskit.perf;

import dev.corpuskit.validate.ValidationConfig;
import dev.corpuskit.validate.Validator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The core validator on the news-extraction data: read, parse and check every file with every
 * per-file rule (and the duplicate fingerprint) once per operation, as a parallel run does. The
 * {@code bytes} counter gives input bytes per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ValidatorBenchmark {

  @Param({"text", "html"})
  public String format;

  private BenchData data;
  private Validator validator;

  @Setup
  public void setUp() throws Exception {
    data = BenchData.load(format);
    validator = new Validator(ValidationConfig.defaults());
  }

  @Benchmark
  public void validate(Bytes bytes, Blackhole hole) throws Exception {
    for (int i = 0; i < data.size(); i++) {
      hole.consume(validator.validateDocument(data.file(i)));
    }
    bytes.bytes += data.totalBytes();
  }
}
