package dev.corpuskit.lang;

import dev.corpuskit.format.Sha256;
import dev.corpuskit.lang.Language.LexiconRule;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Boilerplate rules of a user's own, read from a file in the format of a language's
 * {@code boilerplate.tsv}: one rule a line, rule id, TAB, kind ({@code line} or {@code tail}), TAB, an
 * RE2 pattern matched against the whole line after whitespace is collapsed, ends trimmed and letters
 * lower-cased; blank lines and {@code #} comments are skipped. The boilerplate step runs them after the
 * language's rules and audits their removals as {@code boilerplate/user:<rule id>}, so that they never
 * pass for a shipped rule.
 *
 * @param source the file, as it was named, for messages
 * @param rules the rules, in file order
 */
public record UserLexicon(String source, List<LexiconRule> rules) {

  /** The prefix of a user rule's id in the audit, after {@code boilerplate/}. */
  public static final String AUDIT_PREFIX = "user:";

  public UserLexicon {
    rules = List.copyOf(rules);
  }

  /** No user rules. */
  public static UserLexicon none() {
    return new UserLexicon("", List.of());
  }

  /** Whether there are no rules. */
  public boolean isEmpty() {
    return rules.isEmpty();
  }

  /**
   * What cleaning with these rules depends on: the SHA-256 of the rules as lines, so that a change to a
   * rule re-cleans and a change to a comment does not. Empty when there are none.
   */
  public String cacheKey() {
    if (rules.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    for (LexiconRule rule : rules) {
      text.append(rule.line()).append('\n');
    }
    return Sha256.hex(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads the rules of {@code file}, which must be UTF-8.
   *
   * @throws InvalidLexiconException when the file cannot be read, is not UTF-8, or a line is not a rule
   *     or repeats an id; the message names the file and the line
   */
  public static UserLexicon read(Path file) {
    String name = file.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InvalidLexiconException(name, 0, "no such file", e);
    } catch (IOException e) {
      throw new InvalidLexiconException(name, 0, "cannot be read: " + e, e);
    }
    List<LexiconRule> rules = new ArrayList<>();
    Map<String, Integer> lineOf = new HashMap<>();
    int number = 0;
    for (int start = 0; start < bytes.length || number == 0; number++) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      String line = decode(name, number + 1, bytes, start, end);
      if (number == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      LexiconRule rule = LexiconRule.parse(name, number + 1, line);
      if (rule != null) {
        Integer earlier = lineOf.putIfAbsent(rule.id(), number + 1);
        if (earlier != null) {
          throw new InvalidLexiconException(name, number + 1, "rule id '" + rule.id() + "' is already used on line "
              + earlier + "; give each rule its own id", null);
        }
        rules.add(rule);
      }
      start = end + 1;
    }
    return new UserLexicon(name, rules);
  }

  private static String decode(String name, int number, byte[] bytes, int from, int to) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
    } catch (CharacterCodingException e) {
      throw new InvalidLexiconException(name, number, "not UTF-8; save the file as UTF-8", e);
    }
  }
}
