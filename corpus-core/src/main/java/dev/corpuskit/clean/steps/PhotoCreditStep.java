package dev.corpuskit.clean.steps;

import dev.corpuskit.clean.Audit;
import dev.corpuskit.clean.CleaningStep;
import dev.corpuskit.clean.Line;
import dev.corpuskit.lang.Language;
import java.util.List;

/**
 * Removes photo captions: a line that ends in a photo credit, the names of a photographer and an agency
 * parted by slashes, either in parentheses ("... at the Vatican, Oct. 16, 2023. (AP Photo/Domenico
 * Stinellis)", "(Michael Blackshire / Los Angeles Times)") or after a label ("... in central Prague.
 * Photograph: Michal Čížek/AFP/Getty"). The caption describes a picture the plain text no longer holds,
 * so it reads as prose that is not the article's. See {@link PhotoCredit} for what counts as a credit; its
 * labels and link words are a data file per language.
 * Audited as {@code photo-credit/credit}.
 */
public final class PhotoCreditStep implements CleaningStep {

  public static final String ID = "photo-credit";

  /** The audit id of a removed line. */
  static final String AUDIT_ID = ID + "/credit";

  private final PhotoCredit credit;

  /** A step that reads credits with the vocabulary of {@code language}. */
  public PhotoCreditStep(Language language) {
    this.credit = PhotoCredit.of(language);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Line> apply(List<Line> lines, Audit audit) {
    return LineRemoval.removeIf(lines, audit, AUDIT_ID, credit::endsCaption);
  }
}
