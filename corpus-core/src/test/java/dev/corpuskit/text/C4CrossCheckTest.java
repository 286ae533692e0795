package dev.corpuskit.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Cross-checks the C4 page rules against a second transcription of the reference written here with
 * regular expressions, line for line after TFDS's {@code clean_page} and {@code get_badwords_filter_fn}:
 * on the full texts and the gold article texts of {@code ../shared/bench} (news-extraction and
 * web-extraction), every page's decision and reason must agree. Skipped where that folder is missing.
 */
class C4CrossCheckTest {

  private static final Path BENCH = Path.of("../../shared/bench");

  // Python's str.isspace(), as a regex class.
  private static final String WS = "[\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]";
  private static final Pattern STRIP = Pattern.compile("^" + WS + "+|" + WS + "+$");
  private static final Pattern SPLIT = Pattern.compile(WS + "+");
  private static final Pattern LINES = Pattern.compile("\\r\\n|[\\n\\r\\x0B\\f\\x1C-\\x1E\\x85\\u2028\\u2029]");
  private static final Pattern CITATION = Pattern.compile("\\[[0-9\\p{Nd}]*\\]|\\[edit\\]|\\[citation needed\\]");
  private static final Pattern ENDS = Pattern.compile("[.?!\"]$");
  private static final String[] POLICY = {"terms of use", "privacy policy", "cookie policy", "uses cookies",
      "use of cookies", "use cookies"};
  // Sentence ends: end marks, closers, whitespace; not after an initial or a listed abbreviation.
  private static final Pattern SENTENCE_END = Pattern.compile("(\\S*?)([.?!]+)[\"')\\]\u201D\u2019\u00BB]*" + WS + "+(?=\\S)");

  private static String strip(String s) {
    return STRIP.matcher(s).replaceAll("");
  }

  private static int words(String s) {
    String t = strip(s);
    return t.isEmpty() ? 0 : SPLIT.split(t).length;
  }

  private static int sentences(String line) {
    Matcher m = SENTENCE_END.matcher(line);
    int count = 1;
    while (m.find()) {
      String token = m.group(1).toLowerCase(Locale.ROOT).replaceFirst("^[(\"\u201C]+", "");
      boolean abbreviation = m.group(2).equals(".")
          && (token.matches("\\p{L}") || C4Text.ABBREVIATIONS.contains(token));
      if (!abbreviation) {
        count++;
      }
    }
    return count;
  }

  /** The reference's decision, as a reason code or "kept". */
  static String reference(String text, Pattern badWords) {
    List<String> lines = new ArrayList<>(List.of(LINES.split(text, -1)));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1); // splitlines() gives no empty last line
    }
    List<String> valid = new ArrayList<>();
    int sentences = 0;
    for (String raw : lines) {
      String line = strip(raw);
      boolean tooLong = false;
      for (String word : SPLIT.split(line)) {
        tooLong |= word.codePointCount(0, word.length()) > 1000;
      }
      if (tooLong) {
        continue;
      }
      // the reference substitutes once; the implementation until none is left (same on these texts)
      line = CITATION.matcher(line).replaceAll("");
      if (!ENDS.matcher(line).find() || line.endsWith("...")) {
        continue;
      }
      if (words(line) < C4Text.DEFAULT_MIN_WORDS_PER_LINE) {
        continue;
      }
      String lower = line.toLowerCase(Locale.ROOT);
      if (lower.contains("lorem ipsum")) {
        return "lorem-ipsum";
      }
      if (lower.contains("javascript")) {
        continue;
      }
      if (line.contains("{")) {
        return "curly-bracket";
      }
      boolean policy = false;
      for (String p : POLICY) {
        policy |= lower.contains(p);
      }
      if (policy) {
        continue;
      }
      sentences += sentences(line);
      valid.add(line);
    }
    if (sentences < C4Text.DEFAULT_MIN_SENTENCES) {
      return "too-few-sentences";
    }
    if (badWords.matcher(strip(String.join("\n", valid)).toLowerCase(Locale.ROOT)).find()) {
      return "bad-words";
    }
    return "kept";
  }

  static Pattern badWordsPattern() throws IOException {
    List<String> escaped = new ArrayList<>();
    try (var in = C4Text.class.getResourceAsStream("c4-badwords-en.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.startsWith("#") && !line.isBlank()) {
          escaped.add(Pattern.quote(line.strip()));
        }
      }
    }
    String nonWord = "[^\\p{L}\\p{Nd}\\p{Nl}\\p{No}_]";
    return Pattern.compile("(?:" + nonWord + "|^)(" + String.join("|", escaped) + ")(?:" + nonWord + "|$)",
        Pattern.UNIX_LINES);
  }

  @Test
  void pageDecisionsAgreeWithTheReferenceOnRealTexts() throws IOException {
    assumeTrue(Files.isDirectory(BENCH.resolve("news-extraction")),
        () -> "Skipped: no bench data at " + BENCH.toAbsolutePath().normalize());
    Pattern badWords = badWordsPattern();
    assertThat(BadWords.english().size()).isEqualTo(377);
    List<String> texts = new ArrayList<>();
    for (String set : List.of("news-extraction", "web-extraction")) {
      try (Stream<Path> files = Files.list(BENCH.resolve(set).resolve("text"))) {
        for (Path file : files.sorted().toList()) {
          texts.add(Files.readString(file, StandardCharsets.UTF_8));
        }
      }
      String gold = Files.readString(BENCH.resolve(set).resolve("ground-truth.json"), StandardCharsets.UTF_8);
      Matcher body = Pattern.compile("\"articleBody\":\\s*\"((?:[^\"\\\\]++|\\\\.)*+)\"").matcher(gold);
      while (body.find()) {
        texts.add(unescape(body.group(1)));
      }
    }
    TreeMap<String, Integer> reasons = new TreeMap<>();
    List<String> disagreements = new ArrayList<>();
    for (String text : texts) {
      C4Text.Page page = C4Text.judgePage(text, C4Text.DEFAULT_MIN_WORDS_PER_LINE, C4Text.DEFAULT_MIN_SENTENCES,
          C4Text.DEFAULT_MAX_WORD_LENGTH, BadWords.english());
      String ours = page.kept() ? "kept" : page.reason();
      String theirs = reference(text, badWords);
      reasons.merge(ours, 1, Integer::sum);
      if (!ours.equals(theirs)) {
        disagreements.add(ours + " vs " + theirs + ": " + text.substring(0, Math.min(80, text.length())));
      }
    }
    System.out.println("C4 cross-check: " + texts.size() + " texts, decisions " + reasons
        + ", disagreements " + disagreements.size());
    assertThat(texts).hasSizeGreaterThanOrEqualTo(300);
    assertThat(disagreements).isEmpty();
    assertThat(reasons.keySet()).contains("kept", "too-few-sentences", "bad-words");
  }

  private static String unescape(String json) {
    StringBuilder out = new StringBuilder(json.length());
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = json.charAt(++i);
      switch (e) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> {
          out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> out.append(e);
      }
    }
    return out.toString();
  }
}
