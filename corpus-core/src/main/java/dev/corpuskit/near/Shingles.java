package dev.corpuskit.near;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The word shingles of a document, as a sorted set of 64-bit hashes. The text is normalised first, so
 * that copies differing only in case, punctuation or spacing (U+00A0 included) give the same
 * shingles: split into words at every code point that is neither a letter nor a digit (Unicode-aware,
 * unlike {@code \s}), each code point lower-cased ({@link Character#toLowerCase(int)}, which does not
 * depend on the locale). Each run of {@code n} consecutive words is hashed with hash4j's Komihash 5.0,
 * whose output is fixed by its version, so a signature cached today stays comparable tomorrow.
 */
public final class Shingles {

  private static final Hasher64 HASHER = Hashing.komihash5_0();

  private Shingles() {}

  /** The words of the normalised text, in order. */
  public static List<String> words(CharSequence text) {
    List<String> words = new ArrayList<>();
    forEachWord(text, (word, start) -> words.add(word.toString()));
    return words;
  }

  /** Takes the words of a text in order. */
  @FunctionalInterface
  public interface WordSink {
    /**
     * Takes one word, lower-cased, in a buffer that is reused for the next word, and the index in the
     * text of its first character.
     */
    void word(CharSequence word, int start);
  }

  /**
   * Gives {@code sink} each word of {@code text} in order, lower-cased, in a reused buffer: no string
   * is made per word. The one definition of a word that shingles and every other word-level check use.
   */
  public static void forEachWord(CharSequence text, WordSink sink) {
    new WordBuffer().scan(text, sink);
  }

  /**
   * The lower-cased form of each ASCII character that belongs to a word ({@link
   * Character#isLetterOrDigit} and {@link Character#toLowerCase} agree with it there), 0 for the
   * others: most text is ASCII, and a table lookup spares the Unicode tables per character.
   */
  private static final char[] ASCII_WORD = new char[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_WORD[c] = Character.isLetterOrDigit(c) ? (char) Character.toLowerCase(c) : 0;
    }
  }

  /**
   * The word being read, lower-cased, in a {@code char} array reused for the next word; a final class,
   * so that hashing it ({@link Hasher64#hashCharsToLong}, which reads it by {@link #charAt}) costs
   * what hashing a string does.
   */
  private static final class WordBuffer implements CharSequence {
    /** The characters of the text read at a time. */
    private static final int CHUNK = 4096;

    private char[] chars = new char[32];
    private int length;
    /** The chunk of text being read; kept for the next text when the buffer is a thread's scratch. */
    private char[] in = new char[0];

    /**
     * Gives {@code sink} each word of {@code text}, as {@link #forEachWord} says. The text is copied
     * into a fixed buffer a chunk at a time ({@link String#getChars}) and read from there, which
     * costs less than a bounds-checked {@code charAt} per character and holds no copy of a long text.
     */
    void scan(CharSequence text, WordSink sink) {
      int end = text.length();
      char[] in = this.in;
      if (in.length < Math.min(CHUNK, end) || in.length < 2) {
        in = new char[Math.max(2, Math.min(CHUNK, end))];
        this.in = in;
      }
      // The word is built in locals, handed over to the fields only when the sink reads it.
      char[] word = chars;
      int size = 0;
      int start = 0;
      for (int base = 0; base < end; ) {
        int to = Math.min(end, base + in.length);
        copy(text, base, to, in);
        int limit = to - base;
        if (to < end && Character.isHighSurrogate(in[limit - 1])) {
          limit--; // its low surrogate starts the next chunk: read the pair there
        }
        for (int i = 0; i < limit; ) {
          char c = in[i];
          int cp = c;
          int next = i + 1;
          if (c >= 128) {
            cp = Character.codePointAt(in, i, limit);
            next = i + Character.charCount(cp);
          }
          int lower = c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(cp) ? Character.toLowerCase(cp) : 0;
          if (lower != 0) {
            if (size == 0) {
              start = base + i;
            }
            if (size + 2 > word.length) {
              word = Arrays.copyOf(word, word.length * 2);
            }
            if (lower < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
              word[size++] = (char) lower;
            } else {
              size += Character.toChars(lower, word, size);
            }
          } else if (size > 0) {
            chars = word;
            length = size;
            sink.word(this, start);
            size = 0;
          }
          i = next;
        }
        base += limit;
      }
      if (size > 0) {
        chars = word;
        length = size;
        sink.word(this, start);
      }
      length = 0;
    }

    /** Copies {@code text[from, to)} to the start of {@code into}. */
    private static void copy(CharSequence text, int from, int to, char[] into) {
      if (text instanceof String string) {
        string.getChars(from, to, into, 0);
      } else if (text instanceof StringBuilder builder) {
        builder.getChars(from, to, into, 0);
      } else {
        for (int i = from; i < to; i++) {
          into[i - from] = text.charAt(i);
        }
      }
    }

    @Override
    public int length() {
      return length;
    }

    @Override
    public char charAt(int index) {
      if (index >= length) {
        throw new IndexOutOfBoundsException(index);
      }
      return chars[index];
    }

    @Override
    public CharSequence subSequence(int from, int to) {
      return toString().substring(from, to);
    }

    @Override
    public String toString() {
      return new String(chars, 0, length);
    }
  }

  /**
   * Collects each word's Komihash, as the 8 little-endian bytes a shingle's hash reads, so that a
   * shingle is hashed in place ({@link Hasher64#hashBytesToLong(byte[], int, int)} over its words'
   * bytes) with nothing copied.
   */
  private static final class WordHashes implements WordSink {
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    byte[] bytes = new byte[64 * Long.BYTES];
    int count;

    @Override
    public void word(CharSequence word, int start) {
      if ((count + 1) * Long.BYTES > bytes.length) {
        bytes = Arrays.copyOf(bytes, bytes.length * 2);
      }
      LONG.set(bytes, count * Long.BYTES, HASHER.hashCharsToLong(word));
      count++;
    }
  }

  /**
   * A thread's buffers for hashing shingles, reused from one text to the next: signing tens of
   * thousands of documents allocates no buffer per document. One larger than {@link #KEPT} bytes (a
   * huge document's) is not kept for the next text.
   */
  private static final class Scratch {
    static final int KEPT = 1 << 20;

    final WordBuffer words = new WordBuffer();
    final WordHashes hashes = new WordHashes();
    long[] shingles = new long[64];

    void trim() {
      if (words.chars.length * 2 > KEPT) {
        words.chars = new char[32];
      }
      if (hashes.bytes.length > KEPT) {
        hashes.bytes = new byte[64 * Long.BYTES];
      }
      if (shingles.length * Long.BYTES > KEPT) {
        shingles = new long[64];
      }
    }
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  /**
   * The distinct hashes of the {@code n}-word shingles, sorted ascending; empty when the text has
   * fewer than {@code n} words. Each word is hashed once (Komihash 5.0 of its characters) and a
   * shingle's hash is the Komihash of its words' hashes (their little-endian bytes, in order), so that
   * no string is built per shingle.
   */
  public static long[] hashes(CharSequence text, int n) {
    long[] hashes = inTextOrder(text, n);
    Arrays.sort(hashes);
    int distinct = 0;
    for (int i = 0; i < hashes.length; i++) {
      if (i == 0 || hashes[i] != hashes[distinct - 1]) {
        hashes[distinct++] = hashes[i];
      }
    }
    return distinct == hashes.length ? hashes : Arrays.copyOf(hashes, distinct);
  }

  /**
   * The hash of each {@code n}-word shingle in the order of the text, a repeated shingle as often as
   * it occurs: the values {@link #hashes} sorts and makes distinct. Minwise hashing takes the minimum
   * over a set, which neither the order nor repeats change, so signing skips that sort (a fifth of
   * its cost on articles of a few hundred words).
   */
  static long[] inTextOrder(CharSequence text, int n) {
    InTextOrder shingles = inTextOrderScratch(text, n);
    long[] copy = Arrays.copyOf(shingles.hashes(), shingles.count());
    shingles.release();
    return copy;
  }

  /**
   * The hashes of {@link #inTextOrder} in the calling thread's buffer, {@code count} of them: valid
   * until {@link #release}, which the caller calls before the thread hashes another text.
   */
  record InTextOrder(long[] hashes, int count) {
    void release() {
      SCRATCH.get().trim();
    }
  }

  /** {@link #inTextOrder} without a copy: the hashes in the calling thread's scratch buffer. */
  static InTextOrder inTextOrderScratch(CharSequence text, int n) {
    Scratch scratch = SCRATCH.get();
    WordHashes words = scratch.hashes;
    words.count = 0;
    scratch.words.scan(text, words);
    if (words.count < n) {
      return new InTextOrder(scratch.shingles, 0);
    }
    byte[] bytes = words.bytes;
    int count = words.count - n + 1;
    long[] hashes = scratch.shingles;
    if (hashes.length < count) {
      hashes = new long[Math.max(count, hashes.length * 2)];
      scratch.shingles = hashes;
    }
    int window = n * Long.BYTES;
    for (int i = 0; i < count; i++) {
      hashes[i] = HASHER.hashBytesToLong(bytes, i * Long.BYTES, window);
    }
    return new InTextOrder(hashes, count);
  }

  /** The exact Jaccard similarity of two sorted sets of distinct hashes; 0 if both are empty. */
  public static double jaccard(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - common;
    return union == 0 ? 0 : (double) common / union;
  }
}
