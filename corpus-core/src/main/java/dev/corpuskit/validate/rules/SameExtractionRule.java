package dev.corpuskit.validate.rules;

import dev.corpuskit.parse.ParsedDocument;
import dev.corpuskit.validate.DocumentRule;
import dev.corpuskit.validate.Reporter;

/**
 * Two different pages gave the same text, and that text is not shaped like an article
 * ({@link DuplicateRule#articleShaped}): the extractor most likely took site text (a banner, a sidebar,
 * a "no comments yet") for the article of both. The later page is reported, naming the earlier, and is
 * still cleaned: its real article differs, so treating it as a {@code duplicate} would lose a page
 * for an extraction failure. Checked with the duplicate rule, in file order, and only while that rule
 * is on; this rule checks nothing itself.
 */
public final class SameExtractionRule implements DocumentRule {

  public static final String ID = "same-extraction";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void check(ParsedDocument document, Reporter reporter) {
    // Reported by the duplicate check, which knows the earlier pages.
  }

  /** The finding's message for a page that gave the same {@code words}-word text as {@code first}. */
  public static String message(String first, int words) {
    return "the same text was extracted from two different pages (" + words + (words == 1 ? " word" : " words")
        + "), this one and " + first
        + "; the extractor probably took site text (navigation, a banner) for the article: check both pages";
  }
}
