package dev.corpuskit.report;

import dev.corpuskit.format.InvalidConfigurationException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

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
    int start = 0;
    for (int comma = list.indexOf(','); ; comma = list.indexOf(',', start)) {
      patterns.add(list.substring(start, comma < 0 ? list.length() : comma).strip());
      if (comma < 0) {
        break;
      }
      start = comma + 1;
    }
    return new ReportDocuments(patterns);
  }

  /** Whether the report shows document {@code id} in full. */
  public boolean matches(String id) {
    for (String pattern : patterns) {
      if (globMatches(pattern, id)) {
        return true;
      }
    }
    return false;
  }

  /** {@link #matches} as a predicate, for a test on every document of a run. */
  public Predicate<String> matcher() {
    return patterns.isEmpty() ? id -> false : this::matches;
  }

  /** The setting as a key of the run's stamp: empty when no document is named. */
  public String key() {
    return patterns.isEmpty() ? "" : "report documents " + String.join(",", patterns) + "\n";
  }

  /**
   * Whether {@code glob} matches all of {@code id}, by dynamic programming over both (time and memory
   * the product of their lengths, whatever the pattern: no backtracking).
   */
  static boolean globMatches(String glob, String id) {
    int n = id.length();
    // matches[j]: the pattern read so far matches id's first j characters.
    boolean[] matches = new boolean[n + 1];
    matches[0] = true;
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      boolean[] next = new boolean[n + 1];
      if (c == '*') {
        boolean any = i + 1 < glob.length() && glob.charAt(i + 1) == '*';
        if (any) {
          i++;
        }
        boolean run = false;
        for (int j = 0; j <= n; j++) {
          run = matches[j] || run && (any || id.charAt(j - 1) != '/');
          next[j] = run;
        }
      } else {
        for (int j = 1; j <= n; j++) {
          char d = id.charAt(j - 1);
          next[j] = matches[j - 1] && (c == '?' ? d != '/' : c == d);
        }
      }
      matches = next;
    }
    return matches[n];
  }
}
