package dev.corpuskit.pipeline.state;

import static dev.corpuskit.pipeline.state.BinaryFields.readBytes;
import static dev.corpuskit.pipeline.state.BinaryFields.readString;
import static dev.corpuskit.pipeline.state.BinaryFields.writeBytes;
import static dev.corpuskit.pipeline.state.BinaryFields.writeString;

import dev.corpuskit.audit.Change;
import dev.corpuskit.audit.StepCount;
import dev.corpuskit.near.Signature;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A document as cleaning wrote it. The cache's reader keeps the cached form as bytes: runs that do not
 * clean pass it on as read, and a cleaning run decodes it on the worker that processes the file.
 */
public final class CleanedDocument {

  private final Fields fields;
  private final byte[] encoded;

  /**
   * @param path the cleaned file, relative to the output directory
   * @param bytes its size
   * @param words its word count
   * @param sha256 SHA-256 of its bytes
   * @param mtime its modification time in milliseconds when written, to notice a file changed since
   * @param changes the changes the audit lists, as {@code DocumentAudit} orders them
   * @param counted per step, the changes the audit counts without listing them
   * @param corpusSignature {@code RepeatedLines.signature} of the lines cleaning took from the corpus
   * @param extraCorpusLines keys of those lines that are not among the source's line keys
   * @param wordsIn the words of the text cleaning started from, for the report's words in
   * @param signature the near-duplicate signature of the parsed text it was cleaned from, or null when the rule is off
   */
  private record Fields(String path, long bytes, int words, byte[] sha256, long mtime, List<Change> changes,
      List<StepCount> counted, long corpusSignature, long[] extraCorpusLines, int wordsIn, Signature signature) {}

  /** A cleaned form that lists every change, whose input words are not known (0). */
  public CleanedDocument(String path, long bytes, int words, byte[] sha256, long mtime, List<Change> changes,
      long corpusSignature, long[] extraCorpusLines) {
    this(path, bytes, words, sha256, mtime, changes, List.of(), corpusSignature, extraCorpusLines, 0);
  }

  public CleanedDocument(String path, long bytes, int words, byte[] sha256, long mtime, List<Change> changes,
      List<StepCount> counted, long corpusSignature, long[] extraCorpusLines, int wordsIn) {
    this(path, bytes, words, sha256, mtime, changes, counted, corpusSignature, extraCorpusLines, wordsIn, null);
  }

  /** A cleaned form with {@code signature}, the near-duplicate signature of the parsed text (or null). */
  public CleanedDocument(String path, long bytes, int words, byte[] sha256, long mtime, List<Change> changes,
      List<StepCount> counted, long corpusSignature, long[] extraCorpusLines, int wordsIn, Signature signature) {
    this(new Fields(path, bytes, words, sha256, mtime, List.copyOf(changes), List.copyOf(counted), corpusSignature,
        extraCorpusLines.clone(), wordsIn, signature), null);
  }

  private CleanedDocument(Fields fields, byte[] encoded) {
    this.fields = fields;
    this.encoded = encoded;
  }

  /** A cleaned form kept as the cache's bytes, to be written back as read. */
  static CleanedDocument encoded(byte[] encoded) {
    return new CleanedDocument(null, encoded);
  }

  /** Reads the cache's bytes. */
  static CleanedDocument decode(byte[] encoded, int maxField) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded));
    String path = readString(in, maxField, "cache");
    long bytes = in.readLong();
    int words = in.readInt();
    byte[] sha = readBytes(in, maxField, "cache");
    long mtime = in.readLong();
    int n = in.readInt();
    if (n < 0 || n > encoded.length) {
      throw new IOException("damaged cache: " + n + " changes");
    }
    List<Change> changes = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      changes.add(new Change(readString(in, maxField, "cache"), in.readInt(), readString(in, maxField, "cache"),
          readString(in, maxField, "cache"), in.readInt()));
    }
    int steps = in.readInt();
    if (steps < 0 || steps > encoded.length) {
      throw new IOException("damaged cache: " + steps + " counted steps");
    }
    List<StepCount> counted = new ArrayList<>(steps);
    for (int i = 0; i < steps; i++) {
      counted.add(new StepCount(readString(in, maxField, "cache"), in.readInt(), in.readInt(), in.readLong()));
    }
    long signature = in.readLong();
    int extra = in.readInt();
    if (extra < 0 || extra > encoded.length) {
      throw new IOException("damaged cache: " + extra + " corpus lines");
    }
    long[] extraLines = new long[extra];
    for (int i = 0; i < extra; i++) {
      extraLines[i] = in.readLong();
    }
    int wordsIn = in.readInt();
    byte[] near = readBytes(in, maxField, "cache");
    if (in.available() != 0) {
      throw new IOException("damaged cache: bytes after a cleaned form");
    }
    return new CleanedDocument(new Fields(path, bytes, words, sha, mtime, changes, counted, signature, extraLines,
        wordsIn, near == null ? null : Signature.fromBytes(near)), encoded);
  }

  /** Whether the fields are at hand: made by cleaning or decoded, not only kept as bytes. */
  boolean isDecoded() {
    return fields != null;
  }

  /** The cache's bytes of this form. */
  byte[] encode() {
    if (encoded != null) {
      return encoded;
    }
    try {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
      DataOutputStream out = new DataOutputStream(buffer);
      writeString(out, fields.path());
      out.writeLong(fields.bytes());
      out.writeInt(fields.words());
      writeBytes(out, fields.sha256());
      out.writeLong(fields.mtime());
      out.writeInt(fields.changes().size());
      for (Change change : fields.changes()) {
        writeString(out, change.step());
        out.writeInt(change.line());
        writeString(out, change.before());
        writeString(out, change.after());
        out.writeInt(change.charsRemoved());
      }
      out.writeInt(fields.counted().size());
      for (StepCount count : fields.counted()) {
        writeString(out, count.step());
        out.writeInt(count.changes());
        out.writeInt(count.linesRemoved());
        out.writeLong(count.charsRemoved());
      }
      out.writeLong(fields.corpusSignature());
      out.writeInt(fields.extraCorpusLines().length);
      for (long key : fields.extraCorpusLines()) {
        out.writeLong(key);
      }
      out.writeInt(fields.wordsIn());
      writeBytes(out, fields.signature() == null ? null : fields.signature().toBytes());
      return buffer.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array is not read from anywhere
    }
  }

  public String path() {
    return fields().path();
  }

  public long bytes() {
    return fields().bytes();
  }

  public int words() {
    return fields().words();
  }

  public byte[] sha256() {
    return fields().sha256();
  }

  public long mtime() {
    return fields().mtime();
  }

  public List<Change> changes() {
    return fields().changes();
  }

  /** Per step, the changes the audit counts without listing them. */
  public List<StepCount> counted() {
    return fields().counted();
  }

  /** The words of the text cleaning started from. */
  public int wordsIn() {
    return fields().wordsIn();
  }

  /** The near-duplicate signature of the parsed text, or null when the rule was off. */
  public Signature signature() {
    return fields().signature();
  }

  public long corpusSignature() {
    return fields().corpusSignature();
  }

  public long[] extraCorpusLines() {
    return fields().extraCorpusLines();
  }

  private Fields fields() {
    if (fields == null) {
      throw new IllegalStateException("a cached cleaned form read by a run that does not clean");
    }
    return fields;
  }
}
