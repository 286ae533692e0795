package dev.corpuskit.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.corpuskit.describe.BuildSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the summary a data card needs back from {@code validation.json} and {@code cleaning.json}. */
public final class ReportSummaries {

  private static final JsonFactory FACTORY = new JsonFactory();

  private ReportSummaries() {}

  /**
   * Reads both reports; a report that does not exist contributes nothing.
   *
   * @throws IOException when a report exists but is not the JSON this toolkit writes
   */
  public static BuildSummary read(Path validationJson, Path cleaningJson) throws IOException {
    Map<String, String> severities = new LinkedHashMap<>();
    Map<String, Long> findings = new HashMap<>();
    List<String> steps = new ArrayList<>();
    Map<String, Integer> changes = new HashMap<>();
    if (Files.isRegularFile(validationJson)) {
      readValidation(validationJson, severities, findings);
    }
    if (Files.isRegularFile(cleaningJson)) {
      readCleaning(cleaningJson, steps, changes);
    }
    return new BuildSummary(severities, findings, steps, changes);
  }

  private static void readValidation(Path file, Map<String, String> severities, Map<String, Long> findings)
      throws IOException {
    try (JsonParser json = FACTORY.createParser(file.toFile())) {
      expect(json, JsonToken.START_OBJECT, file);
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String field = json.currentName();
        json.nextToken();
        if (field.equals("rules")) {
          for (Map<String, String> rule : objects(json, file)) {
            severities.put(rule.get("id"), rule.get("severity"));
          }
        } else if (field.equals("findings")) {
          for (Map<String, String> finding : objects(json, file)) {
            findings.merge(finding.get("rule"), 1L, Long::sum);
          }
        } else {
          json.skipChildren();
        }
      }
    }
  }

  private static void readCleaning(Path file, List<String> steps, Map<String, Integer> changes)
      throws IOException {
    try (JsonParser json = FACTORY.createParser(file.toFile())) {
      expect(json, JsonToken.START_OBJECT, file);
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String field = json.currentName();
        JsonToken value = json.nextToken();
        if (field.equals("steps") && value == JsonToken.START_ARRAY) {
          while (json.nextToken() == JsonToken.VALUE_STRING) {
            steps.add(json.getText());
          }
        } else if (field.equals("changesByStep") && value == JsonToken.START_OBJECT) {
          while (json.nextToken() == JsonToken.FIELD_NAME) {
            String step = json.currentName();
            json.nextToken();
            changes.put(step, json.getIntValue());
          }
        } else {
          json.skipChildren();
        }
      }
    }
  }

  /** Reads an array of flat objects, keeping their scalar fields as text. */
  private static List<Map<String, String>> objects(JsonParser json, Path file) throws IOException {
    if (json.currentToken() != JsonToken.START_ARRAY) {
      throw new IOException(file + ": expected an array at " + json.currentLocation());
    }
    List<Map<String, String>> objects = new ArrayList<>();
    while (json.nextToken() == JsonToken.START_OBJECT) {
      Map<String, String> object = new HashMap<>();
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String name = json.currentName();
        JsonToken value = json.nextToken();
        if (value.isScalarValue()) {
          object.put(name, json.getValueAsString());
        } else {
          json.skipChildren();
        }
      }
      objects.add(object);
    }
    return objects;
  }

  private static void expect(JsonParser json, JsonToken token, Path file) throws IOException {
    if (json.nextToken() != token) {
      throw new IOException(file + ": not a Corpuskit report (expected " + token + " at the start)");
    }
  }
}
