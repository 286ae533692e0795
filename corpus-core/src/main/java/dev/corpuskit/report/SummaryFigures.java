package dev.corpuskit.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.corpuskit.describe.InputFigures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the figures the data card shows from the build's {@code summary.json}: {@code documents},
 * {@code bytes} and {@code words}, each {@code {"in": n, "out": m}}, and {@code removedShare}. The file
 * is optional and so is each figure: what it does not hold, or holds as something other than a number,
 * is not stated. Every other field is skipped, so that the summary can grow.
 */
public final class SummaryFigures {


  private static final JsonFactory FACTORY = new JsonFactory();

  private SummaryFigures() {}

  /**
   * The figures in {@code summaryJson}; all not stated when there is no such file.
   *
   * @throws IOException when the file exists but is not JSON; the message names the file and the position
   */
  public static InputFigures read(Path summaryJson) throws IOException {
    if (!Files.isRegularFile(summaryJson)) {
      return InputFigures.none();
    }
    Map<String, Long> counts = new HashMap<>();
    Double share = null;
    try (JsonParser json = FACTORY.createParser(summaryJson.toFile())) {
      if (json.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException(summaryJson + ": not a Corpuskit summary (it must be a JSON object)");
      }
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String field = json.currentName();
        JsonToken value = json.nextToken();
        if ((field.equals("documents") || field.equals("bytes") || field.equals("words"))
            && value == JsonToken.START_OBJECT) {
          while (json.nextToken() == JsonToken.FIELD_NAME) {
            String side = json.currentName();
            JsonToken number = json.nextToken();
            if ((side.equals("in") || side.equals("out")) && number == JsonToken.VALUE_NUMBER_INT
                && json.getNumberType() != JsonParser.NumberType.BIG_INTEGER && json.getLongValue() >= 0) {
              counts.put(field + "." + side, json.getLongValue());
            } else {
              json.skipChildren();
            }
          }
        } else if (field.equals("removedShare") && value.isNumeric()) {
          share = json.getDoubleValue();
        } else {
          json.skipChildren();
        }
      }
    } catch (JsonProcessingException e) {
      throw new IOException(summaryJson + ": not a Corpuskit summary: " + e.getOriginalMessage()
          + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(), e);
    }
    return new InputFigures(counts.get("documents.in"), counts.get("documents.out"), counts.get("bytes.in"),
        counts.get("bytes.out"), counts.get("words.in"), counts.get("words.out"), share);
  }
}
