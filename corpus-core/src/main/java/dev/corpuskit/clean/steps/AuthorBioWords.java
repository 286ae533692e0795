package dev.corpuskit.clean.steps;

import dev.corpuskit.lang.Language;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The author-bio vocabulary of a language, read from the resource
 * {@code dev/corpuskit/lang/<language>/author-bio-words.tsv}: the words that join a name to the rest of
 * a bio's first sentence (is, was, joined...), writers' roles (writer, editor, reporter...), career words
 * (joined, covering, degree, award, previously...) and third-person pronouns. A language without the
 * file has none, and no line is an author bio.
 */
final class AuthorBioWords {

  private static final Map<String, AuthorBioWords> LOADED = new ConcurrentHashMap<>();

  private final Set<String> link = new HashSet<>();
  private final Set<String> role = new HashSet<>();
  private final Set<String> career = new HashSet<>();
  private final Set<String> pronoun = new HashSet<>();

  private AuthorBioWords() {}

  /** The vocabulary of {@code language}, loaded once. */
  static AuthorBioWords of(Language language) {
    return LOADED.computeIfAbsent(language.code(), AuthorBioWords::load);
  }

  /** Whether there are no role words: no line can be an author bio. */
  boolean isEmpty() {
    return role.isEmpty();
  }

  /** Whether {@code word} (lower case) joins a name to what a bio says of it. */
  boolean isLink(String word) {
    return link.contains(word);
  }

  /** Whether {@code word} (lower case) is a writer's role. */
  boolean isRole(String word) {
    return role.contains(word);
  }

  /** Whether {@code word} (lower case) is a career word. */
  boolean isCareer(String word) {
    return career.contains(word);
  }

  /** Whether {@code word} (lower case) is a third-person pronoun. */
  boolean isPronoun(String word) {
    return pronoun.contains(word);
  }

  private static AuthorBioWords load(String code) {
    AuthorBioWords words = new AuthorBioWords();
    for (String line : Language.dataLines(code, "author-bio-words.tsv")) {
      int tab = line.indexOf('\t');
      List<String> word = tab < 0 ? List.of() : PolicyWords.words(line.substring(tab + 1));
      Set<String> kind = tab < 0 ? null : switch (line.substring(0, tab)) {
        case "link" -> words.link;
        case "role" -> words.role;
        case "career" -> words.career;
        case "pronoun" -> words.pronoun;
        default -> null;
      };
      if (kind == null || word.size() != 1) {
        throw new IllegalStateException("malformed author-bio-words line for '" + code + "': " + line);
      }
      kind.add(word.get(0));
    }
    return words;
  }
}
