package dev.corpuskit.pipeline.state;

import static dev.corpuskit.pipeline.state.BinaryFields.readBytes;
import static dev.corpuskit.pipeline.state.BinaryFields.readString;
import static dev.corpuskit.pipeline.state.BinaryFields.writeBytes;
import static dev.corpuskit.pipeline.state.BinaryFields.writeString;

import dev.corpuskit.io.PendingFile;
import dev.corpuskit.report.DropTotals;
import dev.corpuskit.report.ValidationTotals;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.Severity;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * The stamp of the last completed validate or clean run: the key of its configuration, the
 * fingerprint of its sources, its findings and totals, and what its reports and cleaned files looked
 * like when it ended. A run whose key and sources are the same, while the reports and cleaned files
 * are as that run left them, has nothing to do. The stamp is written as a stream during the run and
 * published last, atomically, once the reports and the cache are in place; a run that does not end
 * leaves no stamp (the old one is deleted before anything else is written). A CRC-32C of everything
 * before it ends the stamp: a damaged stamp is no stamp, never findings or totals replayed wrong.
 */
public final class LastRun {

  private static final int MAGIC = 0x434B4C33; // "CKL3": totals with what rules dropped
  private static final int MAX_FIELD = 64 << 20;
  private static final Severity[] SEVERITIES = Severity.values();

  private final List<Finding> findings;
  private final Totals totals;
  private final List<Fingerprints.Report> reports;
  private final byte[] outputs;

  private LastRun(List<Finding> findings, Totals totals, List<Fingerprints.Report> reports, byte[] outputs) {
    this.findings = findings;
    this.totals = totals;
    this.reports = reports;
    this.outputs = outputs;
  }

  /** The findings of that run, in the order it reported them. */
  public List<Finding> findings() {
    return findings;
  }

  /** That run's totals. */
  public Totals totals() {
    return totals;
  }

  /**
   * The totals of a run that its stamp keeps.
   *
   * @param validation documents, bytes and findings per severity
   * @param cleaned documents cleaned and listed in the manifest (0 when the run does not clean)
   * @param steps the cleaning steps that ran, in order
   * @param changesByStep change counts per detailed step id
   * @param drops what the rules whose action is drop left out of the corpus
   */
  public record Totals(ValidationTotals validation, int cleaned, List<String> steps,
      Map<String, Integer> changesByStep, DropTotals drops) {

    public Totals {
      steps = List.copyOf(steps);
      changesByStep = Collections.unmodifiableMap(new TreeMap<>(changesByStep));
      drops = drops == null ? DropTotals.NONE : drops;
    }

    /** Totals without drops. */
    public Totals(ValidationTotals validation, int cleaned, List<String> steps, Map<String, Integer> changesByStep) {
      this(validation, cleaned, steps, changesByStep, DropTotals.NONE);
    }
  }

