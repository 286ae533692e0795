package dev.corpuskit.bench.near;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A generated corpus with clusters of near-copies, for the brute-force comparison and the signing
 * speed at scale. Text is drawn from a made-up vocabulary of {@value #VOCABULARY} words with Zipf
 * frequencies (so that common words and phrases recur across documents, as in real prose), in
 * sentences of 6 to 24 words and paragraphs of 2 to 6 sentences, 150 to 1,500 words a document.
 * About one article in four is followed by 1 to 4 copies, each framed ({@link Noise#frame}), with up
 * to 8% of its words substituted and, one time in three, up to 20% of its tail cut: their Jaccard
 * similarities to the original spread from about 0.4 to 1, across the thresholds.
 *
 * <p>Every document depends only on the seed and its index: the same seed gives the same corpus.
 */
public final class GeneratedCorpus {

  static final int VOCABULARY = 30_000;
  private static final String[] SYLLABLES = {
    "ka", "lo", "mi", "ser", "ta", "ven", "dor", "al", "e", "in", "ro", "sa", "tu", "ber", "gan", "ol",
    "pre", "na", "ti", "co", "mar", "u", "les", "fi", "da", "ston", "re", "wel", "por", "ith"};

  private final long seed;
  private final String[] words = new String[VOCABULARY];
  private final double[] cumulative = new double[VOCABULARY];
  private final List<String> vocabulary;

  public GeneratedCorpus(long seed) {
    this.seed = seed;
    SplittableRandom random = new SplittableRandom(seed);
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < VOCABULARY; ) {
      StringBuilder word = new StringBuilder();
      int syllables = 1 + random.nextInt(i < 200 ? 2 : 4);
      for (int s = 0; s < syllables; s++) {
        word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
      }
      if (seen.add(word.toString())) {
        words[i++] = word.toString();
      }
    }
    vocabulary = List.of(words);
    double sum = 0;
    for (int i = 0; i < VOCABULARY; i++) {
      sum += 1.0 / (i + 1);
      cumulative[i] = sum;
    }
    for (int i = 0; i < VOCABULARY; i++) {
      cumulative[i] /= sum;
    }
  }

  /** The first {@code n} documents, ids {@code g0000000} upwards. */
  public List<Doc> documents(int n) {
    List<Doc> docs = new ArrayList<>(n);
    int article = 0;
    while (docs.size() < n) {
      SplittableRandom random = new SplittableRandom(seed * 1_000_003L + article);
      String text = article(random);
      docs.add(new Doc(id(docs.size()), text));
      int copies = random.nextInt(4) == 0 ? 1 + random.nextInt(4) : 0;
      for (int c = 0; c < copies && docs.size() < n; c++) {
        docs.add(new Doc(id(docs.size()), copy(text, random)));
      }
      article++;
    }
    return docs;
  }

  private static String id(int i) {
    return String.format(Locale.ROOT, "g%07d", i);
  }

  private String copy(String text, SplittableRandom random) {
    int words = Noise.words(text);
    String copy = Noise.touch(text, (int) (0.08 * random.nextDouble() * words), 0, vocabulary, random);
    if (random.nextInt(3) == 0) {
      copy = Noise.truncate(copy, words - (int) (0.2 * random.nextDouble() * words)).text();
    }
    return Noise.frame(copy, random);
  }

  private String article(SplittableRandom random) {
    int target = 150 + random.nextInt(1351);
    StringBuilder text = new StringBuilder();
    int written = 0;
    while (written < target) {
      int sentences = 2 + random.nextInt(5);
      for (int s = 0; s < sentences; s++) {
        int length = 6 + random.nextInt(19);
        for (int w = 0; w < length; w++) {
          String word = word(random);
          text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
          text.append(w == length - 1 ? (s == sentences - 1 ? "." : ". ") : " ");
        }
        written += length;
      }
      text.append("\n\n");
    }
    return text.toString().strip();
  }

  private String word(SplittableRandom random) {
    double u = random.nextDouble();
    int low = 0;
    int high = VOCABULARY - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (cumulative[mid] < u) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return words[low];
  }
}
