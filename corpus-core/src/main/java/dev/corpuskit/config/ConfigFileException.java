package dev.corpuskit.config;

import java.nio.file.Path;

/**
 * A configuration file that cannot be used: not YAML, an unknown key, a value of the wrong type or
 * one the core refuses. Names the file, the key's path (such as {@code rules.near-duplicate.threshold}),
 * the line and column of the value where the YAML parser gives them, what is wrong, and the fix; a
 * runner prints {@link #getMessage()} as it is and exits as on any configuration error.
 */
public final class ConfigFileException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final String key;
  private final int line;
  private final int column;
  private final String problem;
  private final String fix;

  /**
   * @param file the configuration file
   * @param key the path of the key at fault, dot-separated; empty for the whole file
   * @param line the 1-based line of the value, or 0 when unknown
   * @param column the 1-based column of the value, or 0 when unknown
   * @param problem what is wrong, naming the value
   * @param fix what to do
   */
  public ConfigFileException(Path file, String key, int line, int column, String problem, String fix) {
    super(file + (line > 0 ? ":" + line + ":" + column : "") + ": " + (key.isEmpty() ? "" : key + ": ")
        + problem + ". " + fix + ".");
    this.file = file;
    this.key = key;
    this.line = line;
    this.column = column;
    this.problem = problem;
    this.fix = fix;
  }

  /** The configuration file. */
  public Path file() {
    return file;
  }

  /** The path of the key at fault, such as {@code rules.min-words.min}; empty for the whole file. */
  public String key() {
    return key;
  }

  /** The 1-based line of the value at fault, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** The 1-based column of the value at fault, or 0 when unknown. */
  public int column() {
    return column;
  }

  /** What is wrong with the value. */
  public String problem() {
    return problem;
  }

  /** What to do. */
  public String fix() {
    return fix;
  }
}
