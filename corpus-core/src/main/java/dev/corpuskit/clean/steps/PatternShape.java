package dev.corpuskit.clean.steps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What every whole-text match of a regular expression must look like, read from the expression so
 * that a text which cannot match is ruled out without running it: its length bounds, the literals it
 * starts with, ends with or contains, and the characters it may start and end with. Each bound is a
 * necessary condition only; {@code null} means nothing is known.
 *
 * <p>The analysis is conservative: it understands plain characters, escaped punctuation, groups,
 * alternation, simple classes and quantifiers, reads assertions ({@code ^ $ \b \B}) as matching the
 * empty string (which only widens what may match), and gives up ({@link #of} returns {@code null}) on
 * anything else, such as flags or Unicode escapes. Lengths are in chars: a class or {@code .} may
 * match a surrogate pair unless it lists its characters.
 *
 * @param min the fewest chars a match has
 * @param max the most chars a match has, or {@link #UNBOUNDED}
 * @param exact every string the expression matches, when they are few; else {@code null}
 * @param prefixes every non-empty match starts with one of these (non-empty) literals
 * @param suffixes every non-empty match ends with one of these (non-empty) literals
 * @param required every match contains one of the (non-empty) literals of each of these sets; the
 *     most selective sets first
 * @param first every non-empty match starts with a char in this set
 * @param last every non-empty match ends with a char in this set
 * @param needs every match contains a char in this set
 */
record PatternShape(int min, int max, Set<String> exact, Set<String> prefixes, Set<String> suffixes,
    List<Set<String>> required, BitSet first, BitSet last, BitSet needs) {

  /** {@link #max} of an expression with unbounded repetition. */
  static final int UNBOUNDED = Integer.MAX_VALUE;

  /** The most literals a set may hold; a larger set is dropped or replaced by a weaker one. */
  private static final int MAX_SET = 64;

  /** The most sets of required literals kept: the most selective ones. */
  private static final int MAX_REQUIRED = 3;

  /** The shape of {@code regex}, or {@code null} when it uses syntax the analysis does not know. */
  static PatternShape of(String regex) {
    try {
      Parser parser = new Parser(regex);
      PatternShape shape = parser.alternation();
      return parser.at == regex.length() ? shape : null;
    } catch (RuntimeException unknown) {
      return null;
    }
  }

  /**
   * The top-level branches of {@code regex} ({@code a|b|c} gives {@code a}, {@code b}, {@code c}; a
   * text matches the whole iff it matches a branch), or {@code null} when the syntax is not known.
   */
  static List<String> branches(String regex) {
    try {
      Parser parser = new Parser(regex);
      List<String> branches = new ArrayList<>();
      int start = 0;
      while (true) {
        parser.sequence();
        branches.add(regex.substring(start, parser.at));
        if (parser.at < regex.length() && regex.charAt(parser.at) == '|') {
          start = ++parser.at;
        } else {
          return parser.at == regex.length() ? branches : null;
        }
      }
    } catch (RuntimeException unknown) {
      return null;
    }
  }

  /** Whether the empty string may match. */
  boolean nullable() {
    return min == 0;
  }

  private static PatternShape literal(char c) {
    if (Character.isSurrogate(c)) {
      // A quantifier after a supplementary character repeats the code point, not its last half.
      throw new IllegalArgumentException("half a code point");
    }
    Set<String> one = Set.of(String.valueOf(c));
    BitSet chars = new BitSet();
    chars.set(c);
    return new PatternShape(1, 1, one, one, one, List.of(one), chars, chars, chars);
  }

  /** A class: one char of {@code chars}, or any char (maybe a surrogate pair) when {@code null}. */
  private static PatternShape anyOf(BitSet chars) {
    return new PatternShape(1, chars == null ? 2 : 1, null, null, null, List.of(), chars, chars, chars);
  }

  /** An assertion: the empty string. */
  private static PatternShape empty() {
    return new PatternShape(0, 0, Set.of(""), Set.of(), Set.of(), List.of(), new BitSet(), new BitSet(),
        null);
  }

  /** This followed by {@code next}. */
  PatternShape then(PatternShape next) {
    Set<String> pre = joinStart(this, next);
    Set<String> suf = joinEnd(this, next);
    Set<String> ex = exact == null || next.exact == null ? null : cross(exact, next.exact);
    List<Set<String>> req = new ArrayList<>(required);
    req.addAll(next.required);
    req.add(usable(ex));
    Set<String> left = suffixes == null ? Set.of("") : withEmpty(suffixes, nullable());
    Set<String> right = next.prefixes == null ? Set.of("") : withEmpty(next.prefixes, next.nullable());
    req.add(usable(cross(left, right)));
    return new PatternShape(min + next.min, add(max, next.max), ex, pre, suf, mostSelective(req),
        union(first, nullable() ? next.first : new BitSet()),
        union(next.last, next.nullable() ? last : new BitSet()), fewer(needs, next.needs));
  }

  /** This or {@code other}. */
  PatternShape or(PatternShape other) {
    return new PatternShape(Math.min(min, other.min), Math.max(max, other.max),
        union(exact, other.exact), union(prefixes, other.prefixes), union(suffixes, other.suffixes),
        required.isEmpty() || other.required.isEmpty() ? List.of()
            : mostSelective(Arrays.asList(union(required.get(0), other.required.get(0)))),
        union(first, other.first), union(last, other.last), union(needs, other.needs));
  }

  /** This repeated {@code from} to {@code to} times ({@link #UNBOUNDED} for no limit). */
  PatternShape repeated(int from, int to) {
    Set<String> ex = from == 1 && to == 1 ? exact
        : from == 0 && to == 1 && exact != null ? withEmpty(exact, true) : null;
    int most = to == UNBOUNDED ? (max == 0 ? 0 : UNBOUNDED) : multiply(max, to);
    return new PatternShape(multiply(min, from), most, ex, prefixes, suffixes,
        from >= 1 ? required : List.of(), first, last, from >= 1 ? needs : null);
  }

  /** The literals a non-empty match of {@code a} then {@code b} starts with, or {@code null}. */
  private static Set<String> joinStart(PatternShape a, PatternShape b) {
    Set<String> weak = a.prefixes == null ? null
        : !a.nullable() ? a.prefixes : b.prefixes == null ? null : union(a.prefixes, b.prefixes);
    if (a.exact == null) {
      return weak;
    }
    Set<String> out = new LinkedHashSet<>();
    for (String s : a.exact) {
      if (s.isEmpty()) {
        if (b.prefixes == null) {
          return weak;
        }
        out.addAll(b.prefixes);
      } else if (b.prefixes == null) {
        out.add(s);
      } else {
        for (String p : b.prefixes) {
          out.add(s + p);
        }
        if (b.nullable()) {
          out.add(s);
        }
      }
      if (out.size() > MAX_SET) {
        return weak;
      }
    }
    return out;
  }

  /** The literals a non-empty match of {@code a} then {@code b} ends with, or {@code null}. */
  private static Set<String> joinEnd(PatternShape a, PatternShape b) {
    Set<String> weak = b.suffixes == null ? null
        : !b.nullable() ? b.suffixes : a.suffixes == null ? null : union(a.suffixes, b.suffixes);
    if (b.exact == null) {
      return weak;
    }
    Set<String> out = new LinkedHashSet<>();
    for (String s : b.exact) {
      if (s.isEmpty()) {
        if (a.suffixes == null) {
          return weak;
        }
        out.addAll(a.suffixes);
      } else if (a.suffixes == null) {
        out.add(s);
      } else {
        for (String p : a.suffixes) {
          out.add(p + s);
        }
        if (a.nullable()) {
          out.add(s);
        }
      }
      if (out.size() > MAX_SET) {
        return weak;
      }
    }
    return out;
  }

  private static Set<String> withEmpty(Set<String> set, boolean addEmpty) {
    if (!addEmpty) {
      return set;
    }
    Set<String> out = new LinkedHashSet<>(set);
    out.add("");
    return out;
  }

  /** Every concatenation of one of {@code a} and one of {@code b}, or {@code null} when too many. */
  private static Set<String> cross(Set<String> a, Set<String> b) {
    if ((long) a.size() * b.size() > MAX_SET) {
      return null;
    }
    Set<String> out = new LinkedHashSet<>();
    for (String x : a) {
      for (String y : b) {
        out.add(x + y);
      }
    }
    return out;
  }

  /** {@code set} as required literals: {@code null} when it is unknown or holds the empty string. */
  private static Set<String> usable(Set<String> set) {
    return set == null || set.isEmpty() || set.contains("") ? null : set;
  }

  /**
   * The {@value #MAX_REQUIRED} most selective distinct sets of {@code sets} (nulls skipped), most
   * selective first: the longer a set's shortest literal, and then the fewer its literals, the better.
   */
  private static List<Set<String>> mostSelective(List<Set<String>> sets) {
    List<Set<String>> sorted = sets.stream().filter(Objects::nonNull).distinct()
        .sorted(Comparator.comparingInt((Set<String> set) -> -shortest(set)).thenComparingInt(Set::size))
        .toList();
    List<Set<String>> kept = new ArrayList<>();
    for (Set<String> set : sorted) {
      if (kept.size() < MAX_REQUIRED && kept.stream().noneMatch(better -> implies(better, set))) {
        kept.add(set);
      }
    }
    return kept;
  }

  /** Whether a text holding one of {@code literals} always holds one of {@code others}. */
  private static boolean implies(Set<String> literals, Set<String> others) {
    return literals.stream().allMatch(literal -> others.stream().anyMatch(literal::contains));
  }

  /** The rarer in text of two known char sets, or the known one. */
  private static BitSet fewer(BitSet a, BitSet b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return commonness(b) < commonness(a) ? b : a;
  }

  /** How common the chars of {@code set} are in prose, roughly: spaces most, then letters. */
  private static int commonness(BitSet set) {
    int sum = 0;
    for (int c = set.nextSetBit(0); c >= 0; c = set.nextSetBit(c + 1)) {
      sum += c == ' ' ? 20 : Character.isLetter(c) ? 5 : 1;
    }
    return sum;
  }

  private static int shortest(Set<String> literals) {
    return literals.stream().mapToInt(String::length).min().orElse(0);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    if (a == null || b == null) {
      return null;
    }
    Set<String> out = new LinkedHashSet<>(a);
    out.addAll(b);
    return out.size() > MAX_SET ? null : out;
  }

  private static BitSet union(BitSet a, BitSet b) {
    if (a == null || b == null) {
      return null;
    }
    BitSet out = (BitSet) a.clone();
    out.or(b);
    return out;
  }

  private static int add(int a, int b) {
    return a == UNBOUNDED || b == UNBOUNDED ? UNBOUNDED : (int) Math.min(UNBOUNDED - 1L, (long) a + b);
  }

  private static int multiply(int a, int times) {
    if (a == UNBOUNDED) {
      return times == 0 ? 0 : UNBOUNDED;
    }
    return (int) Math.min(UNBOUNDED - 1L, (long) a * times);
  }

  /** A recursive-descent reader of the known syntax. */
  private static final class Parser {

    private final String regex;
    private int at;

    Parser(String regex) {
      this.regex = regex;
    }

    /** {@code a|b|...} up to a closing parenthesis or the end. */
    PatternShape alternation() {
      PatternShape shape = sequence();
      while (at < regex.length() && regex.charAt(at) == '|') {
        at++;
        shape = shape.or(sequence());
      }
      return shape;
    }

    /** A branch: its atoms, each with its quantifier, one after another. */
    PatternShape sequence() {
      PatternShape shape = empty();
      while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
        shape = shape.then(quantified(atom()));
      }
      return shape;
    }

    private PatternShape atom() {
      char c = regex.charAt(at);
      if (c == '(') {
        at++;
        if (regex.startsWith("?:", at)) {
          at += 2;
        } else if (regex.charAt(at) == '?') {
          throw new IllegalArgumentException("flags or named groups");
        }
        PatternShape group = alternation();
        expect(')');
        return group;
      }
      if (c == '[') {
        return anyOf(charClass());
      }
      if (c == '\\') {
        char escaped = regex.charAt(at + 1);
        at += 2;
        if (escaped == 'b' || escaped == 'B') {
          return empty();
        }
        if (Character.isLetterOrDigit(escaped)) {
          BitSet chars = new BitSet();
          if (!addEscape(escaped, chars)) {
            throw new IllegalArgumentException("escape \\" + escaped);
          }
          return anyOf("dsw".indexOf(escaped) >= 0 ? chars : null);
        }
        return literal(escaped);
      }
      at++;
      if (c == '.') {
        return anyOf(null);
      }
      if (c == '^' || c == '$') {
        return empty();
      }
      if ("*+?{".indexOf(c) >= 0) {
        throw new IllegalArgumentException("quantifier without atom");
      }
      return literal(c);
    }

    /** The characters of a class, or {@code null} for a negated class (any char, in effect). */
    private BitSet charClass() {
      at++;
      boolean negated = at < regex.length() && regex.charAt(at) == '^';
      if (negated) {
        at++;
      }
      BitSet chars = new BitSet();
      boolean firstMember = true;
      while (firstMember || regex.charAt(at) != ']') {
        firstMember = false;
        char c = regex.charAt(at);
        if (c == '[') {
          throw new IllegalArgumentException("nested or named class");
        }
        if (c == '\\') {
          char escaped = regex.charAt(at + 1);
          at += 2;
          if (Character.isLetterOrDigit(escaped)) {
            if (!addEscape(escaped, chars) || "dsw".indexOf(escaped) < 0) {
              negated = true; // \D \S \W or unknown: give up on the set, keep parsing
            }
            continue;
          }
          c = escaped;
        } else {
          at++;
        }
        if (regex.charAt(at) == '-' && regex.charAt(at + 1) != ']') {
          char to = regex.charAt(at + 1);
          if (to == '\\' || to == '[') {
            throw new IllegalArgumentException("escaped range end");
          }
          at += 2;
          if (to < c) {
            throw new IllegalArgumentException("bad range");
          }
          chars.set(c, to + 1);
        } else {
          chars.set(c);
        }
      }
      at++;
      return negated || chars.get(Character.MIN_SURROGATE, Character.MAX_SURROGATE + 1).cardinality() > 0
          ? null : chars;
    }

    /** Adds the chars of {@code \d}, {@code \s} or {@code \w} (RE2: ASCII); false for other escapes. */
    private static boolean addEscape(char escaped, BitSet chars) {
      switch (escaped) {
        case 'd' -> chars.set('0', '9' + 1);
        case 's' -> {
          chars.set('\t', '\n' + 1);
          chars.set('\f', '\r' + 1);
          chars.set(' ');
        }
        case 'w' -> {
          chars.set('0', '9' + 1);
          chars.set('a', 'z' + 1);
          chars.set('A', 'Z' + 1);
          chars.set('_');
        }
        case 'D', 'S', 'W' -> {
          return true;
        }
        default -> {
          return false;
        }
      }
      return true;
    }

    private PatternShape quantified(PatternShape atom) {
      if (at >= regex.length()) {
        return atom;
      }
      char q = regex.charAt(at);
      int from;
      int to;
      if (q == '?') {
        from = 0;
        to = 1;
        at++;
      } else if (q == '*') {
        from = 0;
        to = UNBOUNDED;
        at++;
      } else if (q == '+') {
        from = 1;
        to = UNBOUNDED;
        at++;
      } else if (q == '{') {
        int close = regex.indexOf('}', at);
        int comma = regex.indexOf(',', at);
        boolean range = comma >= 0 && comma < close;
        from = Integer.parseInt(regex.substring(at + 1, range ? comma : close));
        to = !range ? from : comma + 1 == close ? UNBOUNDED : Integer.parseInt(regex.substring(comma + 1, close));
        if (to < from) {
          throw new IllegalArgumentException("bad repetition");
        }
        at = close + 1;
      } else {
        return atom;
      }
      if (at < regex.length() && regex.charAt(at) == '?') {
        at++; // lazy: the same strings
      }
      return atom.repeated(from, to);
    }

    private void expect(char c) {
      if (regex.charAt(at) != c) {
        throw new IllegalArgumentException("expected " + c);
      }
      at++;
    }
  }
}
