package dev.corpuskit.validate;

import java.util.Objects;

/**
 * What a threshold rule measured on a document when it reported it: the quantity, its value and the
 * threshold it crossed, so that a dropped document's audit and the reports can say by how much.
 *
 * @param name the measured quantity, in kebab case (for example {@code duplicate-line-share})
 * @param value the value measured on the document
 * @param threshold the configured threshold the value crossed (the finding's message says which way)
 */
public record Measure(String name, double value, double threshold) {

  public Measure {
    Objects.requireNonNull(name, "name");
  }
}
