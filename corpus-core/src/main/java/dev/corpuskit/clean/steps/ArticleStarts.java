package dev.corpuskit.clean.steps;

import com.google.re2j.Pattern;
import dev.corpuskit.lang.Language;
import dev.corpuskit.text.Whitespace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stamps that open a story (a date with a time of day, a relative time), read from the resource
 * {@code dev/corpuskit/lang/<language>/article-starts.tsv}: one rule a line, id and RE2 pattern. A
 * language without the file has no stamps. Lines are matched whole, after whitespace is collapsed,
 * ends are trimmed and letters are lower-cased; lines longer than {@value #MAX_LINE_LENGTH}
 * characters never match.
 */
final class ArticleStarts {

  static final int MAX_LINE_LENGTH = 80;

  private static final Map<String, ArticleStarts> LOADED = new ConcurrentHashMap<>();

  private final List<String> ids = new ArrayList<>();
  private final List<Pattern> patterns = new ArrayList<>();
  /** Each pattern's shape (what every match holds), or null when unknown: a cheap test before RE2/J. */
  private final List<PatternShape> shapes = new ArrayList<>();
  /**
   * The chars and literals the shapes need (a needed char is a literal of one char): group
   * {@code g} belongs to pattern {@code groupPattern[g]}. Null when some pattern has no known shape.
   */
  private LiteralIndex needs;
  private int[] groupPattern;
  /** What a raw line must hold for a pattern to match: a first test, with String.indexOf. */
  private RawProbes probes;

  private ArticleStarts() {}

  /** The stamps of {@code language}, loaded once. */
  static ArticleStarts of(Language language) {
    return LOADED.computeIfAbsent(language.code(), ArticleStarts::load);
  }

  /** The id of the first rule {@code text} matches, or {@code null}. */
  String match(String text) {
    if (patterns.isEmpty() || probes.ruleOut(text) || isLongOrLacksNeeds(text)) {
      return null;
    }
    String normalised = Whitespace.collapse(text).strip();
    if (normalised.isEmpty() || normalised.length() > MAX_LINE_LENGTH) {
      return null;
    }
    normalised = normalised.toLowerCase(Locale.ROOT);
    for (int i = 0; i < patterns.size(); i++) {
      if (mayMatch(shapes.get(i), normalised) && patterns.get(i).matcher(normalised).matches()) {
        return ids.get(i);
      }
    }
    return null;
  }

  /**
   * Whether {@code text} holds what every match of a pattern of {@code shape} holds: its length, a
   * char it needs and one literal of each required set. Most short lines of a page (menus, titles)
   * have no digit, so this spares RE2/J nearly every line.
   */
  private static boolean mayMatch(PatternShape shape, String text) {
    if (shape == null) {
      return true;
    }
    if (text.length() < shape.min() || text.length() > shape.max()) {
      return false;
    }
    if (shape.needs() != null && !holdsAny(text, shape.needs())) {
      return false;
    }
    for (java.util.Set<String> literals : shape.required()) {
      if (literals.stream().noneMatch(text::contains)) {
        return false;
      }
    }
    return true;
  }

  private static boolean holdsAny(String text, java.util.BitSet chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.get(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code text} holds more than {@value #MAX_LINE_LENGTH} characters other than spaces, or
   * lacks, for every pattern, a char or literal its matches hold. One pass over the raw line, without
   * the copies that normalising makes, since most lines end here: the index reads the line with each
   * run of spaces as one space and ASCII letters lower-cased, which holds every literal the normalised
   * line holds (stripping only removes chars). A line with a char that lower-cases otherwise is not
   * ruled out.
   */
  private boolean isLongOrLacksNeeds(String text) {
    if (isLong(text)) {
      return true; // most of the text is in long lines: a plain count rules them out
    }
    boolean exact = needs != null;
    boolean[] found = null; // made at the first literal found: most lines hold none
    int state = LiteralIndex.start();
    boolean inSpaces = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Whitespace.isSpace(c)) {
        if (inSpaces) {
          continue;
        }
        inSpaces = true;
        c = ' ';
      } else {
        inSpaces = false;
        if (c < 0x80) {
          c = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        } else if (Character.isSurrogate(c) || Character.toLowerCase(c) != c) {
          exact = false;
        }
      }
      if (exact) {
        state = needs.next(state, c);
        if (state < 0) {
          found = found == null ? new boolean[needs.groupCount()] : found;
          needs.mark(state, found);
        }
      }
    }
    return exact && lacksNeeds(found);
  }

  /** Whether {@code text} holds more than {@value #MAX_LINE_LENGTH} characters other than spaces. */
  private static boolean isLong(String text) {
    if (text.length() <= MAX_LINE_LENGTH) {
      return false;
    }
    int kept = 0;
    for (int i = 0; i < text.length(); i++) {
      if (!Whitespace.isSpace(text.charAt(i)) && ++kept > MAX_LINE_LENGTH) {
        return true;
      }
    }
    return false;
  }

  /** Whether no pattern has every group of its needs in {@code found} (null: none found). */
  private boolean lacksNeeds(boolean[] found) {
    boolean[] lacking = new boolean[patterns.size()];
    for (int g = 0; g < groupPattern.length; g++) {
      if (found == null || !found[g]) {
        lacking[groupPattern[g]] = true;
      }
    }
    for (boolean lacks : lacking) {
      if (!lacks) {
        return false;
      }
    }
    return true;
  }

  private static ArticleStarts load(String code) {
    ArticleStarts starts = new ArticleStarts();
    for (String line : Language.dataLines(code, "article-starts.tsv")) {
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        throw new IllegalStateException("malformed article-start line for '" + code + "': " + line);
      }
      starts.ids.add(line.substring(0, tab));
      starts.patterns.add(Pattern.compile(line.substring(tab + 1)));
      starts.shapes.add(PatternShape.of(line.substring(tab + 1)));
    }
    starts.indexNeeds();
    return starts;
  }

  /** Builds {@link #needs} from the shapes, when every pattern has one. */
  private void indexNeeds() {
    probes = new RawProbes(shapes);
    List<Set<String>> groups = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    for (int i = 0; i < shapes.size(); i++) {
      PatternShape shape = shapes.get(i);
      if (shape == null) {
        return;
      }
      if (shape.needs() != null) {
        Set<String> chars = new HashSet<>();
        shape.needs().stream().forEach(c -> chars.add(String.valueOf((char) c)));
        groups.add(chars);
        owners.add(i);
      }
      for (Set<String> literals : shape.required()) {
        groups.add(literals);
        owners.add(i);
      }
    }
    needs = new LiteralIndex(groups);
    groupPattern = owners.stream().mapToInt(Integer::intValue).toArray();
  }
}
