package dev.corpuskit.validate.rules;

import dev.corpuskit.format.Sha256;
import dev.corpuskit.parse.Format;
import dev.corpuskit.parse.ParsedDocument;
import dev.corpuskit.validate.DocumentRule;
import dev.corpuskit.validate.DuplicateIndex;
import dev.corpuskit.validate.Reporter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * No two documents may have the same content after normalisation (NFKC, case folded, every run of
 * whitespace one space). The later file in sorted order is reported, naming the earlier. Only a hash
 * per document is kept (in a {@link DuplicateIndex}), so memory stays small; a parallel run computes
 * {@link #fingerprint} per document and checks the index in file order.
 *
 * <p>Equal text is not always the same document. Two files with equal bytes are duplicates whatever
 * their format, and so are two plain text files with equal text (the text is the document). Two
 * different HTML pages whose main texts are equal are duplicates only when that text is shaped like an
 * article ({@link #articleShaped}): the same story behind different page chrome (a print version, a
 * syndicated copy). Otherwise the extractor most likely took site text for the article of both (a
 * banner, a blog's sidebar, "no comments yet"), and their real articles differ: that is reported as
 * {@code same-extraction} ({@link SameExtractionRule}), a warning that costs no page, by whoever
 * checks the index ({@code Validator}); this rule alone reports only the duplicates.
 */
public final class DuplicateRule implements DocumentRule {

  public static final String ID = "duplicate";

  private final DuplicateIndex index;

  public DuplicateRule() {
    this(new DuplicateIndex());
  }

  /** A rule that records documents in {@code index}. */
  public DuplicateRule(DuplicateIndex index) {
    this.index = index;
  }

  @Override
  public String id() {
    return ID;
  }

  /** A block of at least this many words is a paragraph of prose. */
  public static final int PARAGRAPH_WORDS = 20;
  /** An article has at least this many paragraphs of prose... */
  public static final int ARTICLE_PARAGRAPHS = 3;
  /** ...holding at least this many words together, and at least two thirds of the text's words. */
  public static final int ARTICLE_WORDS = 150;

  private static final int SHA_LENGTH = 32;

  @Override
  public void check(ParsedDocument document, Reporter reporter) {
    byte[] fingerprint = fingerprint(document);
    if (fingerprint == null) {
      return; // the empty rule reports it
    }
    index.add(fingerprint, Sha256.digest().digest(document.bytes()), document.source().relativePath())
        .filter(match -> !match.sameExtraction())
        .ifPresent(match -> reporter.report(0, 0, message(match.first())));
  }

  /**
   * The document's fingerprint, or null when its text normalises to nothing: the SHA-256 of the
   * normalised text (32 bytes), then one byte that is 1 when the text was extracted from an HTML page
   * and is not {@link #articleShaped} (see {@link #mayBeSiteText}), then its word count (4 bytes).
   * Only the SHA-256 decides equality.
   */
  public static byte[] fingerprint(ParsedDocument document) {
    String normalised = normalise(document.text());
    if (normalised.isEmpty()) {
      return null;
    }
    int[] shape = shape(document.text());
    boolean siteText = document.format() == Format.HTML && !articleShaped(shape);
    return ByteBuffer.allocate(SHA_LENGTH + 5)
        .put(Sha256.digest().digest(normalised.getBytes(StandardCharsets.UTF_8)))
        .put((byte) (siteText ? 1 : 0)).putInt(shape[0]).array();
  }

  /** Whether {@code fingerprint} is of a page's text that is not shaped like an article. */
  public static boolean mayBeSiteText(byte[] fingerprint) {
    return fingerprint.length > SHA_LENGTH && fingerprint[SHA_LENGTH] == 1;
  }

  /** The word count recorded in {@code fingerprint}. */
  public static int words(byte[] fingerprint) {
    return fingerprint.length >= SHA_LENGTH + 5 ? ByteBuffer.wrap(fingerprint, SHA_LENGTH + 1, 4).getInt() : 0;
  }

  /**
   * Whether {@code text} reads as an article: at least {@value #ARTICLE_PARAGRAPHS} paragraphs of prose
   * (blocks, between blank lines, of at least {@value #PARAGRAPH_WORDS} words) holding at least
   * {@value #ARTICLE_WORDS} words and two thirds of the text's words. Site text that an extractor
   * takes for the article is a single block (a banner, a site description), short (a comment form, a
   * search box) or mostly short blocks (a sidebar's headings, dates and links between teasers); an
   * article, even a brief, is mostly paragraphs of sentences. A text between the two is judged site
   * text: when two different pages give it, keeping both with a warning costs a copy, while rejecting
   * one as a duplicate would cost a page.
   */
  static boolean articleShaped(String text) {
    return articleShaped(shape(text));
  }

  private static boolean articleShaped(int[] shape) {
    return shape[1] >= ARTICLE_PARAGRAPHS && shape[2] >= ARTICLE_WORDS && 3L * shape[2] >= 2L * shape[0];
  }

  /** Words of {@code text}, its paragraphs of prose, and the words in those. */
  private static int[] shape(String text) {
    int words = 0;
    int paragraphs = 0;
    int paragraphWords = 0;
    int blockWords = 0;
    int newlines = 0;
    boolean inWord = false;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      boolean space = isWhitespace(c);
      if (c == '\n') {
        newlines++;
      } else if (!space) {
        newlines = 0;
      }
      if (!space && !inWord) {
        words++;
        blockWords++;
      }
      inWord = !space;
      if ((newlines >= 2 || i == text.length()) && blockWords > 0) {
        if (blockWords >= PARAGRAPH_WORDS) {
          paragraphs++;
          paragraphWords += blockWords;
        }
        blockWords = 0;
      }
    }
    return new int[] {words, paragraphs, paragraphWords};
  }

  /** The finding's message for a duplicate of {@code first}. */
  public static String message(String first) {
    return "duplicate of " + first + " (same content after normalisation); remove one of the two files";
  }

  static String normalise(String text) {
    String nfkc = Normalizer.isNormalized(text, Normalizer.Form.NFKC)
        ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
    String normalised = lowerCollapsed(nfkc);
    return normalised != null ? normalised : collapseWhitespace(nfkc.toLowerCase(Locale.ROOT)).strip();
  }

  /**
   * {@code collapseWhitespace(text.toLowerCase(Locale.ROOT)).strip()} in one pass, lower-casing char
   * by char; {@code null} when the text holds a char that lower-cases otherwise in a string (by its
   * context, or as a code point of two chars). No char lower-cases to or from whitespace, and strip()
   * removes no char that collapsing keeps, so runs of whitespace can be read before lower-casing.
   */
  private static String lowerCollapsed(String text) {
    char[] out = new char[text.length()];
    int length = 0;
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isWhitespace(c)) {
        pendingSpace = length > 0;
        continue;
      }
      if (c >= 0x80 && (c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c))) {
        return null;
      }
      if (pendingSpace) {
        out[length++] = ' ';
        pendingSpace = false;
      }
      out[length++] = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) : Character.toLowerCase(c);
    }
    return new String(out, 0, length);
  }

  /**
   * Every run of whitespace as one space, as {@code [\p{javaWhitespace}\p{Zs}\u200B\uFEFF]+} replaced
   * by a space would give; a loop that returns {@code text} itself when nothing changes.
   */
  private static String collapseWhitespace(String text) {
    StringBuilder out = null;
    boolean inRun = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = isWhitespace(c);
      if (out == null && space && (c != ' ' || (i + 1 < text.length() && isWhitespace(text.charAt(i + 1))))) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null && !(space && inRun)) {
        out.append(space ? ' ' : c);
      }
      inRun = space;
    }
    return out == null ? text : out.toString();
  }

  /** No supplementary code point and no surrogate is whitespace, so a char test is exact. */
  private static boolean isWhitespace(char c) {
    if (c > ' ' && c < 0x0085) {
      return false; // the common case: printable ASCII
    }
    return Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR
        || c == '\u200B' || c == '\uFEFF';
  }
}
