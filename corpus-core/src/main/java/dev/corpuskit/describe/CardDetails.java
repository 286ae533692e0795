package dev.corpuskit.describe;

import dev.corpuskit.format.InvalidConfigurationException;
import java.util.List;
import java.util.regex.Pattern;

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

  /** A Hugging Face task category: lower-case words joined by '-'. */
  private static final Pattern TASK = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

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
      if (!TASK.matcher(task).matches()) {
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

  /**
   * {@code value} without the indentation a POM adds to every line, or null when blank; a control
   * character other than a line break or tab is refused.
   */
  private static String text(String setting, String value, boolean keepLines) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
      throw new InvalidConfigurationException(setting, setting + " holds a control character");
    }
    List<String> lines = value.replace("\r\n", "\n").replace('\r', '\n').lines().map(String::strip).toList();
    String joined = String.join(keepLines ? "\n" : " ", lines).strip();
    return keepLines ? joined.replaceAll("\n{3,}", "\n\n") : joined.replaceAll("[ \t]+", " ");
  }
}
