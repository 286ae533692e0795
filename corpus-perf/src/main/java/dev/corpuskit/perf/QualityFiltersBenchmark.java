package dev.corpuskit.perf;

import dev.corpuskit.quality.FineWebQuality;
import dev.corpuskit.quality.GopherQuality;
import dev.corpuskit.quality.GopherRepetition;
import dev.corpuskit.quality.QualityVerdict;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
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
 * One quality rule set (gopher-quality, gopher-repetition, fineweb) measuring every news-extraction full
 * text once per operation, tokenisation included, as the rule does on a parsed document. The
 * {@code bytes} counter gives UTF-8 bytes of text per second, per thread ({@code -t 1}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class QualityFiltersBenchmark {

  @Param({"gopher-quality", "gopher-repetition", "fineweb"})
  public String ruleSet;

  private BenchData data;
  private long textBytes;
  private Function<String, QualityVerdict> filter;

  @Setup
  public void setUp() throws Exception {
    data = BenchData.load("text");
    for (int i = 0; i < data.size(); i++) {
      textBytes += data.text(i).getBytes(StandardCharsets.UTF_8).length;
    }
    filter = switch (ruleSet) {
      case "gopher-quality" -> new GopherQuality(GopherQuality.DEFAULTS)::measure;
      case "gopher-repetition" -> new GopherRepetition(GopherRepetition.DEFAULTS)::measure;
      case "fineweb" -> new FineWebQuality(FineWebQuality.DEFAULTS)::measure;
      default -> throw new IllegalArgumentException(ruleSet);
    };
  }

  @Benchmark
  public void measure(Bytes bytes, Blackhole hole) {
    for (int i = 0; i < data.size(); i++) {
      hole.consume(filter.apply(data.text(i)));
    }
    bytes.bytes += textBytes;
  }
}
