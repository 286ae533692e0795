package dev.corpuskit.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import dev.corpuskit.lang.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PatternShapeTest {

  @Test
  void splitsTheTopLevelBranchesOnly() {
    assertThat(PatternShape.branches("a(b|c)|[|]d|e")).containsExactly("a(b|c)", "[|]d", "e");
    assertThat(PatternShape.branches("(?i)a|b")).isNull();
  }

  @Test
  void readsLeadingAndTrailingLiteralsThroughOptionalParts() {
    PatternShape shape = PatternShape.of("(accept|allow) (all )?cookies\\.?");
    assertThat(shape.prefixes()).contains("accept all cookies", "allow cookies.").hasSize(8);
    assertThat(shape.suffixes()).contains("accept cookies", "allow all cookies.");
    assertThat(shape.min()).isEqualTo("allow cookies".length());
    assertThat(shape.max()).isEqualTo("accept all cookies.".length());
  }

  @Test
  void aLeadingWildcardLeavesTheEndAndTheRequiredLiterals() {
    PatternShape shape = PatternShape.of(".*\\((ap photo|photo|getty)\\b[^)]*\\)\\.?");
    assertThat(shape.prefixes()).isNull();
    assertThat(shape.suffixes()).containsExactlyInAnyOrder(")", ").");
    assertThat(shape.required().get(0)).containsExactlyInAnyOrder("(ap photo", "(photo", "(getty");
    assertThat(shape.max()).isEqualTo(PatternShape.UNBOUNDED);
  }

  @Test
  void joinsLiteralsAcrossAtomsAndKnowsACharTheMatchMustHold() {
    PatternShape shape = PatternShape.of("\\w+ (is|was) an? (writer|editor)\\b.*");
    assertThat(shape.required().get(0)).hasSize(8).contains(" is a writer", " was an editor");
    assertThat(shape.required()).hasSize(1); // "writer" or "editor" adds nothing to it
    assertThat(PatternShape.of("[a-z]+ \\d{1,2}").needs()).isEqualTo(digits());
    assertThat(PatternShape.of("[^x]*").needs()).isNull();
  }

  @Test
  void givesUpOnUnknownSyntax() {
    assertThat(PatternShape.of("(?i)cookies")).isNull();
    assertThat(PatternShape.of("\\pL+ cookies")).isNull();
    assertThat(PatternShape.of("a{2")).isNull();
    assertThat(PatternShape.of("\uD83D\uDE00?")).isNull(); // the quantifier takes the whole code point
  }

  /** Every string of up to five chars over a small alphabet that a pattern matches, the shape admits. */
  @Test
  void admitsEveryMatchOfSmallPatterns() {
    String[] patterns = {"a(b|c)?d*", "(ab|c){1,2}1.?", "[a-c]+ ?b", "\\d{1,2}/a", "(a|)b?", "a(|b)c|1",
        ".*\\bab\\b.*", "(a.){0,2}c", "[^b]+a", "a*?b+?c??", "(a|b c)(1|\\.)", "^a$|b\\.c", "(?:ab)+",
        "[\\w.]{2}", "a\\Bb|c b", "(a(b|)c|1)*2?", ".{0,3}\\(a[^)]*\\)\\.?"};
    List<String> strings = new ArrayList<>();
    allStrings("", "abc1 .()/", 5, strings);
    for (String regex : patterns) {
      Pattern anchored = Pattern.compile("^(?:" + regex + ")$");
      Tester tester = new Tester(PatternShape.of(regex));
      int matches = 0;
      for (String s : strings) {
        if (!s.isEmpty() && anchored.matches(s)) {
          matches++;
          assertThat(tester.admits(s)).as(regex + " on '" + s + "'").isTrue();
        }
      }
      assertThat(matches).as(regex).isPositive();
    }
  }

  /** The lexicon's patterns admit every seed and news line they match. */
  @Test
  void admitsEveryLexiconMatchInTheSeeds() throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/seeds"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        for (String line : Files.readAllLines(file)) {
          lines.add(line.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
        }
      }
    }
    lines.addAll(List.of("© 2024 example news. all rights reserved.", "by jane doe | reuters",
        "posted on: may 3, 2021 | by: ann", "jan 5, 2020 at 10:30 am", "(ap photo/evan vucci)",
        "john smith is a staff writer at the times.", "12 comments", "comments (3)", "read more..."));
    int matches = 0;
    for (Language.LexiconRule rule : Language.of(Language.ENGLISH).lexicon()) {
      for (String branch : PatternShape.branches(rule.pattern().pattern())) {
        Pattern anchored = Pattern.compile("^(?:" + branch + ")$");
        Tester tester = new Tester(PatternShape.of(branch));
        for (String line : lines) {
          if (!line.isEmpty() && anchored.matches(line)) {
            matches++;
            assertThat(tester.admits(line)).as(rule.id() + " on " + line).isTrue();
          }
        }
      }
    }
    assertThat(matches).isGreaterThan(9);
  }

  private static BitSet digits() {
    BitSet digits = new BitSet();
    digits.set('0', '9' + 1);
    return digits;
  }

  private static void allStrings(String prefix, String alphabet, int length, List<String> out) {
    out.add(prefix);
    if (prefix.length() < length) {
      for (char c : alphabet.toCharArray()) {
        allStrings(prefix + c, alphabet, length, out);
      }
    }
  }

  /** A {@link LineShape} of one shape with its literal look-ups, as the boilerplate step uses them. */
  private static final class Tester {
    private final LineShape shape;
    private final LiteralIndex literals;
    private final LeadingLiterals leading;
    private final LeadingLiterals trailing;

    Tester(PatternShape pattern) {
      assertThat(pattern).isNotNull();
      List<Set<String>> contains = new ArrayList<>();
      List<Set<String>> starts = new ArrayList<>();
      List<Set<String>> ends = new ArrayList<>();
      shape = LineShape.of(pattern, contains, starts, ends);
      literals = new LiteralIndex(contains);
      leading = new LeadingLiterals(starts, false);
      trailing = new LeadingLiterals(ends, true);
    }

    boolean admits(String line) {
      LineFacts facts = new LineFacts(line.length(), literals.groupCount(), leading.groupCount(),
          trailing.groupCount(), 0);
      int state = LiteralIndex.start();
      for (char c : line.toCharArray()) {
        facts.text[facts.length++] = c;
        facts.note(c);
        state = literals.next(state, c);
        if (state < 0) {
          literals.mark(state, facts.contains);
        }
      }
      leading.mark(facts.text, facts.length, facts.startsWith);
      trailing.mark(facts.text, facts.length, facts.endsWith);
      return shape.admits(facts);
    }
  }
}
