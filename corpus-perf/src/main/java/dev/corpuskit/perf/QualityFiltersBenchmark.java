package dev.corpuskit.perf;

import dev.corpuskit.clean.Audit;
import dev.corpuskit.clean.Line;
import dev.corpuskit.clean.steps.C4LinesStep;
import dev.corpuskit.clean.steps.PersonalDataStep;
import dev.corpuskit.lang.LanguageIdentifier;
import dev.corpuskit.quality.FineWebQuality;
import dev.corpuskit.quality.GopherQuality;
import dev.corpuskit.quality.GopherRepetition;
import dev.corpuskit.quality.NltkWordsRegexOracle;
import dev.corpuskit.text.BadWords;
import dev.corpuskit.text.C4Text;
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
 * One quality rule set measuring every news-extraction full text once per operation, as the rule or step
 * does on a parsed document: {@code gopher-quality}, {@code gopher-repetition} and {@code fineweb}
 * (tokenisation included), the {@code c4} rule ({@link C4Text#judgePage} with the English bad words),
 * the {@code c4} cleaning step and the {@code pii} step (each alone on the document's lines), and the
 * {@code language} rule (OpenNLP's detector on the first {@value LanguageIdentifier#MAX_CHARS} chars).
 * The {@code -regex} variants run the first three with {@link NltkWordsRegexOracle} (corpus-core's test jar), the regular-expression
 * tokenizer the hand-written one replaced, so that one run gives the figures before and after side by
 * side. The {@code bytes} counter gives UTF-8 bytes of text per second, per thread ({@code -t 1}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class QualityFiltersBenchmark {

  @Param({"gopher-quality", "gopher-quality-regex", "gopher-repetition", "gopher-repetition-regex", "fineweb",
      "fineweb-regex", "c4", "c4-step", "pii-step", "language"})
  public String ruleSet;

  private BenchData data;
  private long textBytes;
  private Function<String, Object> filter;

  @Setup
  public void setUp() throws Exception {
    data = BenchData.load("text");
    for (int i = 0; i < data.size(); i++) {
      textBytes += data.text(i).getBytes(StandardCharsets.UTF_8).length;
    }
    GopherQuality gopherQuality = new GopherQuality(GopherQuality.DEFAULTS);
    GopherRepetition gopherRepetition = new GopherRepetition(GopherRepetition.DEFAULTS);
    FineWebQuality fineWeb = new FineWebQuality(FineWebQuality.DEFAULTS);
    BadWords badWords = BadWords.english();
    C4LinesStep c4Step = new C4LinesStep(C4Text.DEFAULT_MIN_WORDS_PER_LINE, C4Text.DEFAULT_MAX_WORD_LENGTH);
    PersonalDataStep piiStep = new PersonalDataStep();
    filter = switch (ruleSet) {
      case "gopher-quality" -> gopherQuality::measure;
      case "gopher-quality-regex" -> text -> gopherQuality.measure(text, NltkWordsRegexOracle.tokenize(text));
      case "gopher-repetition" -> gopherRepetition::measure;
      case "gopher-repetition-regex" -> text ->
          text.isEmpty() ? null : gopherRepetition.measure(text, NltkWordsRegexOracle.tokenize(text));
      case "fineweb" -> fineWeb::measure;
      case "fineweb-regex" -> text -> fineWeb.measure(text, NltkWordsRegexOracle.tokenize(text));
      case "c4" -> text -> C4Text.judgePage(text, C4Text.DEFAULT_MIN_WORDS_PER_LINE, C4Text.DEFAULT_MIN_SENTENCES,
          C4Text.DEFAULT_MAX_WORD_LENGTH, badWords);
      case "c4-step" -> text -> c4Step.apply(Line.split(text), new Audit());
      case "pii-step" -> text -> piiStep.apply(Line.split(text), new Audit());
      case "language" -> text -> text.isBlank() ? null : LanguageIdentifier.identify(text);
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
