package dev.corpuskit.clean.steps;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads from a regular expression literal strings of which every match contains at least one, so that
 * a text holding none of them is known not to match without running the expression. The analysis is
 * conservative: it understands plain characters, escaped punctuation, groups, alternation, classes and
 * quantifiers, and gives up (returns {@code null}) on anything else, such as flags or Unicode escapes.
 */
final class RequiredLiterals {

  private final String regex;
  private int at;

  private RequiredLiterals(String regex) {
    this.regex = regex;
  }

  /** Literals of which every match of {@code regex} contains one, or {@code null} when unknown. */
  static Set<String> of(String regex) {
    try {
      RequiredLiterals parser = new RequiredLiterals(regex);
      Set<String> literals = parser.alternation();
      return parser.at == regex.length() ? literals : null;
    } catch (RuntimeException malformed) {
      return null;
    }
  }

  /** {@code a|b|...} up to a closing parenthesis or the end: the union of each branch's literals. */
  private Set<String> alternation() {
    Set<String> union = new LinkedHashSet<>();
    boolean known = true;
    while (true) {
      Set<String> branch = sequence();
      if (branch == null) {
        known = false;
      } else {
        union.addAll(branch);
      }
      if (at < regex.length() && regex.charAt(at) == '|') {
        at++;
      } else {
        return known ? union : null;
      }
    }
  }

  /**
   * A branch: its required atoms, read left to right. Consecutive required characters form a literal;
   * a required group contributes its own literals. The candidate with the longest shortest literal wins.
   */
  private Set<String> sequence() {
    Set<String> best = null;
    StringBuilder run = new StringBuilder();
    while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
      char c = regex.charAt(at);
      Set<String> group = null;
      String literal = null;
      if (c == '(') {
        at++;
        if (regex.startsWith("?:", at)) {
          at += 2;
        } else if (at < regex.length() && regex.charAt(at) == '?') {
          throw new IllegalArgumentException("flags or named groups");
        }
        group = alternation();
        expect(')');
      } else if (c == '[') {
        skipClass();
      } else if (c == '\\') {
        char escaped = regex.charAt(at + 1);
        if (Character.isLetterOrDigit(escaped)) {
          if ("bBdDsSwW".indexOf(escaped) < 0) {
            throw new IllegalArgumentException("escape \\" + escaped);
          }
        } else {
          literal = String.valueOf(escaped);
        }
        at += 2;
      } else if (c == '.' || c == '^' || c == '$') {
        at++;
      } else if ("*+?{".indexOf(c) >= 0) {
        throw new IllegalArgumentException("quantifier without atom");
      } else {
        literal = String.valueOf(c);
        at++;
      }
      boolean required = quantifier();
      if (literal != null && required) {
        run.append(literal);
        continue;
      }
      best = better(best, run);
      run.setLength(0);
      if (group != null && required) {
        best = better(best, group);
      }
    }
    return better(best, run);
  }

  /**
   * Skips a quantifier after an atom, if any. Whether the atom is still required once, unrepeated:
   * yes without a quantifier, no for {@code ? * {}} (which may omit it) and for {@code +} (which
   * repeats it, so the next atom need not follow it directly; reported as not required for a run).
   */
  private boolean quantifier() {
    if (at >= regex.length()) {
      return true;
    }
    char q = regex.charAt(at);
    if (q == '{') {
      at = regex.indexOf('}', at) + 1;
      if (at == 0) {
        throw new IllegalArgumentException("unclosed repetition");
      }
    } else if (q == '?' || q == '*' || q == '+') {
      at++;
    } else {
      return true;
    }
    if (at < regex.length() && regex.charAt(at) == '?') {
      at++; // lazy
    }
    return false;
  }

  private void skipClass() {
    at++;
    if (at < regex.length() && regex.charAt(at) == '^') {
      at++;
    }
    if (at < regex.length() && regex.charAt(at) == ']') {
      at++;
    }
    while (regex.charAt(at) != ']') {
      at += regex.charAt(at) == '\\' ? 2 : 1;
    }
    at++;
  }

  private void expect(char c) {
    if (regex.charAt(at) != c) {
      throw new IllegalArgumentException("expected " + c);
    }
    at++;
  }

  private static Set<String> better(Set<String> best, CharSequence run) {
    return run.length() == 0 ? best : better(best, Set.of(run.toString()));
  }

  private static Set<String> better(Set<String> best, Set<String> candidate) {
    if (candidate.isEmpty() || (best != null && shortest(best) >= shortest(candidate))) {
      return best;
    }
    return candidate;
  }

  private static int shortest(Set<String> literals) {
    return literals.stream().mapToInt(String::length).min().orElse(0);
  }
}
