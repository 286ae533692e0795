package dev.corpuskit.perf;

import dev.corpuskit.lang.DetectedLanguage;
import dev.corpuskit.lang.LanguageIdentifier;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The {@code language} rule's identifier against OpenNLP's own {@code LanguageDetectorME} on the same
 * texts (the bench set's full texts, each cut at {@link LanguageIdentifier#MAX_CHARS} as the rule reads
 * it), interleaved in one JVM and one thread, in thread CPU time, so that a busy machine changes both
 * alike; also checks that both name the same language with the same score on every text.
 *
 * <pre>java -Dbench.data=DIR -cp benchmarks.jar dev.corpuskit.perf.LanguageIdShare [ROUNDS=15]</pre>
 */
public final class LanguageIdShare {

  private LanguageIdShare() {}

  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    BenchData data = BenchData.load("text");
    List<String> texts = new ArrayList<>();
    long bytes = 0;
    for (int i = 0; i < data.size(); i++) {
      String text = data.text(i);
      if (!text.isBlank()) {
        String read = text.length() > LanguageIdentifier.MAX_CHARS
            ? text.substring(0, LanguageIdentifier.MAX_CHARS) : text;
        texts.add(read);
        bytes += read.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      }
    }
    LanguageDetectorModel model;
    try (InputStream in = LanguageIdentifier.class.getResourceAsStream(LanguageIdentifier.MODEL)) {
      model = new LanguageDetectorModel(in);
    }
    LanguageDetectorME openNlp = new LanguageDetectorME(model);
    for (String text : texts) {
      opennlp.tools.langdetect.Language best = openNlp.predictLanguage(text);
      DetectedLanguage expected = new DetectedLanguage(LanguageIdentifier.iso639_1(best.getLang()),
          Math.min(1, Math.max(0, best.getConfidence())));
      if (!expected.equals(LanguageIdentifier.identify(text))) {
        throw new AssertionError("differs from OpenNLP on [" + text + "]");
      }
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] before = new long[rounds];
    long[] after = new long[rounds];
    Object sink = null;
    for (int round = 0; round < rounds; round++) {
      for (int pass = 0; pass < 2; pass++) {
        boolean openNlpPass = (pass == 0) == (round % 2 == 0);
        long start = threads.getCurrentThreadCpuTime();
        for (String text : texts) {
          sink = openNlpPass ? openNlp.predictLanguage(text) : LanguageIdentifier.identify(text);
        }
        long cpu = threads.getCurrentThreadCpuTime() - start;
        (openNlpPass ? before : after)[round] = cpu;
      }
      System.out.printf(Locale.ROOT, "round %d: OpenNLP %.0f ms, identify %.0f ms%n", round + 1,
          before[round] / 1e6, after[round] / 1e6);
    }
    Arrays.sort(before);
    Arrays.sort(after);
    double b = before[rounds / 2] / 1e6;
    double a = after[rounds / 2] / 1e6;
    System.out.printf(Locale.ROOT, "%d texts, %.1f MB read; median CPU: OpenNLP %.0f ms (%.1f MB/s),"
        + " identify %.0f ms (%.1f MB/s), %.2fx%s%n", texts.size(), bytes / 1e6, b, bytes / 1e3 / b, a,
        bytes / 1e3 / a, b / a, sink == null ? "" : "");
  }
}
