package dev.corpuskit.validate.rules;

import dev.corpuskit.parse.ParsedDocument;
import dev.corpuskit.text.BadWords;
import dev.corpuskit.text.C4Text;
import dev.corpuskit.validate.DocumentRule;
import dev.corpuskit.validate.InvalidRuleConfigException;
import dev.corpuskit.validate.Measure;
import dev.corpuskit.validate.Reporter;
import dev.corpuskit.validate.RuleParameters;
import java.util.Set;

/**
 * C4's page rules (Raffel et al. 2020, section 2.2; TensorFlow Datasets' {@code c4_utils.clean_page}
 * and {@code get_badwords_filter_fn}): a page goes when a line that passes the line rules holds
 * "lorem ipsum" or a curly bracket, when the lines kept hold fewer than {@code minSentences}
 * sentences, or when the kept text holds an entry of the bad-words list. The line rules are C4's
 * ({@link C4Text}), applied here only to decide, on the parsed text: the {@code c4} cleaning step
 * applies them to the cleaned text.
 *
 * <p>One finding per page, for the first reason in the reference's order (a line's lorem ipsum or
 * bracket, then the sentence count, then the bad words), with the reason code as the measure's name:
 * {@code lorem-ipsum} and {@code curly-bracket} (value 1, threshold 0, at the line), {@code
 * too-few-sentences} (the sentences counted, the minimum), {@code bad-words} (1, 0). Signals:
 * {@code c4-sentences}, {@code c4-kept-lines} and {@code c4-dropped} (1 when the page goes, else 0).
 *
 * <p>Parameters: {@code minWordsPerLine} (default 5, as the paper and TFDS; datatrove 3),
 * {@code minSentences} (default 3, as the paper and TFDS; datatrove 5), {@code maxWordLength} (1000),
 * {@code badWords} ({@code en}, the LDNOOBW English list C4 pinned, or {@code none}).
 */
public final class C4Rule implements DocumentRule {

  public static final String ID = "c4";
  public static final String MIN_WORDS_PER_LINE = "minWordsPerLine";
  public static final String MIN_SENTENCES = "minSentences";
  public static final String MAX_WORD_LENGTH = "maxWordLength";
  public static final String BAD_WORDS = "badWords";
  public static final Set<String> PARAMETERS = Set.of(MIN_WORDS_PER_LINE, MIN_SENTENCES, MAX_WORD_LENGTH, BAD_WORDS);

  private final int minWords;
  private final int minSentences;
  private final int maxWordLength;
  private final BadWords badWords;

  public C4Rule(RuleParameters parameters) {
    this.minWords = (int) Math.min(Integer.MAX_VALUE,
        parameters.getLong(MIN_WORDS_PER_LINE, C4Text.DEFAULT_MIN_WORDS_PER_LINE, 0));
    this.minSentences = (int) Math.min(Integer.MAX_VALUE,
        parameters.getLong(MIN_SENTENCES, C4Text.DEFAULT_MIN_SENTENCES, 0));
    this.maxWordLength = (int) Math.min(Integer.MAX_VALUE,
        parameters.getLong(MAX_WORD_LENGTH, C4Text.DEFAULT_MAX_WORD_LENGTH, 1));
    String list = parameters.getString(BAD_WORDS).map(String::strip).orElse("en");
    this.badWords = switch (list) {
      case "en" -> BadWords.english();
      case "none" -> null;
      default -> throw new InvalidRuleConfigException(ID, BAD_WORDS, "'" + list + "' is not 'en' or 'none'");
    };
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void check(ParsedDocument document, Reporter reporter) {
    C4Text.Page page = C4Text.judgePage(document.text(), minWords, minSentences, maxWordLength, badWords);
    reporter.signal("c4-sentences", page.sentences());
    reporter.signal("c4-kept-lines", page.keptLines());
    reporter.signal("c4-dropped", page.kept() ? 0 : 1);
    if (page.kept()) {
      return;
    }
    switch (page.reason()) {
      case "lorem-ipsum" -> reporter.reportMeasured(page.line(), 1,
          "C4 drops the page: a line of prose holds \"lorem ipsum\" (placeholder text)",
          new Measure("lorem-ipsum", 1, 0));
      case "curly-bracket" -> reporter.reportMeasured(page.line(), 1,
          "C4 drops the page: a line of prose holds '{', a sign of code", new Measure("curly-bracket", 1, 0));
      case C4Text.Page.TOO_FEW_SENTENCES -> reporter.reportMeasured(0, 0,
          "C4 drops the page: " + page.sentences() + " sentences in the lines C4 keeps, fewer than "
              + minSentences + "; lower the rule's 'minSentences' parameter to keep such pages",
          new Measure(C4Text.Page.TOO_FEW_SENTENCES, page.sentences(), minSentences));
      default -> reporter.reportMeasured(0, 0,
          "C4 drops the page: its kept lines hold an entry of the bad-words list (LDNOOBW en);"
              + " set the rule's 'badWords' parameter to 'none' to keep such pages",
          new Measure(C4Text.Page.BAD_WORDS, 1, 0));
    }
  }
}
