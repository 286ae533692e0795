package dev.corpuskit.pipeline.state;

import static dev.corpuskit.pipeline.state.BinaryFields.readBytes;
import static dev.corpuskit.pipeline.state.BinaryFields.readString;
import static dev.corpuskit.pipeline.state.BinaryFields.writeBytes;
import static dev.corpuskit.pipeline.state.BinaryFields.writeString;

import dev.corpuskit.io.PendingFile;
import dev.corpuskit.lang.DetectedLanguage;
import dev.corpuskit.near.Signature;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.Measure;
import dev.corpuskit.validate.Severity;
import dev.corpuskit.validate.Signal;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The per-file results of the previous run, in one binary file sorted by source path, so that a run
 * reads it as a stream in step with the sorted files (memory stays flat) and writes the next one the
 * same way. A header holds the configuration keys: results under another validation key are ignored,
 * cleaned forms under another cleaning key are dropped. A damaged or foreign file counts as no cache.
 *
 * <p>Each state is its path and its bytes, with their length: the reader, which runs in file order for
 * every thread, only frames them, and the worker that processes the file decodes them
 * ({@link Entry#state()}).
 *
 * <p>A CRC-32C follows the header and each state (over its path and bytes), checked where the state is
 * decoded: a state damaged on disk (a flipped bit in a cleaned form's SHA-256 would otherwise go into
 * the manifest, and stay there build after build) is dropped and its file processed again.
 */
public final class DocumentCache {

  private static final int MAGIC = 0x434B4343; // "CKCC": findings carry measures, states signals and language
  private static final int MAX_KEYS = 16 << 20;
  private static final int MAX_FIELD = 64 << 20;
  private static final int MAX_STATE = 1 << 30;
  private static final Severity[] SEVERITIES = Severity.values();

  private DocumentCache() {}

  /** Streams the states of a cache file in path order. */
  public static final class Reader implements Closeable {
    private final DataInputStream in;
    private final long startedAt;
    private final String cleaningKey;
    private final boolean keepCleaned;
    private Entry next;

    private Reader(DataInputStream in, long startedAt, String cleaningKey, boolean keepCleaned) throws IOException {
      this.in = in;
      this.startedAt = startedAt;
      this.cleaningKey = cleaningKey;
      this.keepCleaned = keepCleaned;
      advance();
    }

    /** No cache. */
    public static Reader empty() throws IOException {
      return new Reader(null, Long.MIN_VALUE, "", false);
    }

    /**
     * Opens {@code file} for a run under {@code validationKey}; {@code cleaningKey} is null for a run
     * that does not clean, which keeps the cleaned forms for a later cleaning run to judge, as bytes.
     */
    public static Reader open(Path file, String validationKey, String cleaningKey) throws IOException {
      DataInputStream in;
      try {
        in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 64 * 1024));
      } catch (NoSuchFileException e) {
        return empty();
      }
      try {
        if (in.readInt() != MAGIC || !readString(in, MAX_FIELD, "cache").equals(validationKey)) {
          in.close();
          return empty();
        }
        long startedAt = in.readLong();
        String storedCleaningKey = readString(in, MAX_FIELD, "cache");
        if (in.readInt() != headerCrc(validationKey, startedAt, storedCleaningKey)) {
          in.close();
          return empty(); // a damaged header: its time or keys cannot be trusted
        }
        boolean keep = cleaningKey == null || cleaningKey.equals(storedCleaningKey);
        return new Reader(in, startedAt, storedCleaningKey, keep);
      } catch (IOException | RuntimeException e) {
        in.close();
        return empty();
      }
    }

    /**
     * When the run that wrote the cache started: a file modified in that second or later may have
     * changed after its state was taken without changing its size or time (see
     * {@link Fingerprints#racy}), so only its content can tell.
     */
    public long startedAt() {
      return startedAt;
    }

    /** The cleaning key the cached cleaned forms were made under; empty when none. */
    public String cleaningKey() {
      return cleaningKey;
    }

    /** The state of {@code relativePath}, if cached, still encoded; calls must come in ascending path order. */
    public Entry find(String relativePath) throws IOException {
      while (next != null && next.path().compareTo(relativePath) < 0) {
        advance();
      }
      if (next == null || !next.path().equals(relativePath)) {
        return null;
      }
      Entry found = next;
      advance();
      return found;
    }

    private void advance() throws IOException {
      next = null;
      if (in == null) {
        return;
      }
      try {
        if (in.readBoolean()) {
          String path = readString(in, MAX_FIELD, "cache");
          byte[] bytes = readBytes(in, MAX_STATE, "cache");
          int crc = in.readInt();
          if (path == null || bytes == null) {
            throw new IOException("damaged cache: a state without its path or bytes");
          }
          next = new Entry(path, bytes, keepCleaned, crc);
        }
      } catch (IOException | RuntimeException e) {
        next = null; // a truncated or damaged cache: the rest is recomputed
      }
    }

    @Override
    public void close() throws IOException {
      if (in != null) {
        in.close();
      }
    }
  }

  /**
   * A cached state as the cache holds it, framed by the reader and decoded by the worker.
   *
   * @param path the source's relative path
   * @param bytes the rest of the state
   * @param keepCleaned whether its cleaned form holds under this run's cleaning key
   * @param crc the CRC-32C the cache holds for the path and bytes
   */
  public record Entry(String path, byte[] bytes, boolean keepCleaned, int crc) {

    /** An entry whose CRC is taken from its path and bytes as they are. */
    public Entry(String path, byte[] bytes, boolean keepCleaned) {
      this(path, bytes, keepCleaned, stateCrc(path, bytes, bytes.length));
    }

    /**
     * The state, or null when its bytes do not decode to one exactly: the file is then processed as if
     * it were not cached.
     */
    public DocumentState state() {
      if (crc != stateCrc(path, bytes, bytes.length)) {
        return null; // damaged on disk: process the file again
      }
      try {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        DocumentState state = readState(path, in);
        if (in.available() != 0) {
          return null; // bytes left over: not the state that was written
        }
        return keepCleaned ? state : state.withCleaned(null);
      } catch (IOException | RuntimeException e) {
        return null;
      }
    }
  }

  /** Writes the next cache file; it replaces the old one only on {@link #finish}. */
  public static final class Writer implements Closeable {
    private final PendingFile file;
    private final DataOutputStream out;
    private final StateBuffer state = new StateBuffer();
    private final DataOutputStream stateOut = new DataOutputStream(state);

    /** Starts the cache of a run that started at {@code startedAt}, before it looked at any file. */
    public Writer(Path target, long startedAt, String validationKey, String cleaningKey) throws IOException {
      file = PendingFile.create(target);
      out = new DataOutputStream(file.out());
      out.writeInt(MAGIC);
      writeString(out, validationKey);
      out.writeLong(startedAt);
      writeString(out, cleaningKey);
      out.writeInt(headerCrc(validationKey, startedAt, cleaningKey));
    }

    /** Adds a state; states come in ascending path order. */
    public void write(DocumentState state) throws IOException {
      this.state.reset();
      writeState(stateOut, state);
      out.writeBoolean(true);
      writeString(out, state.relativePath());
      out.writeInt(this.state.size()); // BinaryFields.writeBytes's frame, without copying the bytes
      this.state.writeTo(out);
      out.writeInt(stateCrc(state.relativePath(), this.state.buffer(), this.state.size()));
    }

    public void finish() throws IOException {
      out.writeBoolean(false);
      out.flush();
      file.commit();
    }

    /**
     * Ends the file without publishing it and opens it for reading, as {@link Reader#open} does: for a
     * run that passes over the corpus twice and hands the first pass's states to the second. The file is
     * deleted when this writer closes.
     */
    public Reader reopen(String validationKey, String cleaningKey) throws IOException {
      out.writeBoolean(false);
      out.flush();
      return Reader.open(file.content(), validationKey, cleaningKey);
    }

    @Override
    public void close() throws IOException {
      file.close();
    }
  }

  /** A byte buffer whose content can be checksummed without a copy. */
  private static final class StateBuffer extends ByteArrayOutputStream {
    StateBuffer() {
      super(4096);
    }

    byte[] buffer() {
      return buf;
    }
  }

  /** The CRC-32C of a state: its path's UTF-8 bytes, then the first {@code length} of {@code bytes}. */
  static int stateCrc(String path, byte[] bytes, int length) {
    CRC32C crc = new CRC32C();
    crc.update(path.getBytes(StandardCharsets.UTF_8));
    crc.update(bytes, 0, length);
    return (int) crc.getValue();
  }

  private static int headerCrc(String validationKey, long startedAt, String cleaningKey) {
    CRC32C crc = new CRC32C();
    crc.update(String.valueOf(validationKey).getBytes(StandardCharsets.UTF_8));
    crc.update(ByteBuffer.allocate(Long.BYTES).putLong(startedAt).array());
    crc.update(String.valueOf(cleaningKey).getBytes(StandardCharsets.UTF_8));
    return (int) crc.getValue();
  }

  /** Writes {@code s} but its path, which frames it. */
  private static void writeState(DataOutputStream out, DocumentState s) throws IOException {
    out.writeLong(s.size());
    out.writeLong(s.mtime());
    writeString(out, s.fileKey());
    writeBytes(out, s.sourceSha256());
    out.writeInt(s.findings().size());
    for (Finding f : s.findings()) {
      writeString(out, f.ruleId());
      out.writeByte(f.severity().ordinal());
      out.writeInt(f.line());
      out.writeInt(f.column());
      out.writeLong(f.byteOffset());
      writeString(out, f.message());
      Measure measure = f.measure();
      out.writeBoolean(measure != null);
      if (measure != null) {
        writeString(out, measure.name());
        out.writeDouble(measure.value());
        out.writeDouble(measure.threshold());
      }
    }
    writeBytes(out, s.fingerprint());
    out.writeBoolean(s.parsed());
    long[] keys = s.lineKeys();
    out.writeInt(keys == null ? -1 : keys.length);
    if (keys != null) {
      for (long key : keys) {
        out.writeLong(key);
      }
    }
    CleanedDocument c = s.cleaned();
    writeBytes(out, c == null ? null : c.encode());
    writeBytes(out, s.signature() == null ? null : s.signature().toBytes());
    out.writeInt(s.signals().size());
    for (Signal signal : s.signals()) {
      writeString(out, signal.rule());
      writeString(out, signal.name());
      out.writeDouble(signal.value());
    }
    DetectedLanguage language = s.language();
    writeString(out, language == null ? null : language.code());
    out.writeDouble(language == null ? 0 : language.score());
  }

  /**
   * {@code state} as bytes, as the cache keeps it but for its path: for an engine that moves states
   * between machines. {@link #decode} reads it back; a finding's {@code detail} is not kept.
   */
  public static byte[] encode(DocumentState state) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
      DataOutputStream out = new DataOutputStream(bytes);
      writeState(out, state);
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // a byte array does not fail
    }
  }

  /**
   * The state of {@code path} that {@link #encode} gave as {@code bytes}, its cleaned form decoded.
   *
   * @throws IOException when the bytes are not such a state
   */
  public static DocumentState decode(String path, byte[] bytes) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
    DocumentState state = readState(path, in);
    if (in.available() != 0) {
      throw new IOException("Not an encoded state of " + path + ": " + in.available() + " bytes left over");
    }
    CleanedDocument cleaned = state.cleaned();
    return cleaned == null ? state : state.withCleaned(CleanedDocument.decode(cleaned.encode(), MAX_FIELD));
  }

  /**
   * {@code state} with its cleaned form decoded, for a cleaning run. A reader keeps the form as the
   * cache's bytes, so that the worker that processes the file decodes it rather than the ordered stage,
   * which reads the cache for every thread. A form that does not decode counts as none: the document
   * is cleaned again.
   */
  public static DocumentState decoded(DocumentState state) {
    CleanedDocument cleaned = state.cleaned();
    if (cleaned == null || cleaned.isDecoded()) {
      return state;
    }
    try {
      return state.withCleaned(CleanedDocument.decode(cleaned.encode(), MAX_FIELD));
    } catch (IOException | RuntimeException e) {
      return state.withCleaned(null);
    }
  }

  /** Reads the state of {@code path}; its cleaned form is kept as the cache's bytes ({@link #decoded}). */
  private static DocumentState readState(String path, DataInputStream in) throws IOException {
    long size = in.readLong();
    long mtime = in.readLong();
    String fileKey = readString(in, MAX_FIELD, "cache");
    byte[] sha = readBytes(in, MAX_FIELD, "cache");
    int count = in.readInt();
    List<Finding> findings = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String rule = readString(in, MAX_FIELD, "cache");
      Severity severity = SEVERITIES[in.readByte()];
      int line = in.readInt();
      int column = in.readInt();
      long byteOffset = in.readLong();
      String message = readString(in, MAX_FIELD, "cache");
      Measure measure = in.readBoolean()
          ? new Measure(readString(in, MAX_FIELD, "cache"), in.readDouble(), in.readDouble()) : null;
      findings.add(new Finding(rule, severity, path, line, column, byteOffset, message, null, measure));
    }
    byte[] fingerprint = readBytes(in, MAX_FIELD, "cache");
    boolean parsed = in.readBoolean();
    int keyCount = in.readInt();
    if (keyCount > MAX_KEYS) {
      throw new IOException("damaged cache: " + keyCount + " line keys");
    }
    long[] keys = keyCount < 0 ? null : new long[keyCount];
    for (int i = 0; i < keyCount; i++) {
      keys[i] = in.readLong();
    }
    byte[] encoded = readBytes(in, MAX_FIELD, "cache");
    CleanedDocument cleaned = encoded == null ? null : CleanedDocument.encoded(encoded);
    byte[] signature = readBytes(in, MAX_FIELD, "cache");
    int signalCount = in.readInt();
    if (signalCount < 0 || signalCount > MAX_KEYS) {
      throw new IOException("damaged cache: " + signalCount + " signals");
    }
    List<Signal> signals = new ArrayList<>(signalCount);
    for (int i = 0; i < signalCount; i++) {
      signals.add(new Signal(readString(in, MAX_FIELD, "cache"), readString(in, MAX_FIELD, "cache"), in.readDouble()));
    }
    String languageCode = readString(in, MAX_FIELD, "cache");
    double languageScore = in.readDouble();
    return new DocumentState(path, size, mtime, fileKey, sha, findings, fingerprint, parsed, keys, cleaned,
        signature == null ? null : Signature.fromBytes(signature), signals,
        languageCode == null ? null : new DetectedLanguage(languageCode, languageScore));
  }
}
