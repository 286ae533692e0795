package dev.corpuskit.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
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
   * @throws IOException when a report exists but is not the JSON this toolkit writes; the message names
   *     the file
   */
  public static BuildSummary read(Path validationJson, Path cleaningJson) throws IOException {
    Map<String, String> severities = new LinkedHashMap<>();
    Map<String, Long> findings = new HashMap<>();
    List<String> steps = new ArrayList<>();
    Map<String, Integer> changes = new HashMap<>();
    String[] auditDetail = {""};
    if (Files.isRegularFile(validationJson)) {
      parse(validationJson, json -> readValidation(json, validationJson, severities, findings));
    }
    if (Files.isRegularFile(cleaningJson)) {
      parse(cleaningJson, json -> auditDetail[0] = readCleaning(json, cleaningJson, steps, changes));
    }
    return new BuildSummary(severities, findings, steps, changes, auditDetail[0]);
  }

  private interface Reader {
    void read(JsonParser json) throws IOException;
  }

  /** Runs {@code reader} over {@code file}, naming the file in the message of a JSON syntax error. */
  private static void parse(Path file, Reader reader) throws IOException {
    try (JsonParser json = FACTORY.createParser(file.toFile())) {
      reader.read(json);
    } catch (JsonProcessingException e) {
      throw new IOException(file + ": not a Corpuskit report: " + e.getOriginalMessage()
          + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(), e);
    }
  }

  private static void readValidation(JsonParser json, Path file, Map<String, String> severities,
      Map<String, Long> findings) throws IOException {
    expect(json, JsonToken.START_OBJECT, file);
    boolean rules = false;
    boolean found = false;
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String field = json.currentName();
      json.nextToken();
      if (field.equals("rules")) {
        for (Map<String, String> rule : objects(json, file)) {
          severities.put(required(rule, "id", file), required(rule, "severity", file));
        }
        rules = true;
      } else if (field.equals("findings")) {
        for (Map<String, String> finding : objects(json, file)) {
          findings.merge(required(finding, "rule", file), 1L, Long::sum);
        }
        found = true;
      } else {
        json.skipChildren();
      }
    }
    if (!rules || !found) {
      throw new IOException(file + ": not a Corpuskit validation report (it needs 'rules' and 'findings')");
    }
  }

  /** Reads the steps and change counts; returns the audit detail, empty when the report does not say. */
  private static String readCleaning(JsonParser json, Path file, List<String> steps, Map<String, Integer> changes)
      throws IOException {
    expect(json, JsonToken.START_OBJECT, file);
    String auditDetail = "";
    boolean stepsSeen = false;
    boolean changesSeen = false;
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String field = json.currentName();
      JsonToken value = json.nextToken();
      if (field.equals("steps")) {
        require(value == JsonToken.START_ARRAY, json, file, "'steps' to be an array");
        for (JsonToken t = json.nextToken(); t != JsonToken.END_ARRAY; t = json.nextToken()) {
          require(t == JsonToken.VALUE_STRING, json, file, "a step id");
          steps.add(json.getText());
        }
        stepsSeen = true;
      } else if (field.equals("changesByStep")) {
        require(value == JsonToken.START_OBJECT, json, file, "'changesByStep' to be an object");
        while (json.nextToken() == JsonToken.FIELD_NAME) {
          String step = json.currentName();
          require(json.nextToken() == JsonToken.VALUE_NUMBER_INT, json, file, "a change count");
          changes.put(step, json.getIntValue());
        }
        changesSeen = true;
      } else if (field.equals("auditDetail")) {
        require(value == JsonToken.VALUE_STRING, json, file, "'auditDetail' to be a string");
        auditDetail = json.getText();
      } else {
        json.skipChildren();
      }
    }
    if (!stepsSeen || !changesSeen) {
      throw new IOException(file + ": not a Corpuskit cleaning report (it needs 'steps' and 'changesByStep')");
    }
    return auditDetail;
  }

  /** Reads an array of flat objects, keeping their scalar fields as text. */
  private static List<Map<String, String>> objects(JsonParser json, Path file) throws IOException {
    require(json.currentToken() == JsonToken.START_ARRAY, json, file, "an array");
    List<Map<String, String>> objects = new ArrayList<>();
    for (JsonToken t = json.nextToken(); t != JsonToken.END_ARRAY; t = json.nextToken()) {
      require(t == JsonToken.START_OBJECT, json, file, "an object");
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

  private static String required(Map<String, String> object, String field, Path file) throws IOException {
    String value = object.get(field);
    if (value == null) {
      throw new IOException(file + ": not a Corpuskit report (an entry lacks '" + field + "')");
    }
    return value;
  }

  private static void require(boolean condition, JsonParser json, Path file, String expected) throws IOException {
    if (!condition) {
      throw new IOException(file + ": not a Corpuskit report (expected " + expected + " at line "
          + json.currentLocation().getLineNr() + ", column " + json.currentLocation().getColumnNr() + ")");
    }
  }

  private static void expect(JsonParser json, JsonToken token, Path file) throws IOException {
    if (json.nextToken() != token) {
      throw new IOException(file + ": not a Corpuskit report (expected " + token + " at the start)");
    }
  }
}
