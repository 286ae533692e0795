package dev.corpuskit.clean.steps;

import dev.corpuskit.clean.Audit;
import dev.corpuskit.clean.CleaningStep;
import dev.corpuskit.clean.Line;
import dev.corpuskit.lang.Language;
import java.util.List;

/**
 * Removes notes on the article's writer of any length ("Meredith Dietz is Lifehacker's Senior Finance
 * Writer. She earned her bachelor's degree in English..."), which the lexicon's {@code author-bio}
 * pattern reaches only up to its line length. A line is an author bio when
 *
 * <ul>
 *   <li>its first sentence is led by a name: one to {@value #MAX_NAME_WORDS} capitalised words followed by
 *       a link word (is, was, joined...), after an optional label that ends in a colon ("Editor of the
 *       Gazette: Jane Doe has been...");
 *   <li>its first sentence names a writer's role (writer, editor, reporter, correspondent...);
 *   <li>at least {@value #MIN_CAREER} of its words, and at least {@value #MIN_CAREER_SHARE} of them, are
 *       career words (joined, covering, degree, award, previously...); and
 *   <li>it speaks of its subject in the third person (he, she, his, her...).
 * </ul>
 *
 * A profile inside an article is rarely led by the bare name and a role and dense in career words at
 * once. The words are a data file per language ({@link AuthorBioWords}). Audited as
 * {@code author-bio/career-words}.
 */
public final class AuthorBioStep implements CleaningStep {

  public static final String ID = "author-bio";

  /** The audit id of a removed line. */
  static final String AUDIT_ID = ID + "/career-words";

  /** The capitalised words a leading name has at most. */
  static final int MAX_NAME_WORDS = 4;

  /** The career words a bio holds at least. */
  static final int MIN_CAREER = 4;

  /** The share of a bio's words that are career words, at least. */
  static final double MIN_CAREER_SHARE = 0.05;

  /** The characters a label before the name ("Editor of the Gazette:") has at most. */
  static final int MAX_LABEL = 80;

  private final AuthorBioWords words;

  /** The step with the author-bio vocabulary of {@code language}. */
  public AuthorBioStep(Language language) {
    this.words = AuthorBioWords.of(language);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Line> apply(List<Line> lines, Audit audit) {
    if (words.isEmpty()) {
      return lines;
    }
    return LineRemoval.removeIf(lines, audit, AUDIT_ID, this::isAuthorBio);
  }

  /** Whether {@code text} is a note on a writer. */
  boolean isAuthorBio(String text) {
    if (!isNameLed(text)) {
      return false; // the cheap test first, on the line in place: few lines are led by a name
    }
    String first = text.substring(0, firstSentenceEnd(text, text.length()));
    if (PolicyWords.words(first).stream().noneMatch(words::isRole)) {
      return false;
    }
    List<String> all = PolicyWords.words(text);
    long career = all.stream().filter(words::isCareer).count();
    return career >= MIN_CAREER
        && career >= MIN_CAREER_SHARE * all.size()
        && all.stream().anyMatch(words::isPronoun);
  }

  /**
   * The end of the first sentence, after the first '.', '!' or '?' followed by a space, if it ends
   * before {@code limit}; else {@code limit}.
   */
  private static int firstSentenceEnd(String text, int limit) {
    for (int i = 0; i + 1 < text.length() && i + 1 < limit; i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' ') {
        return i + 1;
      }
    }
    return limit;
  }

  /**
   * Whether the first sentence of {@code text}, after an optional label ending in ": ", starts with a
   * name and a link word. Read in place, token by token, without finding where the sentence ends: a
   * sentence ends at a token that ends in '.', '!' or '?' before a space, and the first few tokens
   * decide. A token becomes a string only to be looked up as a link word.
   */
  private boolean isNameLed(String text) {
    int label = text.indexOf(": ");
    boolean labelled = label >= 0 && label < MAX_LABEL && firstSentenceEnd(text, label + 2) == label + 2;
    int names = 0;
    int i = labelled ? label + 2 : 0;
    while (i < text.length()) {
      int end = text.indexOf(' ', i);
      end = end < 0 ? text.length() : end;
      if (names > 0 && words.isLink(text.substring(i, end))) {
        return true;
      }
      if (i == end || !Character.isUpperCase(codePointIn(text, i, end)) || ++names > MAX_NAME_WORDS) {
        return false;
      }
      if (end < text.length() && ".!?".indexOf(text.charAt(end - 1)) >= 0) {
        return false; // the sentence ends with this token
      }
      i = end + 1;
    }
    return false;
  }

  /** The code point at {@code text[at]}, a pair only if both its chars are before {@code end}. */
  private static int codePointIn(String text, int at, int end) {
    char c = text.charAt(at);
    return Character.isHighSurrogate(c) && at + 1 < end ? text.codePointAt(at) : c;
  }
}
