package dev.corpuskit.clean.steps;

import dev.corpuskit.clean.Audit;
import dev.corpuskit.clean.CleaningStep;
import dev.corpuskit.clean.Language;
import dev.corpuskit.clean.Line;
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
    String first = firstSentence(text);
    if (!isNameLed(first) || PolicyWords.words(first).stream().noneMatch(words::isRole)) {
      return false;
    }
    List<String> all = PolicyWords.words(text);
    long career = all.stream().filter(words::isCareer).count();
    return career >= MIN_CAREER
        && career >= MIN_CAREER_SHARE * all.size()
        && all.stream().anyMatch(words::isPronoun);
  }

  /** {@code text} up to the first '.', '!' or '?' followed by a space, or all of it. */
  private static String firstSentence(String text) {
    for (int i = 0; i + 1 < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' ') {
        return text.substring(0, i + 1);
      }
    }
    return text;
  }

  /** Whether {@code sentence}, after an optional label ending in ": ", starts with a name and a link word. */
  private boolean isNameLed(String sentence) {
    int label = sentence.indexOf(": ");
    int start = label >= 0 && label < MAX_LABEL ? label + 2 : 0;
    int names = 0;
    int i = start;
    while (i < sentence.length()) {
      int end = sentence.indexOf(' ', i);
      end = end < 0 ? sentence.length() : end;
      String token = sentence.substring(i, end);
      if (names > 0 && words.isLink(token)) {
        return true;
      }
      if (token.isEmpty() || !Character.isUpperCase(token.codePointAt(0)) || ++names > MAX_NAME_WORDS) {
        return false;
      }
      i = end + 1;
    }
    return false;
  }
}
