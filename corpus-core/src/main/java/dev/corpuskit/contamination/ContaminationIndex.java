package dev.corpuskit.contamination;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import dev.corpuskit.format.CorpusLayout;
import dev.corpuskit.format.InvalidConfigurationException;
import dev.corpuskit.format.Sha256;
import dev.corpuskit.near.NearDuplicateConfig;
import dev.corpuskit.near.Shingles;
import dev.corpuskit.near.Signer;
import dev.corpuskit.read.CorpusDocument;
import dev.corpuskit.read.CorpusNotFoundException;
import dev.corpuskit.read.CorpusReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The documents of other corpora (evaluation sets, typically) that this corpus must not contain,
 * built once per run from their jars and then only read, so the workers share it without locks.
 *
 * <p>A document is a copy of one of them in two ways. As a near-duplicate: the MinHash signature of
 * its 5-word shingles ({@link NearDuplicateConfig}) shares a band with that document's, and the exact
 * Jaccard similarity of the two shingle sets reaches the threshold; no pair below it is reported. Or
 * as a verbatim run: it holds a run of at least {@code runWords} consecutive normalised words
 * ({@link Shingles#words}) that the other document holds too, whatever else differs (boilerplate,
 * length), which is how a long passage pasted into a bigger page shows.
 *
 * <p>Memory: for each word of the corpora checked against, 20 bytes (the hash of the run of
 * {@code runWords} words starting there and its document, 12 bytes; its shingle hash, kept to confirm
 * candidates exactly, 8 bytes), plus about 200 bytes a document (its band keys and name), and up to
 * twice the run hashes while building. A 10-million-word evaluation corpus takes about 200 MB;
 * typical evaluation sets are far smaller. Each call of {@link #matches} holds one document's words.
 */
public final class ContaminationIndex {

  /** The setting key of the corpora checked against, in errors. */
  public static final String SETTING = "against";

  /** The shortest verbatim run that counts by default, in words. */
  public static final int DEFAULT_RUN_WORDS = 50;

  private static final Hasher64 HASHER = Hashing.komihash5_0();

  /**
   * A document of the corpora checked against that the checked text copies.
   *
   * @param corpus the file name of the jar that holds it
   * @param document its document id
   * @param jaccard the exact Jaccard similarity of the shingle sets if it reaches the threshold, else
   *     {@code NaN}
   * @param runWords the longest verbatim run shared with it, in words; 0 if under the minimum
   * @param runLine the 1-based line of the checked text where that run starts; 0 if there is none
   */
  public record Match(String corpus, String document, double jaccard, int runWords, int runLine) {

    /** Whether the Jaccard similarity reached the threshold. */
    public boolean nearDuplicate() {
      return !Double.isNaN(jaccard);
    }
  }

  private final NearDuplicateConfig near;
  private final int runWords;
  private final SimilarityHashPolicy policy;
  /** Per document ordinal: the jar's file name, and the document's id. */
  private final List<String> corpora;
  private final List<String> names;
  private final long[][] shingles;
  private final LongIntPairs bands;
  private final LongIntPairs runs;
  private final String key;

  private ContaminationIndex(NearDuplicateConfig near, int runWords, SimilarityHashPolicy policy,
      List<String> corpora, List<String> names, long[][] shingles, LongIntPairs bands, LongIntPairs runs, String key) {
    this.near = near;
    this.runWords = runWords;
    this.policy = policy;
    this.corpora = corpora;
    this.names = names;
    this.shingles = shingles;
    this.bands = bands;
    this.runs = runs;
    this.key = key;
  }

  /**
   * Reads every document of {@code jars}, in that order (a jar listed twice counts once), each
   * checked against its manifest and checksums.
   *
   * @param runWords the shortest verbatim run that counts, at least 1
   * @param near the shingle size, bands, rows and Jaccard threshold of the near-duplicate part
   * @throws InvalidAgainstCorpusException naming the jar when it is missing, not a regular file, not
   *     a corpus, or cannot be read
   * @throws InvalidConfigurationException when {@code runWords} is less than 1
   */
  public static ContaminationIndex build(List<Path> jars, int runWords, NearDuplicateConfig near) {
    Objects.requireNonNull(near, "near");
    if (runWords < 1) {
      throw new InvalidConfigurationException(SETTING, "the verbatim run must be at least 1 word, not " + runWords);
    }
    SimilarityHashPolicy policy = policy(near);
    List<Path> distinct = distinct(jars);
    List<String> corpora = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<long[]> shingleSets = new ArrayList<>();
    LongIntPairs bands = new LongIntPairs();
    LongIntPairs runs = new LongIntPairs();
    String key = key(distinct);
    for (Path jar : distinct) {
      String name = jar.getFileName().toString();
      try (CorpusReader reader = CorpusReader.open(jar); Stream<CorpusDocument> documents = reader.stream()) {
        for (Iterator<CorpusDocument> it = documents.iterator(); it.hasNext(); ) {
          CorpusDocument document = it.next();
          int ordinal = names.size();
          corpora.add(name);
          names.add(document.id());
          long[] set = Shingles.hashes(document.text(), near.shingleWords());
          shingleSets.add(set);
          if (set.length > 0) {
            long[] bandKeys = bandKeys(policy, near, signature(policy, set));
            for (long bandKey : bandKeys) {
              bands.add(bandKey, ordinal);
            }
          }
          for (long run : runHashes(Tokens.of(document.text()).words(), runWords)) {
            runs.add(run, ordinal);
          }
        }
      } catch (CorpusNotFoundException e) {
        throw new InvalidAgainstCorpusException(jar, "is not a corpus jar: it has no " + CorpusLayout.INDEX
            + ", hence no manifest of documents; give the jar of a packaged corpus", e);
      } catch (IOException e) {
        throw new InvalidAgainstCorpusException(jar, "cannot be read as a corpus: " + e.getMessage(), e);
      } catch (UncheckedIOException e) {
        throw new InvalidAgainstCorpusException(jar, "cannot be read as a corpus: " + e.getCause().getMessage(), e);
      }
    }
    bands.sort();
    runs.sort();
    return new ContaminationIndex(near, runWords, policy, List.copyOf(corpora), List.copyOf(names),
        shingleSets.toArray(new long[0][]), bands, runs, key);
  }

  /**
   * What per-document results checked against {@code jars} depend on: the SHA-256 of each jar, with
   * its file name, in order (a jar listed twice counts once), hashed; the same as {@link #key} of
   * the index built from them. Reads the jars, not their documents.
   *
   * @throws InvalidAgainstCorpusException naming a jar that is missing, not a regular file or unreadable
   */
  public static String key(List<Path> jars) {
    StringBuilder key = new StringBuilder("corpuskit-against 1\n");
    for (Corpus corpus : corpora(jars)) {
      key.append(corpus.sha256()).append(' ').append(corpus.file()).append('\n');
    }
    return Sha256.hex(key.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A corpus checked against, as a reviewer can identify it.
   *
   * @param file the jar's file name (a resolved artifact's is {@code artifactId-version.jar})
   * @param sha256 the jar's SHA-256, in lower-case hex
   */
  public record Corpus(String file, String sha256) {}

  /**
   * The corpora of {@code jars} in order (a jar listed twice counts once), each with its SHA-256, so
   * that the reports say what a build was checked against. Reads the jars, not their documents.
   *
   * @throws InvalidAgainstCorpusException naming a jar that is missing, not a regular file or unreadable
   */
  public static List<Corpus> corpora(List<Path> jars) {
    List<Corpus> corpora = new ArrayList<>();
    for (Path jar : distinct(jars)) {
      corpora.add(new Corpus(jar.getFileName().toString(), sha256(jar)));
    }
    return List.copyOf(corpora);
  }

  private static List<Path> distinct(List<Path> jars) {
    Set<Path> distinct = new LinkedHashSet<>();
    for (Path jar : jars) {
      distinct.add(jar.toAbsolutePath().normalize());
    }
    return List.copyOf(distinct);
  }

  /** How many documents the corpora checked against hold. */
  public int documents() {
    return names.size();
  }

  /** The shortest verbatim run that counts, in words. */
  public int runWords() {
    return runWords;
  }

  /**
   * What per-document results depend on: the SHA-256 of each jar, with its file name, in order. A
   * changed evaluation corpus changes it, so that cached findings are not reused.
   */
  public String key() {
    return key;
  }

  /**
   * The documents {@code text} copies, in the order their corpora were given and, within one, in
   * manifest order; empty when it copies none.
   */
  public List<Match> matches(CharSequence text) {
    TreeMap<Integer, double[]> jaccards = new TreeMap<>();
    long[] set = Shingles.hashes(text, near.shingleWords());
    if (set.length > 0 && bands.size() > 0) {
      for (long bandKey : bandKeys(policy, near, signature(policy, set))) {
        for (int i = bands.first(bandKey); i >= 0 && i < bands.size() && bands.key(i) == bandKey; i++) {
          int candidate = bands.value(i);
          if (!jaccards.containsKey(candidate)) {
            jaccards.put(candidate, new double[] {Shingles.jaccard(set, shingles[candidate])});
          }
        }
      }
    }
    TreeMap<Integer, int[]> longest = longestRuns(text);
    TreeMap<Integer, Match> matches = new TreeMap<>();
    jaccards.forEach((ordinal, jaccard) -> {
      if (jaccard[0] >= near.threshold()) {
        matches.put(ordinal, new Match(corpora.get(ordinal), names.get(ordinal), jaccard[0], 0, 0));
      }
    });
    longest.forEach((ordinal, run) -> {
      Match known = matches.get(ordinal);
      matches.put(ordinal, new Match(corpora.get(ordinal), names.get(ordinal), known == null ? Double.NaN : known.jaccard(), run[0], run[1]));
    });
    return List.copyOf(matches.values());
  }

  /** For each document sharing a run of at least {@link #runWords}: {longest run in words, its line}. */
  private TreeMap<Integer, int[]> longestRuns(CharSequence text) {
    TreeMap<Integer, int[]> longest = new TreeMap<>();
    if (runs.size() == 0) {
      return longest;
    }
    Tokens tokens = Tokens.of(text);
    long[] windows = runHashes(tokens.words(), runWords);
    int runOrdinal = -1;
    int runStart = -1;
    for (int i = 0; i <= windows.length; i++) {
      int at = i < windows.length ? runs.first(windows[i]) : -1;
      int ordinal = at < 0 ? -1 : runs.value(at);
      if (ordinal != runOrdinal || at < 0) {
        if (runOrdinal >= 0) {
          int words = i - runStart + runWords - 1;
          int[] best = longest.get(runOrdinal);
          if (best == null || words > best[0]) {
            longest.put(runOrdinal, new int[] {words, tokens.line(runStart)});
          }
        }
        runOrdinal = ordinal;
        runStart = i;
      }
    }
    return longest;
  }

  /**
   * The hash of each run of {@code n} consecutive words, by its first word: Komihash of the words'
   * own hashes, so each run costs {@code 8n} bytes of hashing rather than its characters.
   */
  static long[] runHashes(List<String> words, int n) {
    if (words.size() < n) {
      return new long[0];
    }
    byte[] wordHashes = new byte[words.size() * Long.BYTES];
    for (int w = 0; w < words.size(); w++) {
      long hash = HASHER.hashCharsToLong(words.get(w));
      for (int b = 0; b < Long.BYTES; b++) {
        wordHashes[w * Long.BYTES + b] = (byte) (hash >>> (8 * b));
      }
    }
    long[] hashes = new long[words.size() - n + 1];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = HASHER.hashBytesToLong(wordHashes, i * Long.BYTES, n * Long.BYTES);
    }
    return hashes;
  }

  private static SimilarityHashPolicy policy(NearDuplicateConfig near) {
    return Signer.policy(near); // the same values as the documents' own signatures
  }

  private static byte[] signature(SimilarityHashPolicy policy, long[] shingles) {
    return policy.createHasher().compute(ElementHashProvider.ofValues(shingles));
  }

  /** One key per band: the band's number and its rows' values, hashed. */
  private static long[] bandKeys(SimilarityHashPolicy policy, NearDuplicateConfig near, byte[] signature) {
    int rows = near.rows();
    long[] keys = new long[near.bands()];
    byte[] key = new byte[Integer.BYTES + rows * Long.BYTES];
    for (int band = 0; band < near.bands(); band++) {
      for (int b = 0; b < Integer.BYTES; b++) {
        key[b] = (byte) (band >>> (8 * b));
      }
      for (int r = 0; r < rows; r++) {
        long value = policy.getComponent(signature, band * rows + r);
        for (int b = 0; b < Long.BYTES; b++) {
          key[Integer.BYTES + r * Long.BYTES + b] = (byte) (value >>> (8 * b));
        }
      }
      keys[band] = HASHER.hashBytesToLong(key);
    }
    return keys;
  }

  private static String sha256(Path jar) {
    if (!Files.isRegularFile(jar)) {
      throw new InvalidAgainstCorpusException(jar, Files.exists(jar)
          ? "is not a jar file; give the corpus jar itself" : "does not exist", null);
    }
    MessageDigest digest = Sha256.digest();
    try (InputStream in = Files.newInputStream(jar)) {
      byte[] buffer = new byte[64 * 1024];
      for (int read; (read = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, read);
      }
    } catch (IOException e) {
      throw new InvalidAgainstCorpusException(jar, "cannot be read: " + e.getMessage(), e);
    }
    return Sha256.hex(digest);
  }

  /**
   * The normalised words of a text as {@link Shingles#words} gives them, with the line each starts
   * on: lines end at {@code \n}, {@code \r\n} and a lone {@code \r}, as {@link dev.corpuskit.text.TextPosition} counts them.
   */
  record Tokens(List<String> words, int[] lines) {

    static Tokens of(CharSequence text) {
      List<String> words = new ArrayList<>();
      int[][] lines = {new int[16]};
      int[] line = {1};
      int[] scanned = {0}; // line breaks are counted up to here
      Shingles.forEachWord(text, (word, start) -> {
        for (int i = scanned[0]; i < start; i++) {
          char c = text.charAt(i);
          if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
            line[0]++;
          }
        }
        scanned[0] = start;
        if (words.size() == lines[0].length) {
          lines[0] = Arrays.copyOf(lines[0], lines[0].length * 2);
        }
        lines[0][words.size()] = line[0];
        words.add(word.toString());
      });
      return new Tokens(words, lines[0]);
    }

    int line(int word) {
      return lines[word];
    }
  }
}
