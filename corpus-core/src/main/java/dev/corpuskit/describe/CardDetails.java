package dev.corpuskit.describe;

import dev.corpuskit.format.InvalidConfigurationException;
import java.util.List;

/**
 * What the publisher states about a corpus beyond its coordinates, for the data card and the
 * descriptors: who made it, how to cite it, what it is for, what it cannot do and what personal data
 * it holds. Each is null (or empty) when not stated: the card then says "not stated", as nothing here is
 * ever guessed.
 *
 * @param creators the organization and the people who made it, in the POM's order
 * @param citation how to cite it (BibTeX or a reference; may span lines), or null
 * @param intendedUse what it is meant for, or null
 * @param limitations what it is not fit for, its known gaps and biases, or null
 * @param personalData what personal data it holds and how it was handled, or null
 * @param taskCategories Hugging Face task categories such as {@code text-generation}, possibly none
 */
public record CardDetails(List<Creator> creators, String citation, String intendedUse, String limitations,
    String personalData, List<String> taskCategories) {

  /** @throws InvalidConfigurationException naming the setting at fault */
  public CardDetails {
    creators = creators == null ? List.of() : List.copyOf(creators);
    citation = text("citation", citation, true);
    intendedUse = text("intendedUse", intendedUse, false);
    limitations = text("limitations", limitations, false);
    personalData = text("personalData", personalData, false);
    taskCategories = taskCategories == null ? List.of() : taskCategories.stream()
        .filter(t -> t != null && !t.isBlank()).map(String::strip).distinct().toList();
    for (String task : taskCategories) {
      if (!isTaskId(task)) {
        throw new InvalidConfigurationException("taskCategories", "'" + task + "' is not a task category:"
            + " use the Hugging Face id, lower-case words joined by '-', such as text-generation");
      }
    }
  }

  /** Nothing stated. */
  public static CardDetails none() {
    return new CardDetails(List.of(), null, null, null, null, List.of());
  }

  /** These details with the creators {@code list}. */
  public CardDetails withCreators(List<Creator> list) {
    return new CardDetails(list, citation, intendedUse, limitations, personalData, taskCategories);
  }

  /** Whether {@code task} is a Hugging Face task id: lower-case words and digits joined by single '-'. */
  private static boolean isTaskId(String task) {
    if (task.isEmpty() || task.startsWith("-") || task.endsWith("-") || task.contains("--")) {
      return false;
    }
    return task.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-');
  }

  /**
   * {@code value} without the indentation a POM adds to every line, or null when blank: with
   * {@code keepLines}, its lines (runs of blank lines as one), else one line with runs of spaces and
   * tabs as one space. A control character other than a line break or tab is refused.
   */
  private static String text(String setting, String value, boolean keepLines) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
      throw new InvalidConfigurationException(setting, setting + " holds a control character");
    }
    StringBuilder text = new StringBuilder(value.length());
    boolean blank = false;
    for (String line : value.lines().map(String::strip).toList()) {
      if (line.isEmpty()) {
        blank = text.length() > 0;
        continue;
      }
      if (text.length() > 0) {
        text.append(keepLines ? (blank ? "\n\n" : "\n") : " ");
      }
      blank = false;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        boolean space = c == ' ' || c == '\t';
        if (keepLines || !space) {
          text.append(c);
        } else if (text.charAt(text.length() - 1) != ' ') {
          text.append(' ');
        }
      }
    }
    return text.toString();
  }
}
