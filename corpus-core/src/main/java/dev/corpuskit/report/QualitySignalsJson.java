package dev.corpuskit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.corpuskit.io.Json;
import dev.corpuskit.io.PendingFile;
import dev.corpuskit.validate.Signal;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Streams {@code quality-signals.jsonl}: for every document of a run, in path order, one line with
 * what the enabled rules measured on it ({@link dev.corpuskit.validate.Reporter#signal}), so that a
 * user can choose a rule's thresholds from the distribution of its values:
 *
 * <pre>{@code
 * {"source":"news/a.txt","signals":{"min-words":{"words":412}}}
 * {"source":"news/b.txt","signals":{}}
 * }</pre>
 *
 * <p>The keys come in a fixed order: {@code source}, {@code signals}; within it the rules by id, and a
 * rule's values by name. A document that was not parsed (or that no rule measured) has an empty
 * {@code signals}. Values are written as {@link Numbers} says: whole numbers as integers, others to
 * nine significant digits, an undefined value as {@code null}. The file appears, atomically, only on
 * {@link #finish}, and only when some rule measured something; otherwise {@code finish} deletes the
 * file an earlier run left, which would speak of rules no longer on.
 */
public final class QualitySignalsJson implements Closeable {

  /** The file's name in the reports directory. */
  public static final String FILE = "quality-signals.jsonl";

  private final Path target;
  private final PendingFile file;
  private final JsonGenerator json;
  private boolean measured;

  /** Starts the file in {@code reportsDirectory}. */
  public QualitySignalsJson(Path reportsDirectory) throws IOException {
    target = reportsDirectory.resolve(FILE);
    file = PendingFile.create(target);
    json = Json.openLines(file.out());
  }

  /** Adds the signals of the document {@code source}; documents come in path order. */
  public void add(String source, List<Signal> signals) throws IOException {
    measured |= !signals.isEmpty();
    json.writeStartObject();
    json.writeStringField("source", source);
    json.writeObjectFieldStart("signals");
    String rule = null;
    for (Signal signal : signals) {
      if (!signal.rule().equals(rule)) {
        if (rule != null) {
          json.writeEndObject();
        }
        rule = signal.rule();
        json.writeObjectFieldStart(rule);
      }
      json.writeFieldName(signal.name());
      Numbers.write(json, signal.value());
    }
    if (rule != null) {
      json.writeEndObject();
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  /** Publishes the file if some document has a signal; else deletes the file an earlier run left. */
  public void finish() throws IOException {
    if (!measured) {
      json.close();
      file.close();
      Files.deleteIfExists(target);
      return;
    }
    json.writeRaw('\n');
    json.close();
    file.commit();
  }

  @Override
  public void close() throws IOException {
    file.close();
  }
}
