package dev.corpuskit.bench.language;

import dev.corpuskit.lang.DetectedLanguage;
import dev.corpuskit.lang.LanguageIdentifier;
import dev.corpuskit.text.Words;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The accuracy of the {@code language} rule's identifier ({@link LanguageIdentifier}, Apache OpenNLP
 * with {@code langdetect-183.bin}) on Lingua's published test data ({@code pemistahl/lingua},
 * {@code language-testdata}: {@code sentences/}, {@code word-pairs/}, {@code single-words/}, one item a
 * line, files named by ISO 639-1 code), per language and on average, and on document-length texts.
 *
 * <p>An item counts as right when the identifier's code ({@link DetectedLanguage#code}, OpenNLP's
 * ISO 639-3 code mapped to ISO 639-1) is the file's code. Two means are given: over every language
 * of the data (a language the model does not know scores 0), and over the languages both support.
 *
 * <p>Beside the strict document accuracy, a macrolanguage one: a document also counts as right when the
 * identified language and the file's are members of one ISO 639 macrolanguage
 * ({@link LanguageIdentifier#sameMacrolanguage}: Bosnian, Croatian and Serbian; Malay, Indonesian and
 * Minangkabau; Bokmal and Nynorsk; Mandarin and Min Nan), which is what the {@code language} rule
 * accepts for a configured language. It is reported beside the strict figure, never instead of it.
 *
 * <p>Documents: for each language both support, its test sentences are taken in file order and joined
 * with a space, non-overlapping, into documents of at least 5 sentences and at least 50 words
 * ({@link Words#count}; a script without spaces between words, such as Chinese or Japanese, counts a
 * sentence as about one word, so its documents run to 50 sentences). The first 100 such documents
 * of each language are judged, and the per-document cost is the mean time of identifying them, after
 * a warm-up pass.
 *
 * <p>Usage: {@code LanguageIdBench --data DIR [--docs N]}.
 */
public final class LanguageIdBench {

  private static final String[] SETS = {"sentences", "word-pairs", "single-words"};

  private LanguageIdBench() {}

  public static void main(String[] args) throws IOException {
    Path data = Path.of("../shared/bench/language-id");
    int maxDocs = 100;
    List<String> only = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--data" -> data = Path.of(args[++i]);
        case "--docs" -> maxDocs = Integer.parseInt(args[++i]);
        case "--only" -> only = List.of(args[++i].split(","));
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    List<String> languages;
    try (Stream<Path> files = Files.list(data.resolve("sentences"))) {
      languages = files.map(p -> p.getFileName().toString().replace(".txt", "")).sorted().toList();
    }
    if (only != null) {
      languages = languages.stream().filter(only::contains).toList();
    }
    System.out.printf(Locale.ROOT, "%-5s %-9s %9s %9s %9s %9s %9s %8s%n", "lang", "supported", "sentences",
        "word-pairs", "words", "documents", "doc-macro", "docs");
    double[] sumAll = new double[5];
    double[] sumSupported = new double[5];
    int supported = 0;
    long docNanos = 0;
    long docCount = 0;
    long docChars = 0;
    long docBytes = 0;
    long longNanos = 0;
    long longBytes = 0;
    int longTexts = 0;
    int capRight = 0;
    int uncappedRight = 0;
    java.util.Map<String, Integer> confusions = new java.util.TreeMap<>();
    for (String language : languages) {
      boolean known = LanguageIdentifier.isSupported(language);
      double[] accuracy = new double[5];
      for (int s = 0; s < SETS.length; s++) {
        accuracy[s] = accuracy(lines(data.resolve(SETS[s]).resolve(language + ".txt")), language);
      }
      List<String> documents = documents(lines(data.resolve("sentences").resolve(language + ".txt")), maxDocs);
      int right = 0;
      int macroRight = 0;
      for (String document : documents) {
        LanguageIdentifier.identify(document); // warm-up
      }
      for (String document : documents) {
        long start = System.nanoTime();
        DetectedLanguage detected = LanguageIdentifier.identify(document);
        docNanos += System.nanoTime() - start;
        docChars += document.length();
        docBytes += document.getBytes(StandardCharsets.UTF_8).length;
        right += detected.code().equals(language) ? 1 : 0;
        macroRight += LanguageIdentifier.sameMacrolanguage(detected.code(), language) ? 1 : 0;
        if (!detected.code().equals(language)) {
          confusions.merge(language + "->" + detected.code(), 1, Integer::sum);
        }
      }
      docCount += documents.size();
      accuracy[3] = documents.isEmpty() ? 0 : (double) right / documents.size();
      accuracy[4] = documents.isEmpty() ? 0 : (double) macroRight / documents.size();
      // The cap: long texts (50 sentences each, about 6 to 15 kB) judged whole and cut at the cap.
      if (known) {
        List<String> sentences = lines(data.resolve("sentences").resolve(language + ".txt"));
        for (int from = 0; from + 50 <= sentences.size(); from += 50) {
          String text = String.join(" ", sentences.subList(from, from + 50));
          long start = System.nanoTime();
          capRight += LanguageIdentifier.identify(text).code().equals(language) ? 1 : 0;
          longNanos += System.nanoTime() - start;
          longBytes += text.getBytes(StandardCharsets.UTF_8).length;
          longTexts++;
          uncappedRight += LanguageIdentifier.identify(text, Integer.MAX_VALUE).code().equals(language) ? 1 : 0;
        }
      }
      for (int s = 0; s < 5; s++) {
        sumAll[s] += accuracy[s];
        if (known) {
          sumSupported[s] += accuracy[s];
        }
      }
      supported += known ? 1 : 0;
      System.out.printf(Locale.ROOT, "%-5s %-9s %9.4f %9.4f %9.4f %9.4f %9.4f %8d%n", language,
          known ? "yes" : "no", accuracy[0], accuracy[1], accuracy[2], accuracy[3], accuracy[4], documents.size());
    }
    System.out.printf(Locale.ROOT, "%-15s %9.4f %9.4f %9.4f %9.4f %9.4f   (%d languages)%n", "mean, all",
        sumAll[0] / languages.size(), sumAll[1] / languages.size(), sumAll[2] / languages.size(),
        sumAll[3] / languages.size(), sumAll[4] / languages.size(), languages.size());
    System.out.printf(Locale.ROOT, "%-15s %9.4f %9.4f %9.4f %9.4f %9.4f   (%d languages)%n", "mean, supported",
        sumSupported[0] / supported, sumSupported[1] / supported, sumSupported[2] / supported,
        sumSupported[3] / supported, sumSupported[4] / supported, supported);
    System.out.printf(Locale.ROOT, "documents: %d, mean %d chars, %.1f us/doc, %.2f MB/s (one thread)%n", docCount,
        docChars / Math.max(1, docCount), docNanos / 1000.0 / Math.max(1, docCount),
        docBytes / 1e6 / Math.max(1e-9, docNanos / 1e9));
    System.out.printf(Locale.ROOT, "texts of 50 sentences (mean %d bytes): %.1f us/text, %.2f MB/s (one thread,"
        + " UTF-8 bytes of the whole text; the identifier reads the first %d chars)%n",
        longBytes / Math.max(1, longTexts), longNanos / 1000.0 / Math.max(1, longTexts),
        longBytes / 1e6 / Math.max(1e-9, longNanos / 1e9), LanguageIdentifier.MAX_CHARS);
    System.out.printf(Locale.ROOT, "texts of 50 sentences, supported languages: %d right with the cap of %d"
        + " chars, %d without%n", capRight, LanguageIdentifier.MAX_CHARS, uncappedRight);
    System.out.println("document confusions: " + confusions);
  }

  private static double accuracy(List<String> items, String language) {
    if (items.isEmpty()) {
      return 0;
    }
    int right = 0;
    for (String item : items) {
      right += LanguageIdentifier.identify(item).code().equals(language) ? 1 : 0;
    }
    return (double) right / items.size();
  }

  /** Consecutive sentences joined into documents of at least 5 sentences and 50 words. */
  static List<String> documents(List<String> sentences, int max) {
    List<String> documents = new ArrayList<>();
    StringBuilder document = new StringBuilder();
    int count = 0;
    for (String sentence : sentences) {
      document.append(document.length() == 0 ? "" : " ").append(sentence);
      count++;
      if (count >= 5 && Words.count(document) >= 50) {
        documents.add(document.toString());
        document.setLength(0);
        count = 0;
        if (documents.size() == max) {
          break;
        }
      }
    }
    return documents;
  }

  private static List<String> lines(Path file) throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
  }
}
