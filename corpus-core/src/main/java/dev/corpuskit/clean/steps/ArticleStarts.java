package dev.corpuskit.clean.steps;

import com.google.re2j.Pattern;
import dev.corpuskit.clean.Language;
import dev.corpuskit.clean.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stamps that open a story (a date with a time of day, a relative time), read from the resource
 * {@code dev/corpuskit/clean/<language>/article-starts.tsv}: one rule a line, id and RE2 pattern. A
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

  private ArticleStarts() {}

  /** The stamps of {@code language}, loaded once. */
  static ArticleStarts of(Language language) {
    return LOADED.computeIfAbsent(language.code(), ArticleStarts::load);
  }

  /** The id of the first rule {@code text} matches, or {@code null}. */
  String match(String text) {
    if (patterns.isEmpty() || isLong(text)) {
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

  /** Whether {@code text} holds more than {@value #MAX_LINE_LENGTH} characters other than spaces. */
  private static boolean isLong(String text) {
    int kept = 0;
    for (int i = 0; i < text.length(); i++) {
      if (!Whitespace.isSpace(text.charAt(i)) && ++kept > MAX_LINE_LENGTH) {
        return true;
      }
    }
    return false;
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
    return starts;
  }
}
