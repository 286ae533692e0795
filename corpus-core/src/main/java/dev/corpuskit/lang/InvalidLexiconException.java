package dev.corpuskit.lang;

import dev.corpuskit.format.InvalidConfigurationException;

/**
 * A lexicon file cannot be used: it cannot be read, is not UTF-8, or a line is not a rule (three
 * TAB-separated fields, a kind of {@code line} or {@code tail}, a valid RE2 pattern). The message names
 * the file and the line. Its setting is {@code lexicon}: a front end names the option that gave the
 * file.
 */
public final class InvalidLexiconException extends InvalidConfigurationException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;

  /** Line {@code line} (1-based; 0 for the whole file) of {@code file} is wrong as {@code problem} says. */
  InvalidLexiconException(String file, int line, String problem, Throwable cause) {
    super("lexicon", (line > 0 ? file + ":" + line : file) + ": " + problem, cause);
    this.file = file;
    this.line = line;
  }

  /** The file, as it was named. */
  public String file() {
    return file;
  }

  /** The 1-based line, or 0 when the problem is the whole file. */
  public int line() {
    return line;
  }
}
