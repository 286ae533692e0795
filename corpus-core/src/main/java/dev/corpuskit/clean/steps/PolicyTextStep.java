package dev.corpuskit.clean.steps;

import dev.corpuskit.clean.Audit;
import dev.corpuskit.clean.CleaningStep;
import dev.corpuskit.clean.Line;
import dev.corpuskit.lang.Language;
import java.util.List;

/**
 * Removes paragraphs of policy text of any length: cookie and consent notices, privacy notices,
 * affiliate and editorial disclosures, donation and subscription appeals. Such a paragraph is the site
 * speaking of itself to its reader in the words of a policy ("we store cookies on your browser", "we
 * may earn affiliate commissions", "support our journalism"), so a line is policy text when
 *
 * <ul>
 *   <li>it holds at least {@value #MIN_POLICY} policy words ({@link PolicyWords}) and they are at least
 *       {@value #MIN_POLICY_SHARE} of its words,
 *   <li>the site's words for itself and its reader (we, our, you, your) are at least
 *       {@value #MIN_VOICE_SHARE} of its words, and
 *   <li>the site speaks of itself at least once (we, our, us, or a phrase such as "this website").
 * </ul>
 *
 * An article about privacy or advertising speaks of companies and users, not of "our partners" and
 * "your browser", and its policy words stand among many others. The lexicon of the boilerplate step
 * names short notices by their wording; this step judges long ones by their vocabulary. Audited as
 * {@code policy-text/policy-words}.
 */
public final class PolicyTextStep implements CleaningStep {

  public static final String ID = "policy-text";

  /** The audit id of a removed line. */
  static final String AUDIT_ID = ID + "/policy-words";

  /** The policy words a line holds at least. */
  static final int MIN_POLICY = 3;

  /** The share of a line's words that are policy words, at least. */
  static final double MIN_POLICY_SHARE = 0.06;

  /** The share of a line's words by which the site speaks of itself or to its reader, at least. */
  static final double MIN_VOICE_SHARE = 0.03;

  private final PolicyWords words;

  /** The step with the policy vocabulary of {@code language}. */
  public PolicyTextStep(Language language) {
    this.words = PolicyWords.of(language);
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
    return LineRemoval.removeIf(lines, audit, AUDIT_ID, this::isPolicyText);
  }

  /** Whether {@code text} is a paragraph of policy text. */
  boolean isPolicyText(String text) {
    if (text.length() < MIN_POLICY * 2 || !(words.holdsPublisher(text) || words.namesItself(text))) {
      return false; // the site speaks of itself (we, our, "this website"): tested first, as most lines do not
    }
    PolicyWords.Counts counts = words.count(text);
    return counts.policy() >= MIN_POLICY
        && counts.policy() >= MIN_POLICY_SHARE * counts.words()
        && counts.publisher() + counts.reader() >= MIN_VOICE_SHARE * counts.words();
  }
}
