package dev.corpuskit.clean.steps;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a raw line must hold for some pattern to match it once it is normalised (spaces collapsed,
 * lower-cased), tested with {@link String#indexOf(int, int)}, which scans far faster than a loop over
 * the chars. Read from each pattern's {@link PatternShape}: a char it needs and a short core (up to
 * {@value #MAX_CORE} chars, no space) common to all literals of a required set. A core is found at an
 * anchor char, spelt in each way the raw line can hold it (the chars that lower-case to it), and
 * checked around each place found. A core with a char that is not printable ASCII, or a space, is left
 * out, so that the test stays a necessary condition: a line that fails it cannot match, one that
 * passes may.
 */
final class RawProbes {

  static final int MAX_CORE = 3;

  /** A core and where to find it: its char at {@code anchor}, spelt as any of {@code spellings}. */
  private record Core(String core, int anchor, char[] spellings) {}

  /** Per pattern, its probes, each a choice of cores; null for a pattern of unknown shape. */
  private final Core[][][] probes;

  /** The probes of patterns of the given shapes (null: unknown). */
  RawProbes(List<PatternShape> shapes) {
    probes = new Core[shapes.size()][][];
    for (int i = 0; i < shapes.size(); i++) {
      probes[i] = shapes.get(i) == null ? null : of(shapes.get(i));
    }
  }

  /** Whether {@code text} fails the probes of every pattern, so that none can match it. */
  boolean ruleOut(String text) {
    for (Core[][] pattern : probes) {
      if (pattern == null || holdsAll(text, pattern)) {
        return false;
      }
    }
    return true;
  }

  private static boolean holdsAll(String text, Core[][] pattern) {
    for (Core[] choice : pattern) {
      if (!holdsAny(text, choice)) {
        return false;
      }
    }
    return true;
  }

  private static boolean holdsAny(String text, Core[] choice) {
    for (Core core : choice) {
      if (holds(text, core)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text} holds a spelling of {@code core}: a char that lower-cases to each of its chars. */
  static boolean holds(String text, Core core) {
    String chars = core.core();
    for (char spelling : core.spellings()) {
      for (int at = text.indexOf(spelling); at >= 0; at = text.indexOf(spelling, at + 1)) {
        int start = at - core.anchor();
        if (start >= 0 && start + chars.length() <= text.length() && spells(text, start, chars)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean spells(String text, int start, String chars) {
    for (int k = 0; k < chars.length(); k++) {
      if (Character.toLowerCase(text.charAt(start + k)) != chars.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The probes of a shape: the cores of its required literals first (the rarer), then a char it needs. */
  private static Core[][] of(PatternShape shape) {
    List<Core[]> probes = new ArrayList<>();
    Set<String> cores = new HashSet<>();
    for (Set<String> literals : shape.required()) {
      String common = common(literals);
      Core core = common == null ? null : core(common);
      if (core != null && cores.add(common)) {
        probes.add(new Core[] {core});
      }
    }
    if (shape.needs() != null) {
      List<Core> choice = new ArrayList<>();
      for (int c = shape.needs().nextSetBit(0); c >= 0; c = shape.needs().nextSetBit(c + 1)) {
        Core core = core(String.valueOf((char) c));
        if (core == null) {
          choice = null;
          break;
        }
        choice.add(core);
      }
      if (choice != null && !(choice.size() == 1 && cores.contains(choice.get(0).core()))) {
        probes.add(choice.toArray(Core[]::new));
      }
    }
    return probes.toArray(Core[][]::new);
  }


  /** The longest string of up to {@value #MAX_CORE} chars without a space that every literal holds. */
  static String common(Set<String> literals) {
    if (literals.isEmpty()) {
      return null;
    }
    String shortest = literals.stream().min((a, b) -> Integer.compare(a.length(), b.length())).get();
    for (int length = Math.min(MAX_CORE, shortest.length()); length > 0; length--) {
      for (int at = 0; at + length <= shortest.length(); at++) {
        String core = shortest.substring(at, at + length);
        if (core.indexOf(' ') < 0 && literals.stream().allMatch(literal -> literal.contains(core))) {
          return core;
        }
      }
    }
    return null;
  }

  /**
   * The probe for normalised {@code chars}, anchored at its rarest char; null when a char is not
   * printable ASCII other than a space, or nothing lower-cases to it.
   */
  static Core core(String chars) {
    int anchor = -1;
    for (int k = 0; k < chars.length(); k++) {
      char c = chars.charAt(k);
      if (c <= ' ' || c > '~' || sources(c).length == 0) {
        return null;
      }
      if (anchor < 0 || rarity(c) > rarity(chars.charAt(anchor))) {
        anchor = k;
      }
    }
    return new Core(chars, anchor, sources(chars.charAt(anchor)));
  }

  private static int rarity(char c) {
    return Chars.rarity(c);
  }

  /** The chars that normalising turns into {@code c}: those that lower-case to it. */
  private static char[] sources(char c) {
    return Chars.lowerCasingTo(c);
  }
}
