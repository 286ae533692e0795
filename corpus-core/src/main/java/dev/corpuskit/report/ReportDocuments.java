package dev.corpuskit.report;

import dev.corpuskit.format.InvalidConfigurationException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The documents the report shows in full besides its samples: ids, or globs over ids ({@code *} any
 * characters but {@code /}, {@code **} any characters, {@code ?} one character), as the setting
 * {@code reportDocuments} lists them, separated by commas.
 *
 * @param patterns the ids and globs, in the order given
 */
public record ReportDocuments(List<String> patterns) {

  /** At most this many documents are shown in full, the first in id order, so that the page stays small. */
  public static final int MAX_DOCUMENTS = 50;

  public ReportDocuments {
    patterns = List.copyOf(patterns);
    for (String pattern : patterns) {
      if (pattern.isBlank()) {
        throw new InvalidConfigurationException("reportDocuments",
            "an empty document id in " + patterns + "; list ids or globs separated by commas");
      }
    }
  }

  /** No document in full. */
  public static ReportDocuments none() {
    return new ReportDocuments(List.of());
  }

  /**
   * The documents {@code list} names, ids or globs separated by commas; blank or null names none.
   *
   * @throws InvalidConfigurationException for {@code reportDocuments} when an entry between commas is empty
   */
  public static ReportDocuments of(String list) {
    if (list == null || list.isBlank()) {
      return none();
    }
    List<String> patterns = new ArrayList<>();
    for (String part : list.split(",", -1)) {
      patterns.add(part.strip());
    }
    return new ReportDocuments(patterns);
  }

  /** Whether the report shows document {@code id} in full. */
  public boolean matches(String id) {
    return matcher().test(id);
  }

  /** {@link #matches}, with the globs compiled once: for a test on every document of a run. */
  public Predicate<String> matcher() {
    if (patterns.isEmpty()) {
      return id -> false;
    }
    List<Pattern> regexes = patterns.stream().map(ReportDocuments::regex).toList();
    return id -> regexes.stream().anyMatch(regex -> regex.matcher(id).matches());
  }

  /** The setting as a key of the run's stamp: empty when no document is named. */
  public String key() {
    return patterns.isEmpty() ? "" : "report documents " + String.join(",", patterns) + "\n";
  }

  private static Pattern regex(String glob) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
        regex.append(".*");
        i++;
      } else if (c == '*') {
        regex.append("[^/]*");
      } else if (c == '?') {
        regex.append("[^/]");
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString());
  }
}
