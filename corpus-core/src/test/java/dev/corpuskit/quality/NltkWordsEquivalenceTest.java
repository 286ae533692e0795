package dev.corpuskit.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The hand-written passes of {@link NltkWords} give what the regular-expression transcription
 * ({@link NltkWordsRegexOracle}) gives, for the word-token rules alone, for the sentence splitting and for
 * the whole tokenizer: on seeded random texts built from the pieces every rule reacts to (quotes of all
 * kinds, brackets, dashes, periods and ellipses, clitics and contractions in any case, letters whose case
 * folding is special, digits of other scripts, Python-only whitespace, supplementary characters and lone
 * surrogates), and on every full text and gold article of {@code ../shared/bench} when it exists.
 */
class NltkWordsEquivalenceTest {

  private static final Path BENCH = Path.of("../../shared/bench");

  /** What the random texts are made of: each piece is one unit, joined with or without separators. */
  private static final String[] PIECES = {
      "the", "York", "word", "a", "I", "J", "x", "Mr", "U.S", "e.g", "Ph.D", "St", "3", "3.88", "-1,5", "12,000",
      "can't", "CAN'T", "won't", "They'll", "I'm", "he's", "she'd", "we're", "you've", "Y'ALL", "'s", "'S", "'m",
      "'d", "'ll", "'LL", "'re", "'RE", "'ve", "'VE", "n't", "N'T", "'n", "'ye", "'t", "'tis", "'Twas", "'T",
      "cannot", "CanNot", "d'ye", "gimme", "gonna", "GOTTA", "lemme", "more'n", "wanna", "wannabe", "'em",
      "'x", "'é", "'1", "'_", "'re'", "rock'n'roll",
      ".", "..", "...", "....", ",", ":", ";", "@", "#", "$", "%", "&", "?", "!", "*", "'", "''", "\"", "`", "``",
      "```", "«", "“", "‘", "„", "»", "”", "’", "(", ")", "[", "]", "{", "}", "<", ">", "-", "--", "---", "…",
      "é", "ß", "Ω", "İ", "ı", "ſ", "\u212A", "\u0130mme", "g\u0131mme", "\u017Ftis", "ca\u0301n", "٣", "\uD835\uDFCE",
      "\uD835\uDC00", "\uD83D\uDE00", "\uD800", "\uDC00", "x\uD835\uDC00", "\uD835\uDC00cannot", "_",
  };

  private static final String[] SEPARATORS = {
      "", " ", " ", " ", "  ", "\n", "\n\n", "\t", "\r\n", "\u00A0", "\u2003", "\u3000", "\u001C", "\u0085",
      "\u2028", "\u000B", " \n ", "  \u00A0",
  };

  /** A random text of up to {@code maxPieces} pieces. */
  private static String randomText(Random random, int maxPieces) {
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(maxPieces + 1);
    for (int i = 0; i < pieces; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
      if (random.nextInt(3) > 0) {
        text.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
      }
    }
    return text.toString();
  }

  @Test
  void wordTokenRulesAgreeOnRandomTexts() {
    Random random = new Random(21);
    for (int i = 0; i < 20_000; i++) {
      String text = randomText(random, 1 + i % 40);
      assertThat(NltkWords.treebank(text)).as("treebank of [%s]", text)
          .isEqualTo(NltkWordsRegexOracle.treebank(text));
    }
  }

  @Test
  void sentencesAndTokensAgreeOnRandomTexts() {
    Random random = new Random(2021);
    for (int i = 0; i < 10_000; i++) {
      String text = randomText(random, 1 + i % 80);
      assertThat(NltkWords.sentences(text)).as("sentences of [%s]", text)
          .isEqualTo(NltkWordsRegexOracle.sentences(text));
      assertThat(NltkWords.tokenize(text)).as("tokens of [%s]", text)
          .isEqualTo(NltkWordsRegexOracle.tokenize(text));
    }
  }

  @Test
  void randomCharactersAgree() {
    // Any char at all, from a small alphabet so that the rules' patterns still occur.
    String alphabet = ".,:;'\"`()[]{}<>-?!*#…«»“”‘’„ \n\u00A0\u2003abcdnstmeilrvwgoTSI\u0130\u0131\u017F\u212A0٣_"
        + "\uD835\uDC00\uD83D\uDE00\uD800\uDC00";
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(1 + i % 60);
      for (int k = 0; k < length; k++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = text.toString();
      assertThat(NltkWords.treebank(s)).as("treebank of [%s]", s).isEqualTo(NltkWordsRegexOracle.treebank(s));
      assertThat(NltkWords.tokenize(s)).as("tokens of [%s]", s).isEqualTo(NltkWordsRegexOracle.tokenize(s));
    }
  }

  @Test
  void benchTextsAgree() throws IOException {
    assumeTrue(Files.isDirectory(BENCH.resolve("news-extraction")),
        () -> "Skipped: no bench data at " + BENCH.toAbsolutePath().normalize());
    List<String> texts = benchTexts(BENCH);
    int tokens = 0;
    for (String text : texts) {
      List<String> expected = NltkWordsRegexOracle.tokenize(text);
      assertThat(NltkWords.tokenize(text)).as("tokens of [%.80s]", text).isEqualTo(expected);
      tokens += expected.size();
    }
    assertThat(texts).hasSizeGreaterThanOrEqualTo(3_000);
    assertThat(tokens).isGreaterThan(1_000_000);
  }

  /** Every full text and gold article body of news-extraction and web-extraction under {@code bench}. */
  static List<String> benchTexts(Path bench) throws IOException {
    List<String> texts = new ArrayList<>();
    JsonFactory json = new JsonFactory();
    for (String set : List.of("news-extraction", "web-extraction")) {
      try (Stream<Path> files = Files.list(bench.resolve(set).resolve("text"))) {
        for (Path file : files.sorted().toList()) {
          texts.add(Files.readString(file, StandardCharsets.UTF_8));
        }
      }
      try (JsonParser parser = json.createParser(bench.resolve(set).resolve("ground-truth.json").toFile())) {
        for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
          if (t == JsonToken.FIELD_NAME && parser.currentName().equals("articleBody")
              && parser.nextToken() == JsonToken.VALUE_STRING) {
            texts.add(parser.getText());
          }
        }
      }
    }
    return texts;
  }
}
