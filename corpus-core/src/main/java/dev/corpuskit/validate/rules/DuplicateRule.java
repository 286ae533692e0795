package dev.corpuskit.validate.rules;

import dev.corpuskit.parse.ParsedDocument;
import dev.corpuskit.text.Sha256;
import dev.corpuskit.validate.DocumentRule;
import dev.corpuskit.validate.DuplicateIndex;
import dev.corpuskit.validate.Reporter;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * No two documents may have the same content after normalisation (NFKC, case folded, every run of
 * whitespace one space). The later file in sorted order is reported, naming the earlier. Only a hash
 * per document is kept (in a {@link DuplicateIndex}), so memory stays small; a parallel run computes
 * {@link #fingerprint} per document and checks the index in file order.
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

  @Override
  public void check(ParsedDocument document, Reporter reporter) {
    byte[] fingerprint = fingerprint(document.text());
    if (fingerprint == null) {
      return; // the empty rule reports it
    }
    index.add(fingerprint, document.source().relativePath())
        .ifPresent(first -> reporter.report(0, 0, message(first)));
  }

  /** The SHA-256 of the normalised text, or null when it normalises to nothing. */
  public static byte[] fingerprint(String text) {
    String normalised = normalise(text);
    return normalised.isEmpty() ? null : Sha256.digest().digest(normalised.getBytes(StandardCharsets.UTF_8));
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
