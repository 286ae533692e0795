package dev.corpuskit.near;

import static org.assertj.core.api.Assertions.assertThat;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import com.dynatrace.hash4j.similarity.ElementHashProvider;
import dev.corpuskit.format.Sha256;
import java.io.IOException;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Signatures are kept in the cache and compared across runs, so the way they are computed may get
 * faster but never give other values: every signature and shingle set here is checked against the
 * straightforward computation (a lower-cased string per word, its shingles hashed, sorted and made
 * distinct, then SuperMinHash of that set), on the real texts of the repository and on random texts
 * full of the characters the word splitter treats specially, and the signatures of the real texts
 * against a digest pinned when the cache format was last set.
 */
class SignatureStabilityTest {

  private static final Hasher64 HASHER = Hashing.komihash5_0();

  /** SHA-256 of the signatures (default configuration) of the example corpus's articles, in name order. */
  private static final String PINNED = "04af2424f51b50f27bcc9bb93391b79833c19ba1c831fcd3b56c3257158b2f8b";

  private static final Path EXAMPLE = Path.of("..", "corpus-example", "src", "main", "corpus");

  /** Every text file of the example corpus and of the test resources, in path order. */
  static List<String> realTexts() throws IOException {
    List<Path> roots = List.of(EXAMPLE, Path.of("src", "test", "resources"));
    List<String> texts = new ArrayList<>();
    for (Path root : roots) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(Files::isRegularFile)
            .filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".html") || f.toString().endsWith(".md"))
            .sorted().toList()) {
          texts.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        }
      }
    }
    assertThat(texts).hasSizeGreaterThan(30);
    return texts;
  }

  /** The words as the splitter is specified: maximal runs of letters and digits, each code point lower-cased. */
  private static List<String> referenceWords(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    text.codePoints().forEach(cp -> {
      if (Character.isLetterOrDigit(cp)) {
        word.appendCodePoint(Character.toLowerCase(cp));
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    });
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  /** The sorted distinct shingle hashes as first specified: Komihash of the words' Komihash values. */
  private static long[] referenceShingles(String text, int n) {
    List<String> words = referenceWords(text);
    if (words.size() < n) {
      return new long[0];
    }
    long[] hashes = new long[words.size() - n + 1];
    byte[] window = new byte[n * Long.BYTES];
    for (int i = 0; i < hashes.length; i++) {
      for (int j = 0; j < n; j++) {
        long value = HASHER.hashCharsToLong(words.get(i + j));
        for (int b = 0; b < Long.BYTES; b++) {
          window[j * Long.BYTES + b] = (byte) (value >>> (8 * b));
        }
      }
      hashes[i] = HASHER.hashBytesToLong(window);
    }
    return Arrays.stream(hashes).sorted().distinct().toArray();
  }

  private static Signature referenceSignature(NearDuplicateConfig config, String text) {
    long[] shingles = referenceShingles(text, config.shingleWords());
    return shingles.length == 0 ? Signature.TOO_SHORT
        : Signature.fromBytes(Signer.policy(config).createHasher().compute(ElementHashProvider.ofValues(shingles)));
  }

  /** Random texts of words, separators and the characters that need care: U+00A0, accents, surrogate pairs, İ. */
  private static List<String> randomTexts() {
    String[] pieces = {"the", "The", "THE", "news", "Größe", "İstanbul", "ǅemal", "naïve", "2026", "x1",
        "\uD835\uDC00bc", "\uD801\uDC00", "日本語", "ΣΟΦΙΑ", "ﬁne", "a", "b", "c", "d", "e"};
    String[] separators = {" ", "  ", "\u00a0", "\n", "\r\n", ", ", ".", "—", "'", "\t", "\u2009", "\uD83D\uDE00", "_",
        "\uDC00", "\uD800"};
    Random random = new Random(20);
    List<String> texts = new ArrayList<>();
    for (int t = 0; t < 3_000; t++) {
      StringBuilder text = new StringBuilder();
      int words = random.nextInt(40);
      for (int w = 0; w < words; w++) {
        if (random.nextInt(3) > 0 || w == 0) {
          text.append(pieces[random.nextInt(random.nextInt(8) == 0 ? pieces.length : 6)]);
        } else {
          text.append(pieces[14 + random.nextInt(6)]);
        }
        text.append(separators[random.nextInt(random.nextInt(5) == 0 ? separators.length : 3)]);
      }
      texts.add(text.toString());
    }
    return texts;
  }

  @Test
  void signaturesOfRealTextsAreThoseFirstSpecified() throws IOException {
    NearDuplicateConfig[] configs = {NearDuplicateConfig.DEFAULTS, new NearDuplicateConfig(1, 4, 2, 0.5),
        new NearDuplicateConfig(9, 22, 5, 0.7)};
    for (String text : realTexts()) {
      for (NearDuplicateConfig config : configs) {
        Signer signer = new Signer(config);
        assertThat(signer.sign(text)).isEqualTo(referenceSignature(config, text));
        assertThat(Shingles.hashes(text, config.shingleWords())).isEqualTo(referenceShingles(text, config.shingleWords()));
      }
      assertThat(Shingles.words(text)).isEqualTo(referenceWords(text));
    }
  }

  @Test
  void signaturesOfRandomTextsAreThoseFirstSpecified() {
    Signer signer = new Signer(NearDuplicateConfig.DEFAULTS);
    Signer single = new Signer(new NearDuplicateConfig(1, 14, 8, 0.8));
    for (String text : randomTexts()) {
      assertThat(Shingles.words(text)).as(text).isEqualTo(referenceWords(text));
      assertThat(signer.sign(text)).as(text).isEqualTo(referenceSignature(NearDuplicateConfig.DEFAULTS, text));
      assertThat(single.sign(text)).as(text).isEqualTo(referenceSignature(single.config(), text));
      assertThat(Shingles.hashes(text, 3)).as(text).isEqualTo(referenceShingles(text, 3));
    }
  }

  /** Where each word of {@code text} starts, as the splitter is specified. */
  private static List<Integer> referenceStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      boolean letter = Character.isLetterOrDigit(cp);
      if (letter && !inWord) {
        starts.add(i);
      }
      inWord = letter;
      i += Character.charCount(cp);
    }
    return starts;
  }

  /**
   * Long texts are read a chunk at a time: a surrogate pair, a word or a lower-casing that grows a
   * character into two cut by a chunk's end reads as in one piece, with the same start positions.
   */
  @Test
  void longTextsSplitAsShortOnes() {
    List<String> tails = randomTexts().subList(0, 40);
    String tail = String.join(" ", tails);
    for (int pad = 4_088; pad <= 4_100; pad++) {
      for (String piece : List.of(" \uD801\uDC00bc ", "\uD835\uDC00\uD835\uDC00 x", "İİ ", "\uD800 \uDC00")) {
        String text = "a".repeat(pad) + piece + tail + "b".repeat(pad) + piece + tail + piece;
        List<String> words = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        Shingles.forEachWord(text, (word, start) -> {
          words.add(word.toString());
          starts.add(start);
        });
        assertThat(words).isEqualTo(referenceWords(text));
        assertThat(starts).isEqualTo(referenceStarts(text));
        assertThat(Shingles.words(new StringBuilder(text))).isEqualTo(referenceWords(text));
        assertThat(Shingles.words(CharBuffer.wrap(text))).isEqualTo(referenceWords(text));
        assertThat(new Signer(NearDuplicateConfig.DEFAULTS).sign(text))
            .isEqualTo(referenceSignature(NearDuplicateConfig.DEFAULTS, text));
      }
    }
  }

  /** A text whose words repeat gives repeated shingles: the signature is that of the distinct set. */
  @Test
  void repeatedShinglesSignAsTheirSet() {
    String once = "one two three four five six seven eight nine ten eleven twelve";
    String text = (once + " ").repeat(50);
    Signer signer = new Signer(NearDuplicateConfig.DEFAULTS);
    assertThat(Shingles.hashes(text, 5)).hasSize(12);
    assertThat(signer.sign(text)).isEqualTo(referenceSignature(NearDuplicateConfig.DEFAULTS, text));
  }

  /**
   * Signing reuses each thread's buffers and hasher from one text to the next: a text signed after a
   * huge one (whose buffers are not kept) and after short ones signs as on its own, a signature
   * already given keeps its value, and threads signing at once give what one thread gives.
   */
  @Test
  void reusedBuffersLeaveNoTrace() throws Exception {
    List<String> texts = new ArrayList<>(realTexts());
    texts.addAll(randomTexts().subList(0, 300));
    String huge = String.join(" ", texts).repeat(3);
    Signer signer = new Signer(NearDuplicateConfig.DEFAULTS);
    List<Signature> expected = new ArrayList<>();
    for (String text : texts) {
      expected.add(referenceSignature(NearDuplicateConfig.DEFAULTS, text));
    }
    assertThat(signer.sign(huge)).isEqualTo(referenceSignature(NearDuplicateConfig.DEFAULTS, huge));
    List<Signature> forward = new ArrayList<>();
    for (String text : texts) {
      forward.add(signer.sign(text));
      assertThat(Shingles.hashes(text, 5)).isEqualTo(referenceShingles(text, 5));
    }
    for (int i = texts.size() - 1; i >= 0; i--) {
      assertThat(signer.sign(texts.get(i))).isEqualTo(expected.get(i));
    }
    assertThat(forward).isEqualTo(expected);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Signature>> parallel = new ArrayList<>();
      for (String text : texts) {
        parallel.add(pool.submit(() -> signer.sign(text)));
      }
      for (int i = 0; i < texts.size(); i++) {
        assertThat(parallel.get(i).get()).isEqualTo(expected.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Signing tens of thousands of documents allocates no buffer per document: past the first text, a
   * signature of a long text allocates about the signature itself (896 bytes with the defaults), not
   * arrays the size of the text (8 bytes a word and a shingle, hundreds of kB here).
   */
  @Test
  void signingAllocatesNoBufferPerDocument() {
    java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
    org.junit.jupiter.api.Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean);
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
    org.junit.jupiter.api.Assumptions.assumeTrue(threads.isThreadAllocatedMemorySupported());
    threads.setThreadAllocatedMemoryEnabled(true);
    String text = String.join(" ", randomTexts());
    Signer signer = new Signer(NearDuplicateConfig.DEFAULTS);
    Signature first = signer.sign(text);
    long id = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(id);
    for (int i = 0; i < 10; i++) {
      assertThat(signer.sign(text)).isEqualTo(first);
    }
    long perSignature = (threads.getThreadAllocatedBytes(id) - before) / 10;
    assertThat(perSignature).as("bytes allocated per signature of a %d-character text", text.length())
        .isLessThan(16_000);
  }

  /**
   * The index hashes a band's key from the signature's bytes in place, as the little-endian bytes of
   * its rows' components: that holds only while hash4j lays out component {@code i} as the
   * little-endian long at byte {@code 8 i}, which this pins for the configurations in use.
   */
  @Test
  void componentsAreLittleEndianLongsInOrder() throws IOException {
    for (NearDuplicateConfig config : List.of(NearDuplicateConfig.DEFAULTS, new NearDuplicateConfig(9, 22, 5, 0.7))) {
      Signer signer = new Signer(config);
      com.dynatrace.hash4j.similarity.SimilarityHashPolicy policy = Signer.policy(config);
      for (String text : realTexts()) {
        byte[] bytes = signer.sign(text).toBytes();
        if (bytes.length == 0) {
          continue;
        }
        assertThat(bytes).hasSize(config.signatureSize() * Long.BYTES);
        java.nio.ByteBuffer values = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < config.signatureSize(); i++) {
          assertThat(values.getLong(i * Long.BYTES)).isEqualTo(policy.getComponent(bytes, i));
        }
      }
    }
  }

  @Test
  void signaturesOfRealTextsMatchThePinnedDigest() throws IOException {
    MessageDigest digest = Sha256.digest();
    Signer signer = new Signer(NearDuplicateConfig.DEFAULTS);
    try (Stream<Path> files = Files.list(EXAMPLE)) {
      for (Path file : files.sorted().toList()) {
        digest.update(signer.sign(Files.readString(file, StandardCharsets.UTF_8)).toBytes());
      }
    }
    assertThat(Sha256.hex(digest.digest())).isEqualTo(PINNED);
  }
}
