package dev.corpuskit.validate.rules;

import dev.corpuskit.parse.Parsers;
import dev.corpuskit.source.SourceFile;
import dev.corpuskit.validate.FileRule;
import dev.corpuskit.validate.Reporter;

/** Every file must have a parser: a file of another type is an error, never silently skipped. */
public final class FileTypeRule implements FileRule {

  public static final String ID = "file-type";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void check(SourceFile file, long size, Reporter reporter) {
    if (Parsers.forFile(file).isEmpty()) {
      String ext = file.extension().isEmpty() ? "no extension" : "extension '." + file.extension() + "'";
      reporter.report(0, 0, "unsupported file type (" + ext + "); supported: ."
          + String.join(", .", Parsers.extensions())
          + " (each also gzip-compressed, as .html.gz), and the archives .warc, .warc.gz, .jsonl, .jsonl.gz."
          + " Convert the file, or leave it out with the excludes setting");
    }
  }

  @Override
  public boolean stopsReading() {
    return true;
  }
}
