package dev.corpuskit.perf;

import dev.corpuskit.clean.Cleaner;
import dev.corpuskit.parse.ParsedDocument;
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
 * The core cleaner on the news-extraction data: parse (HTML main text or decoded plain text) and clean
 * every document once per operation. The {@code bytes} counter gives input bytes per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CleanerBenchmark {

  @Param({"text", "html"})
  public String format;

  private BenchData data;
  private Cleaner cleaner;

  @Setup
  public void setUp() throws Exception {
    data = BenchData.load(format);
    cleaner = Cleaner.withDefaults();
  }

  /** Parses and cleans the whole set. */
  @Benchmark
  public void clean(Bytes bytes, Blackhole hole) {
    for (int i = 0; i < data.size(); i++) {
      ParsedDocument document = data.parse(i);
      hole.consume(cleaner.clean(document.text()));
    }
    bytes.bytes += data.totalBytes();
  }

  /** Cleans the already parsed text of the whole set: the steps alone. */
  @Benchmark
  public void steps(Bytes bytes, Blackhole hole) {
    for (int i = 0; i < data.size(); i++) {
      hole.consume(cleaner.clean(data.text(i)));
    }
    bytes.bytes += data.totalBytes();
  }
}
