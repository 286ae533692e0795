package dev.corpuskit.near;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import dev.corpuskit.io.AtomicFiles;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * Finds the clusters of near-duplicate documents among those {@linkplain #add added}. Each document
 * comes as its {@link Signature} ({@link Signer}: MinHash over word shingles, {@code bands × rows}
 * 64-bit values); two documents whose signatures agree on all rows of at least one band are a
 * candidate pair, and a candidate counts only once the exact Jaccard similarity of their shingle sets
 * reaches the threshold, so no pair below it is ever reported, whatever the hashes did. The shingle
 * sets are not kept: {@link #result} asks a {@link TextLookup} for the texts of the candidates only.
 * The confirmed pairs are joined into clusters by union-find; a cluster's representative is its
 * smallest id in {@link String#compareTo} order.
 *
 * <p><b>Memory stays flat</b>, so that a million documents fit in a 256 MB heap. Per added document
 * the heap holds about 32 bytes: the offset of its id in the id file (8), a 64-bit hash of the id (8)
 * and 8 to 16 bytes of the hash table that catches a repeated id; {@link #result} adds 4 for
 * union-find. Everything else goes to scratch files as it is added: the ids in UTF-8, and for each
 * band a 12-byte record (the band's 64-bit Komihash key, the document's ordinal), 168 bytes per
 * document with the defaults; the signature itself is not kept, its band keys are all the index
 * needs. {@link #result} sorts each band's records on disk (sorted runs of a bounded number of
 * records, 2<sup>18</sup> by default, 12 bytes each, then merges of at most
 * 64 runs; the runs of one band at a time are on disk, 12 bytes per document),
 * so that equal keys come together as buckets; the candidate pairs of the buckets go to another
 * scratch file (12 bytes per pair a band gives), sorted the same way to drop the pairs several bands
 * gave.
 * The texts of the candidates are then read one pair at a time, with a bounded cache of shingle sets
 * (2<sup>21</sup> hashes, 16 MiB). Beside those fixed buffers, the heap holds the largest bucket
 * (4 bytes a member) and the result itself.
 *
 * <p><b>A huge bucket</b> (thousands of identical texts share every band key) would give a quadratic
 * number of pairs: a bucket of up to 100 documents gives all its pairs, a
 * larger one only the pairs of its smallest id with each other member, so its work grows linearly.
 * What that costs: a pair of two other members of such a bucket is confirmed only if another band
 * makes it a candidate, so the {@linkplain Result#pairs pairs} may miss it; the clusters lose nothing
 * when each member reaches the threshold with that smallest id, as in a cluster of copies where every
 * pair does (a clique); a member that reaches it only with another member than that one stays out of
 * the cluster unless another band pairs them.
 *
 * <p>The result depends only on the set of documents, not on the order they were added in nor on the
 * sort's run size: buckets are sets, the member a huge bucket pairs with is chosen by id, and every
 * list in the result is sorted by id.
 *
 * <p>The scratch files go to the folder given at construction, named like {@link AtomicFiles}'s
 * scratch files ({@code .near-duplicates.<pid>.<n>.<part>.tmp}), so that
 * {@link AtomicFiles#sweepDeadWriters} deletes those of a killed run; {@link #close} deletes them.
 * Not thread-safe.
 */
public final class NearDuplicateIndex implements Closeable {

  /** A member of a cluster and its exact Jaccard similarity to the cluster's representative. */
  public record Member(String id, double jaccard) {}

  /**
   * A cluster of at least two documents.
   *
   * @param representative the smallest id of the cluster
   * @param members every document of the cluster, the representative included (with 1.0), sorted by id
   */
  public record Cluster(String representative, List<Member> members) {
    public Cluster {
      members = List.copyOf(members);
    }
  }

  /** A confirmed pair, {@code first < second}, with its exact Jaccard similarity. */
  public record Pair(String first, String second, double jaccard) {}

  /**
   * What the index found.
   *
   * @param clusters the clusters, sorted by representative
   * @param pairs the confirmed pairs, sorted by first then second id
   * @param indexed the documents that had at least one shingle
   * @param tooShort the documents skipped for having fewer words than one shingle
   * @param candidates the distinct candidate pairs the bands gave, confirmed or not
   */
  public record Result(
      List<Cluster> clusters, List<Pair> pairs, int indexed, int tooShort, long candidates) {
    public Result {
      clusters = List.copyOf(clusters);
      pairs = List.copyOf(pairs);
    }
  }

  /** The text of an added document, read again to confirm a candidate pair. */
  @FunctionalInterface
  public interface TextLookup {
    /** The text {@code id} was signed from. */
    CharSequence text(String id) throws IOException;
  }

  /** The largest bucket that gives all its pairs; a larger one gives those of its smallest id only. */
  static final int ALL_PAIRS_UP_TO = 100;

  /** The records sorted in memory at a time: 3 MiB of keys and ordinals. */
  static final int DEFAULT_RUN_RECORDS = 1 << 18;

  /** The most sorted runs merged at once (each read through a small buffer). */
  static final int MERGE_FAN_IN = 64;

  /** The most shingle hashes the cache of {@link #result} keeps: 16 MiB. */
  static final int CACHE_HASHES = 1 << 21;

  /** The target the scratch files are named after. */
  private static final String SCRATCH_NAME = "near-duplicates";

  /** A band or candidate record: a 64-bit key and a 32-bit ordinal. */
  private static final int RECORD_BYTES = Long.BYTES + Integer.BYTES;

  private static final Hasher64 BAND_HASHER = Hashing.komihash5_0();
  private static final Hasher64 ID_HASHER = Hashing.komihash5_0();

  private final NearDuplicateConfig config;
  private final Path scratchDirectory;
  private final int runRecords;

  /** Every scratch file still to delete. */
  private final List<Path> scratchFiles = new ArrayList<>();

  /** Documents added, too short ones included: the ordinals are 0 to count - 1. */
  private int count;
  private int tooShort;
  /** Where each ordinal's id starts in the id file; entry {@code count} is the file's length. */
  private long[] idOffsets = new long[1025];
  /** The 64-bit hash of each ordinal's id. */
  private long[] idHashes = new long[1024];
  /** Open addressing on the id hashes: ordinal + 1, or 0 for a free slot. */
  private int[] idTable = new int[2048];

  private Path idFile;
  private FileChannel ids;
  private final ByteBuffer idBuffer = ByteBuffer.allocate(1 << 16);
  private long idFlushed;

  private Path[] bandFiles;
  private DataOutputStream[] bands;
  private long bandRecords;

  private long sortRuns;
  private long operations;
  private boolean closed;

  /**
   * An empty index.
   *
   * @param config the parameters, those the signatures were computed with
   * @param scratchDirectory where scratch files are written (made if missing)
   */
  public NearDuplicateIndex(NearDuplicateConfig config, Path scratchDirectory) {
    this(config, scratchDirectory, DEFAULT_RUN_RECORDS);
  }

  /** An empty index whose sorts hold {@code runRecords} records in memory at a time. */
  NearDuplicateIndex(NearDuplicateConfig config, Path scratchDirectory, int runRecords) {
    this.config = Objects.requireNonNull(config, "config");
    this.scratchDirectory = Objects.requireNonNull(scratchDirectory, "scratchDirectory");
    if (runRecords < 1) {
      throw new IllegalArgumentException("a sorted run holds at least one record, not " + runRecords);
    }
    this.runRecords = runRecords;
  }

  /**
   * Adds a document by its signature: its id goes to the id file, its band keys to the band files.
   * A {@linkplain Signature#tooShort too short} one is counted, not indexed.
   *
   * @throws IllegalArgumentException if the id was already added, or the signature is not of this
   *     index's size
   * @throws UncheckedIOException if a scratch file cannot be written
   * @throws IllegalStateException once {@linkplain #close closed}
   */
  public void add(String id, Signature signature) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(signature, "signature");
    checkOpen();
    try {
      long hash = ID_HASHER.hashCharsToLong(id);
      int slot = (int) (hash ^ (hash >>> 32)) & (idTable.length - 1);
      for (; idTable[slot] != 0; slot = (slot + 1) & (idTable.length - 1)) {
        int other = idTable[slot] - 1;
        if (idHashes[other] == hash && readId(other).equals(id)) {
          throw new IllegalArgumentException("Document " + id + " was already added");
        }
      }
      if (!signature.tooShort() && signature.bytes().length != config.signatureSize() * Long.BYTES) {
        throw new IllegalArgumentException("The signature of " + id + " has " + signature.bytes().length
            + " bytes, not the " + config.signatureSize() * Long.BYTES + " of " + config);
      }
      open();
      int ordinal = count;
      if (ordinal == Integer.MAX_VALUE - 1) {
        throw new IllegalStateException("An index holds at most " + ordinal + " documents");
      }
      if (ordinal == idHashes.length) {
        idHashes = Arrays.copyOf(idHashes, (int) Math.min(Integer.MAX_VALUE - 8, idHashes.length * 2L));
        idOffsets = Arrays.copyOf(idOffsets, idHashes.length + 1);
      }
      writeId(id.getBytes(StandardCharsets.UTF_8));
      idHashes[ordinal] = hash;
      idTable[slot] = ordinal + 1;
      count++;
      if (count * 2L > idTable.length) {
        rehash();
      }
      if (signature.tooShort()) {
        tooShort++;
        return;
      }
      byte[] values = signature.bytes();
      int bandBytes = config.rows() * Long.BYTES;
      for (int band = 0; band < config.bands(); band++) {
        // The band's values are its rows' components, each little-endian at 8 bytes an index
        // (SignatureStabilityTest checks hash4j's layout): hashed in place, as their bytes.
        bands[band].writeLong(BAND_HASHER.hashBytesToLong(values, band * bandBytes, bandBytes));
        bands[band].writeInt(ordinal);
      }
      bandRecords++;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the near-duplicate scratch files in " + scratchDirectory
          + ": " + e.getMessage() + ". Make room or give a writable scratch folder.", e);
    }
  }

  /** Deletes the scratch files. The index cannot be used afterwards; a second call does nothing. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    IOException failure = null;
    List<Closeable> open = new ArrayList<>();
    if (bands != null) {
      open.addAll(Arrays.asList(bands));
    }
    open.add(ids);
    for (Closeable c : open) {
      try {
        if (c != null) {
          c.close();
        }
      } catch (IOException e) {
        failure = failure == null ? e : failure;
      }
    }
    for (Path file : scratchFiles) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        failure = failure == null ? e : failure;
      }
    }
    scratchFiles.clear();
    idOffsets = null;
    idHashes = null;
    idTable = null;
    if (failure != null) {
      throw new UncheckedIOException("Cannot delete the near-duplicate scratch files in " + scratchDirectory, failure);
    }
  }

  /**
   * Bands, confirms and clusters the documents added so far, reading the texts of the candidate
   * pairs' documents from {@code texts}.
   *
   * @throws IOException when {@code texts} cannot give a text, or a scratch file cannot be written
   * @throws IllegalStateException once {@linkplain #close closed}
   */
  public Result result(TextLookup texts) throws IOException {
    checkOpen();
    int indexed = count - tooShort;
    if (bandRecords == 0) {
      return new Result(List.of(), List.of(), indexed, tooShort, 0);
    }
    for (DataOutputStream band : bands) {
      band.flush();
    }
    flushIds();

    SortBuffer buffer = new SortBuffer();
    Path candidateFile = scratch(".pairs.tmp");
    long candidateRecords = 0;
    try {
      try (DataOutputStream out = output(candidateFile, 1 << 16)) {
        Bucketer bucketer = new Bucketer(out);
        for (int band = 0; band < config.bands(); band++) {
          sort(bandFiles[band], bandRecords, buffer, bucketer);
          bucketer.end();
        }
        candidateRecords = bucketer.written;
      }
      Confirmer confirmer = new Confirmer(texts);
      sort(candidateFile, candidateRecords, buffer, confirmer);
      return clusters(confirmer, indexed);
    } finally {
      delete(candidateFile);
    }
  }

  /** How many runs the sorts of {@link #result} sorted in memory: for tests. */
  long sortRuns() {
    return sortRuns;
  }

  /**
   * The work of {@link #result} that depends on the buckets: candidate pair records written, ids read
   * to choose a huge bucket's member, Jaccard similarities computed. For tests.
   */
  long operations() {
    return operations;
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("This near-duplicate index is closed");
    }
  }

  /** Creates the id and band files at the first document, so that an unused index writes nothing. */
  private void open() throws IOException {
    if (ids != null) {
      return;
    }
    idFile = scratch(".ids.tmp");
    ids = FileChannel.open(idFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
    bandFiles = new Path[config.bands()];
    bands = new DataOutputStream[config.bands()];
    for (int band = 0; band < bands.length; band++) {
      bandFiles[band] = scratch(".band" + band + ".tmp");
      bands[band] = output(bandFiles[band], 1 << 14);
    }
  }

  private Path scratch(String suffix) throws IOException {
    Path file = AtomicFiles.scratchFile(scratchDirectory.resolve(SCRATCH_NAME), suffix);
    scratchFiles.add(file);
    return file;
  }

  private void delete(Path file) throws IOException {
    Files.deleteIfExists(file);
    scratchFiles.remove(file);
  }

  private static DataOutputStream output(Path file, int bufferBytes) throws IOException {
    return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), bufferBytes));
  }

  private static DataInputStream input(Path file, int bufferBytes) throws IOException {
    return new DataInputStream(new BufferedInputStream(Files.newInputStream(file), bufferBytes));
  }

  private void rehash() {
    int[] table = new int[idTable.length * 2];
    for (int ordinal = 0; ordinal < count; ordinal++) {
      long hash = idHashes[ordinal];
      int slot = (int) (hash ^ (hash >>> 32)) & (table.length - 1);
      while (table[slot] != 0) {
        slot = (slot + 1) & (table.length - 1);
      }
      table[slot] = ordinal + 1;
    }
    idTable = table;
  }

  private void writeId(byte[] bytes) throws IOException {
    if (bytes.length > idBuffer.remaining()) {
      flushIds();
    }
    if (bytes.length > idBuffer.capacity()) {
      ByteBuffer whole = ByteBuffer.wrap(bytes);
      while (whole.hasRemaining()) {
        idFlushed += ids.write(whole, idFlushed);
      }
    } else {
      idBuffer.put(bytes);
    }
    idOffsets[count + 1] = idOffsets[count] + bytes.length;
  }

  private void flushIds() throws IOException {
    idBuffer.flip();
    while (idBuffer.hasRemaining()) {
      idFlushed += ids.write(idBuffer, idFlushed);
    }
    idBuffer.clear();
  }

  /** The id of {@code ordinal}, read back from the id file. */
  private String readId(int ordinal) throws IOException {
    long start = idOffsets[ordinal];
    int length = (int) (idOffsets[ordinal + 1] - start);
    if (start + length > idFlushed) {
      flushIds();
    }
    ByteBuffer bytes = ByteBuffer.allocate(length);
    while (bytes.hasRemaining()) {
      if (ids.read(bytes, start + bytes.position()) < 0) {
        throw new EOFException("The near-duplicate id file " + idFile + " is cut short");
      }
    }
    return new String(bytes.array(), StandardCharsets.UTF_8);
  }

  /** Takes the records of a sort in order: key, then ordinal. */
  private interface RecordSink {
    void accept(long key, int value) throws IOException;
  }

  /** The arrays a run is sorted in, shared by the sorts of one {@link #result}; at most a run long. */
  private final class SortBuffer {
    long[] keys = new long[0];
    int[] values = new int[0];

    /** Makes room for a run of {@code records}, or of the run size if that is less. */
    void fit(long records) {
      int size = (int) Math.min(runRecords, records);
      if (keys.length < size) {
        keys = new long[size];
        values = new int[size];
      }
    }
  }

  /**
   * Sends the {@code records} (key, value) records of {@code file} to {@code sink} sorted by key then
   * value: runs of at most the buffer's size are sorted in memory; a single run goes to the sink
   * directly, several are written to scratch files and merged, {@value #MERGE_FAN_IN} at a time.
   */
  private void sort(Path file, long records, SortBuffer buffer, RecordSink sink) throws IOException {
    buffer.fit(records);
    long[] keys = buffer.keys;
    int[] values = buffer.values;
    int runSize = (int) Math.min(runRecords, keys.length);
    List<Path> runs = new ArrayList<>();
    try {
      try (DataInputStream in = input(file, 1 << 16)) {
        for (long left = records; left > 0; ) {
          int size = (int) Math.min(runSize, left);
          for (int i = 0; i < size; i++) {
            keys[i] = in.readLong();
            values[i] = in.readInt();
          }
          left -= size;
          quickSort(keys, values, 0, size - 1);
          sortRuns++;
          if (runs.isEmpty() && left == 0) {
            for (int i = 0; i < size; i++) {
              sink.accept(keys[i], values[i]);
            }
            return;
          }
          Path run = scratch(".run.tmp");
          runs.add(run);
          try (DataOutputStream out = output(run, 1 << 16)) {
            for (int i = 0; i < size; i++) {
              out.writeLong(keys[i]);
              out.writeInt(values[i]);
            }
          }
        }
      }
      while (runs.size() > MERGE_FAN_IN) {
        List<Path> merged = new ArrayList<>();
        for (int from = 0; from < runs.size(); from += MERGE_FAN_IN) {
          List<Path> group = runs.subList(from, Math.min(runs.size(), from + MERGE_FAN_IN));
          Path run = scratch(".run.tmp");
          merged.add(run);
          try (DataOutputStream out = output(run, 1 << 16)) {
            merge(group, (k, v) -> {
              out.writeLong(k);
              out.writeInt(v);
            });
          }
          for (Path done : group) {
            delete(done);
          }
        }
        runs = merged;
      }
      merge(runs, sink);
    } finally {
      for (Path run : runs) {
        delete(run);
      }
    }
  }

  /** A sorted run being merged: its next record. */
  private static final class RunReader {
    final DataInputStream in;
    final int index;
    long remaining;
    long key;
    int value;

    RunReader(Path run, int index) throws IOException {
      this.in = input(run, 1 << 13);
      this.index = index;
      this.remaining = Files.size(run) / RECORD_BYTES;
    }

    boolean next() throws IOException {
      if (remaining == 0) {
        return false;
      }
      remaining--;
      key = in.readLong();
      value = in.readInt();
      return true;
    }
  }

  private static void merge(List<Path> runs, RecordSink sink) throws IOException {
    PriorityQueue<RunReader> queue = new PriorityQueue<>(Math.max(1, runs.size()),
        Comparator.<RunReader>comparingLong(r -> r.key).thenComparingInt(r -> r.value)
            .thenComparingInt(r -> r.index));
    List<RunReader> readers = new ArrayList<>();
    try {
      for (int i = 0; i < runs.size(); i++) {
        RunReader reader = new RunReader(runs.get(i), i);
        readers.add(reader);
        if (reader.next()) {
          queue.add(reader);
        }
      }
      while (!queue.isEmpty()) {
        RunReader reader = queue.poll();
        sink.accept(reader.key, reader.value);
        if (reader.next()) {
          queue.add(reader);
        }
      }
    } finally {
      for (RunReader reader : readers) {
        reader.in.close();
      }
    }
  }

  /** Sorts {@code keys[from..to]} by key then value, moving {@code values} along. */
  private static void quickSort(long[] keys, int[] values, int from, int to) {
    while (to - from > 16) {
      int mid = (from + to) >>> 1;
      // median of three as the pivot, so that sorted input stays n log n
      if (less(keys, values, mid, from)) {
        swap(keys, values, mid, from);
      }
      if (less(keys, values, to, from)) {
        swap(keys, values, to, from);
      }
      if (less(keys, values, to, mid)) {
        swap(keys, values, to, mid);
      }
      long pivotKey = keys[mid];
      int pivotValue = values[mid];
      int i = from;
      int j = to;
      while (i <= j) {
        while (compare(keys[i], values[i], pivotKey, pivotValue) < 0) {
          i++;
        }
        while (compare(keys[j], values[j], pivotKey, pivotValue) > 0) {
          j--;
        }
        if (i <= j) {
          swap(keys, values, i, j);
          i++;
          j--;
        }
      }
      // recurse into the smaller side, loop on the larger: the stack stays logarithmic
      if (j - from < to - i) {
        quickSort(keys, values, from, j);
        from = i;
      } else {
        quickSort(keys, values, i, to);
        to = j;
      }
    }
    for (int i = from + 1; i <= to; i++) {
      long k = keys[i];
      int v = values[i];
      int j = i - 1;
      while (j >= from && compare(keys[j], values[j], k, v) > 0) {
        keys[j + 1] = keys[j];
        values[j + 1] = values[j];
        j--;
      }
      keys[j + 1] = k;
      values[j + 1] = v;
    }
  }

  private static int compare(long key, int value, long otherKey, int otherValue) {
    int c = Long.compare(key, otherKey);
    return c != 0 ? c : Integer.compare(value, otherValue);
  }

  private static boolean less(long[] keys, int[] values, int i, int j) {
    return compare(keys[i], values[i], keys[j], values[j]) < 0;
  }

  private static void swap(long[] keys, int[] values, int i, int j) {
    long k = keys[i];
    keys[i] = keys[j];
    keys[j] = k;
    int v = values[i];
    values[i] = values[j];
    values[j] = v;
  }

  /** A growable array of ints. */
  private static final class Ints {
    int[] values = new int[16];
    int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }
  }

  /**
   * Takes one band's records in key order and writes the candidate pairs of each bucket (the
   * documents with one key) as records {@code (smaller ordinal << 32 | larger ordinal, 0)}.
   */
  private final class Bucketer implements RecordSink {
    private final DataOutputStream out;
    private final Ints bucket = new Ints();
    private long bucketKey;
    long written;

    Bucketer(DataOutputStream out) {
      this.out = out;
    }

    @Override
    public void accept(long key, int ordinal) throws IOException {
      if (bucket.size > 0 && key != bucketKey) {
        end();
      }
      bucketKey = key;
      bucket.add(ordinal);
    }

    /** Writes the pairs of the bucket being read, and starts the next. */
    void end() throws IOException {
      int[] members = bucket.values;
      int size = bucket.size;
      if (size <= ALL_PAIRS_UP_TO) {
        for (int i = 0; i < size; i++) {
          for (int j = i + 1; j < size; j++) {
            write(members[i], members[j]);
          }
        }
      } else {
        // Above the bound, the pairs of the smallest id only: linear work, chosen by id so that the
        // pairs do not depend on the order the documents were added in.
        int hub = members[0];
        String hubId = readId(hub);
        for (int i = 1; i < size; i++) {
          String id = readId(members[i]);
          operations++;
          if (id.compareTo(hubId) < 0) {
            hub = members[i];
            hubId = id;
          }
        }
        for (int i = 0; i < size; i++) {
          if (members[i] != hub) {
            write(hub, members[i]);
          }
        }
      }
      bucket.size = 0;
      if (bucket.values.length > 1 << 16) {
        bucket.values = new int[16]; // a huge bucket's array is not kept for the small ones after it
      }
    }

    private void write(int a, int b) throws IOException {
      out.writeLong(a < b ? (long) a << 32 | b : (long) b << 32 | a);
      out.writeInt(0);
      written++;
      operations++;
    }
  }

  /** The shingle sets of recently read documents, within {@value #CACHE_HASHES} hashes. */
  private final class ShingleCache {
    private final TextLookup texts;
    private final LinkedHashMap<Integer, long[]> sets = new LinkedHashMap<>(256, 0.75f, true);
    private long hashes;

    ShingleCache(TextLookup texts) {
      this.texts = texts;
    }

    long[] get(int ordinal) throws IOException {
      long[] known = sets.get(ordinal);
      if (known != null) {
        return known;
      }
      String id = readId(ordinal);
      CharSequence text = texts.text(id);
      if (text == null) {
        throw new IOException("No text for document " + id + " to confirm a near-duplicate pair");
      }
      known = Shingles.hashes(text, config.shingleWords());
      sets.put(ordinal, known);
      hashes += known.length;
      for (Iterator<long[]> eldest = sets.values().iterator(); hashes > CACHE_HASHES && sets.size() > 1; ) {
        hashes -= eldest.next().length;
        eldest.remove();
      }
      return known;
    }
  }

  /** Takes the candidate records in order, skips repeats, and keeps the pairs that reach the threshold. */
  private final class Confirmer implements RecordSink {
    final ShingleCache shingles;
    final Ints first = new Ints();
    final Ints second = new Ints();
    double[] jaccards = new double[16];
    long distinct;
    private long previous = -1;

    Confirmer(TextLookup texts) {
      this.shingles = new ShingleCache(texts);
    }

    @Override
    public void accept(long pair, int unused) throws IOException {
      if (pair == previous) {
        return;
      }
      previous = pair;
      distinct++;
      int a = (int) (pair >>> 32);
      int b = (int) pair;
      long[] left = shingles.get(a);
      double jaccard = Shingles.jaccard(left, shingles.get(b));
      operations++;
      if (jaccard >= config.threshold()) {
        if (first.size == jaccards.length) {
          jaccards = Arrays.copyOf(jaccards, jaccards.length * 2);
        }
        jaccards[first.size] = jaccard;
        first.add(a);
        second.add(b);
      }
    }
  }

  /** Joins the confirmed pairs into clusters by union-find and puts the result in id order. */
  private Result clusters(Confirmer confirmed, int indexed) throws IOException {
    int pairCount = confirmed.first.size;
    int[] parent = new int[count];
    for (int i = 0; i < count; i++) {
      parent[i] = i;
    }
    int[] firsts = confirmed.first.values;
    int[] seconds = confirmed.second.values;
    for (int p = 0; p < pairCount; p++) {
      int ra = find(parent, firsts[p]);
      int rb = find(parent, seconds[p]);
      if (ra != rb) {
        parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
    }
    // The members, grouped by root: (root << 32 | ordinal), sorted, without repeats.
    long[] members = new long[pairCount * 2];
    for (int p = 0; p < pairCount; p++) {
      members[2 * p] = (long) find(parent, firsts[p]) << 32 | firsts[p];
      members[2 * p + 1] = (long) find(parent, seconds[p]) << 32 | seconds[p];
    }
    Arrays.sort(members);
    Map<Integer, String> names = new HashMap<>();
    for (long member : members) {
      if (!names.containsKey((int) member)) {
        names.put((int) member, readId((int) member));
      }
    }

    List<Pair> pairs = new ArrayList<>(pairCount);
    for (int p = 0; p < pairCount; p++) {
      String a = names.get(firsts[p]);
      String b = names.get(seconds[p]);
      pairs.add(a.compareTo(b) < 0 ? new Pair(a, b, confirmed.jaccards[p]) : new Pair(b, a, confirmed.jaccards[p]));
    }
    pairs.sort(Comparator.comparing(Pair::first).thenComparing(Pair::second));

    List<Cluster> clusters = new ArrayList<>();
    for (int from = 0; from < members.length; ) {
      int root = (int) (members[from] >>> 32);
      List<Integer> group = new ArrayList<>();
      int to = from;
      for (; to < members.length && (int) (members[to] >>> 32) == root; to++) {
        if (to == from || members[to] != members[to - 1]) {
          group.add((int) members[to]);
        }
      }
      from = to;
      group.sort(Comparator.comparing(names::get));
      int representative = group.get(0);
      long[] representativeShingles = confirmed.shingles.get(representative);
      List<Member> list = new ArrayList<>(group.size());
      for (int d : group) {
        list.add(new Member(names.get(d), d == representative ? 1.0
            : Shingles.jaccard(representativeShingles, confirmed.shingles.get(d))));
      }
      clusters.add(new Cluster(names.get(representative), list));
    }
    clusters.sort(Comparator.comparing(Cluster::representative));
    return new Result(clusters, pairs, indexed, tooShort, confirmed.distinct);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
