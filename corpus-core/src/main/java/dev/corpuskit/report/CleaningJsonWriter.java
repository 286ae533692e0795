package dev.corpuskit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.corpuskit.audit.Change;
import dev.corpuskit.audit.DocumentAudit;
import dev.corpuskit.audit.StepCount;
import dev.corpuskit.io.Json;
import dev.corpuskit.io.PendingFile;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.Measure;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Streams {@code cleaning.json}: the steps and the audit detail, each document's audit as it is added
 * (one line per change, in line order), then the document count and the change counts per step, so
 * that no audit is held in memory. The file appears only on {@link #finish}.
 *
 * <p>A document lists its changes under {@code changes} (not at the {@code counts} detail) and, under
 * {@code counts}, per step, the changes it counts without listing them ({@code changes},
 * {@code linesRemoved}, {@code charsRemoved}): every change at the {@code counts} detail, where the
 * field is always written; at {@code excerpt}, those past the document's excerpt budget, the field
 * present only then. Invisible characters in the texts are written as escapes ({@link Json}).
 *
 * <p>A run that keeps one document per near-duplicate cluster lists the copies it left out of the
 * corpus under {@code leftOut}, after the audit: each with its id, source and the path it would have
 * had, {@code reason} {@code near-duplicate}, the source path of its cluster's {@code representative}
 * and its {@code jaccard} similarity to it. The field is there only when a document was left out.
 *
 * <p>A cleaning run with rules whose action is drop lists the documents they left out there too, after
 * the near-duplicates, in file order: {@code reason} {@code rule} and, under {@code rules}, each
 * dropping finding's {@code rule} with what it measured ({@code measure}, {@code value},
 * {@code threshold}) or, for a rule that measures nothing, its {@code message}. The totals then end
 * with {@code dropped}, the documents dropped and per rule those kept and dropped ({@link DropTotals}).
 */
public final class CleaningJsonWriter implements Closeable {

  private final PendingFile file;
  private final JsonGenerator json;
  private final AuditDetail detail;
  private boolean leftOut;

  /** Nesting depth of a change's fields: the report, the audit, a document, its changes, the change. */
  private static final int CHANGE_DEPTH = 5;

  /** Starts the report of a run of {@code steps} whose changes were kept at {@code detail}. */
  public CleaningJsonWriter(Path target, List<String> steps, AuditDetail detail) throws IOException {
    this.detail = detail;
    file = PendingFile.create(target);
    json = Json.open(file.out());
    json.setPrettyPrinter(oneLinePerChange());
    json.writeStartObject();
    json.writeArrayFieldStart("steps");
    for (String step : steps) {
      json.writeString(step);
    }
    json.writeEndArray();
    json.writeStringField("auditDetail", detail.id());
    json.writeArrayFieldStart("audit");
  }

  /** The layout of {@link Json#open}, but each change on one line: a third of the bytes of a small change. */
  private static DefaultPrettyPrinter oneLinePerChange() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter.Indenter objects = new DefaultPrettyPrinter.Indenter() {
      @Override
      public void writeIndentation(JsonGenerator g, int level) throws IOException {
        if (level >= CHANGE_DEPTH - 1) {
          g.writeRaw(' '); // inside a change (and before its closing brace)
        } else {
          indenter.writeIndentation(g, level);
        }
      }

      @Override
      public boolean isInline() {
        return false;
      }
    };
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
    return new DefaultPrettyPrinter(separators).withObjectIndenter(objects).withArrayIndenter(indenter);
  }

  /**
   * Adds a document left out of the corpus as a near-copy of {@code representative} (a source path),
   * {@code jaccard} alike; after every {@link #add}, in file order.
   */
  public void leftOut(DocumentAudit audit, String representative, double jaccard) throws IOException {
    startLeftOut(audit, "near-duplicate");
    json.writeStringField("representative", representative);
    json.writeNumberField("jaccard", Math.floor(jaccard * 10_000) / 10_000);
    json.writeEndObject();
  }

  /** Opens the entry of a document left out for {@code reason}, the first opening the list. */
  private void startLeftOut(DocumentAudit audit, String reason) throws IOException {
    if (!leftOut) {
      leftOut = true;
      json.writeEndArray();
      json.writeArrayFieldStart("leftOut");
    }
    json.writeStartObject();
    json.writeStringField("id", audit.id());
    json.writeStringField("source", audit.source());
    json.writeStringField("path", audit.path());
    json.writeStringField("reason", reason);
  }

  /**
   * Adds a document that rules whose action is drop left out of the corpus, for {@code findings}
   * (theirs, in rule order); after every {@link #add} and near-duplicate, in file order.
   */
  public void dropped(DocumentAudit audit, List<Finding> findings) throws IOException {
    startLeftOut(audit, "rule");
    json.writeArrayFieldStart("rules");
    for (Finding finding : findings) {
      json.writeStartObject();
      json.writeStringField("rule", finding.ruleId());
      Measure measure = finding.measure();
      if (measure != null) {
        json.writeStringField("measure", measure.name());
        json.writeFieldName("value");
        Numbers.write(json, measure.value());
        json.writeFieldName("threshold");
        Numbers.write(json, measure.threshold());
      } else {
        json.writeStringField("message", finding.message());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /** Adds one document's audit, in manifest order. */
  public void add(DocumentAudit audit) throws IOException {
    if (leftOut) {
      throw new IllegalStateException("an audit after the documents left out: " + audit.id());
    }
    json.writeStartObject();
    json.writeStringField("id", audit.id());
    json.writeStringField("source", audit.source());
    json.writeStringField("path", audit.path());
    if (detail != AuditDetail.COUNTS) {
      writeChanges(audit);
    }
    if (detail == AuditDetail.COUNTS || !audit.counted().isEmpty()) {
      json.writeObjectFieldStart("counts");
      for (StepCount count : audit.counted()) {
        json.writeObjectFieldStart(count.step());
        json.writeNumberField("changes", count.changes());
        json.writeNumberField("linesRemoved", count.linesRemoved());
        json.writeNumberField("charsRemoved", count.charsRemoved());
        json.writeEndObject();
      }
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  private void writeChanges(DocumentAudit audit) throws IOException {
    json.writeArrayFieldStart("changes");
    for (Change change : audit.changes()) {
      json.writeStartObject();
      json.writeStringField("step", change.step());
      json.writeNumberField("line", change.line());
      json.writeStringField("before", change.before());
      if (change.isRemoval()) {
        json.writeNullField("after");
      } else {
        json.writeStringField("after", change.after());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** Writes the totals ({@code changesByStep} sorted by step id) and publishes the file. */
  public void finish(int documents, Map<String, Integer> changesByStep) throws IOException {
    finish(documents, changesByStep, DropTotals.NONE);
  }

  /** Writes the totals, with what the rules whose action is drop left out, and publishes the file. */
  public void finish(int documents, Map<String, Integer> changesByStep, DropTotals drops) throws IOException {
    json.writeEndArray();
    json.writeNumberField("documents", documents);
    json.writeObjectFieldStart("changesByStep");
    for (Map.Entry<String, Integer> count : changesByStep.entrySet()) {
      json.writeNumberField(count.getKey(), count.getValue());
    }
    json.writeEndObject();
    drops.write(json);
    json.writeEndObject();
    json.writeRaw('\n');
    json.close();
    file.commit();
  }

  @Override
  public void close() throws IOException {
    file.close();
  }
}