  /**
   * Reads the stamp in {@code file} if it was made under {@code key} from sources with the fingerprint
   * of {@code sources}, and none of them may have changed unseen since that run started; else empty.
   */
  public static Optional<LastRun> read(Path file, String key, Fingerprints.Sources sources) {
    CheckedInputStream checked = null;
    try (DataInputStream in = new DataInputStream(checked = new CheckedInputStream(
        new BufferedInputStream(Files.newInputStream(file), 64 * 1024), new CRC32C()))) {
      if (in.readInt() != MAGIC || !key.equals(readString(in, MAX_FIELD, "stamp"))) {
        return Optional.empty();
      }
      long startedAt = in.readLong();
      if (!sources.sameAs(readBytes(in, MAX_FIELD, "stamp"), startedAt)) {
        return Optional.empty();
      }
      List<Finding> findings = new ArrayList<>();
      while (in.readBoolean()) {
        findings.add(new Finding(readString(in, MAX_FIELD, "stamp"), SEVERITIES[in.readByte()], readString(in, MAX_FIELD, "stamp"), in.readInt(),
            in.readInt(), in.readLong(), readString(in, MAX_FIELD, "stamp")));
      }
      ValidationTotals totals = new ValidationTotals(in.readInt(), in.readLong(), in.readLong(), in.readLong(),
          in.readLong());
      int cleaned = in.readInt();
      List<String> steps = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        steps.add(readString(in, MAX_FIELD, "stamp"));
      }
      Map<String, Integer> changes = new TreeMap<>();
      for (int i = in.readInt(); i > 0; i--) {
        changes.put(readString(in, MAX_FIELD, "stamp"), in.readInt());
      }
      int droppedDocuments = in.readInt();
      int judged = in.readInt();
      Map<String, Integer> droppedByRule = new TreeMap<>();
      for (int i = in.readInt(); i > 0; i--) {
        droppedByRule.put(readString(in, MAX_FIELD, "stamp"), in.readInt());
      }
      List<Fingerprints.Report> reports = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        reports.add(new Fingerprints.Report(readString(in, MAX_FIELD, "stamp"), in.readLong(), in.readLong(), readBytes(in, MAX_FIELD, "stamp")));
      }
      byte[] outputs = readBytes(in, MAX_FIELD, "stamp");
      if (in.readInt() != MAGIC) {
        return Optional.empty();
      }
      int crc = (int) checked.getChecksum().getValue();
      if (in.readInt() != crc) {
        return Optional.empty();
      }
      return Optional.of(new LastRun(findings, new Totals(totals, cleaned, steps, changes,
          droppedByRule.isEmpty() ? DropTotals.NONE : new DropTotals(droppedDocuments, judged, droppedByRule)),
          reports, outputs));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // a damaged or foreign stamp: run again
    }
  }

  /**
   * Whether the reports in {@code reportsDirectory} are still as this run left them, and its cleaned
   * files too: {@code cleanedFiles} is their {@link Fingerprints#tree} now, null for a run that does
   * not clean.
   */
  public boolean outputsUnchanged(Path reportsDirectory, byte[] cleanedFiles) throws IOException {
    for (Fingerprints.Report report : reports) {
      if (!report.unchangedIn(reportsDirectory)) {
        return false;
      }
    }
    return cleanedFiles == null ? outputs == null : Arrays.equals(outputs, cleanedFiles);
  }

  /**
   * Writes the stamp of a run as it goes: the header now, each finding as it comes, the rest on
   * {@link #finish}, which publishes it. Closing without finishing deletes it.
   */
  public static final class Writer implements Closeable {
    private final PendingFile file;
    private final CheckedOutputStream checked;
    private final DataOutputStream out;

    public Writer(Path target, String key, long startedAt, Fingerprints.Sources sources) throws IOException {
      file = PendingFile.create(target);
      checked = new CheckedOutputStream(file.out(), new CRC32C());
      out = new DataOutputStream(checked);
      out.writeInt(MAGIC);
      writeString(out, key);
      out.writeLong(startedAt);
      writeBytes(out, sources.digest());
    }

    public void finding(Finding f) throws IOException {
      out.writeBoolean(true);
      writeString(out, f.ruleId());
      out.writeByte(f.severity().ordinal());
      writeString(out, f.file());
      out.writeInt(f.line());
      out.writeInt(f.column());
      out.writeLong(f.byteOffset());
      writeString(out, f.message());
    }

    /**
     * Ends the stamp with the run's totals, its reports as they are now and the fingerprint of its
     * cleaned files (null for a run that does not clean), and publishes it.
     */
    public void finish(Totals summary, List<Fingerprints.Report> reports, byte[] outputs) throws IOException {
      out.writeBoolean(false);
      ValidationTotals t = summary.validation();
      out.writeInt(t.documents());
      out.writeLong(t.bytes());
      out.writeLong(t.errors());
      out.writeLong(t.warnings());
      out.writeLong(t.infos());
      out.writeInt(summary.cleaned());
      out.writeInt(summary.steps().size());
      for (String step : summary.steps()) {
        writeString(out, step);
      }
      out.writeInt(summary.changesByStep().size());
      for (Map.Entry<String, Integer> change : summary.changesByStep().entrySet()) {
        writeString(out, change.getKey());
        out.writeInt(change.getValue());
      }
      out.writeInt(summary.drops().documents());
      out.writeInt(summary.drops().checked());
      out.writeInt(summary.drops().byRule().size());
      for (Map.Entry<String, Integer> rule : summary.drops().byRule().entrySet()) {
        writeString(out, rule.getKey());
        out.writeInt(rule.getValue());
      }
      out.writeInt(reports.size());
      for (Fingerprints.Report report : reports) {
        writeString(out, report.name());
        out.writeLong(report.size());
        out.writeLong(report.mtimeMillis());
        writeBytes(out, report.sha256());
      }
      writeBytes(out, outputs);
      out.writeInt(MAGIC);
      out.writeInt((int) checked.getChecksum().getValue());
      out.flush();
      file.commit();
    }

    @Override
    public void close() throws IOException {
      file.close();
    }
  }
}
