package dev.corpuskit.pipeline;

import dev.corpuskit.clean.Cleaned;
import dev.corpuskit.clean.Cleaner;
import dev.corpuskit.clean.RepeatedLines;
import dev.corpuskit.io.AtomicFiles;
import dev.corpuskit.pack.Manifest;
import dev.corpuskit.pack.ManifestEntry;
import dev.corpuskit.parse.ParsedDocument;
import dev.corpuskit.source.SourceFile;
import dev.corpuskit.text.Sha256;
import dev.corpuskit.text.Words;
import dev.corpuskit.validate.DocumentValidation;
import dev.corpuskit.validate.Finding;
import dev.corpuskit.validate.ValidationReport;
import dev.corpuskit.validate.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Validates and cleans a corpus into an output directory, one UTF-8 {@code .txt} file per document
 * at the source's relative path. Documents with ERROR findings are not written. Files left in the
 * output directory by an earlier run that this run did not write are removed, so that the directory
 * always matches the returned manifest. Sources are only read. A first pass over the documents mines
 * the lines repeated across the corpus ({@link RepeatedLines}) for the {@code corpus-repeated} step.
 */
public final class CorpusCleaning {

  private CorpusCleaning() {}

  /**
   * Cleans the corpus of {@code config} into {@code outputDirectory}.
   *
   * @throws OverlappingDirectoriesException when the output would be written into the sources
   * @throws DuplicateDocumentIdException when two sources clean to the same file
   * @throws IOException when a file cannot be read or written
   */
  public static CleanResult run(CorpusConfig config, Path outputDirectory) throws IOException {
    Path source = config.sourceDirectory().toAbsolutePath().normalize();
    Path output = outputDirectory.toAbsolutePath().normalize();
    if (output.startsWith(source) || source.startsWith(output)) {
      throw new OverlappingDirectoriesException(source, output);
    }
    List<SourceFile> files = config.scanner().scan(config.sourceDirectory());
    Validator validator = new Validator(config.validation());
    Cleaner cleaner = new Cleaner(config.cleaning(), repeatedLines(files, new Validator(config.validation())));
    List<Finding> findings = new ArrayList<>();
    List<ManifestEntry> entries = new ArrayList<>();
    List<DocumentAudit> audits = new ArrayList<>();
    Map<String, String> sourceByPath = new HashMap<>();
    long bytes = 0;
    for (SourceFile file : files) {
      DocumentValidation validation = validator.validate(file);
      findings.addAll(validation.findings());
      bytes += validation.size();
      if (validation.hasErrors() || validation.document().isEmpty()) {
        continue;
      }
      ParsedDocument document = validation.document().get();
      String path = file.id() + ".txt";
      String earlier = sourceByPath.putIfAbsent(path, file.relativePath());
      if (earlier != null) {
        throw new DuplicateDocumentIdException(path, earlier, file.relativePath());
      }
      Cleaned cleaned = cleaner.clean(document.text());
      byte[] out = cleaned.text().getBytes(StandardCharsets.UTF_8);
      AtomicFiles.write(output.resolve(path), out);
      entries.add(new ManifestEntry(file.id(), path, out.length, Words.count(cleaned.text()),
          Sha256.hex(out), Sha256.hex(document.bytes())));
      audits.add(new DocumentAudit(file.id(), file.relativePath(), path, cleaned.changes()));
    }
    removeStale(output, sourceByPath.keySet());
    return new CleanResult(new ValidationReport(files.size(), bytes, findings), new Manifest(entries),
        audits, cleaner.stepIds());
  }

  /**
   * The corpus-level pre-pass: which lines repeat across the documents that will be cleaned. It has its
   * own validator, since a validator remembers the documents it saw to find duplicates.
   */
  private static RepeatedLines repeatedLines(List<SourceFile> files, Validator validator)
      throws IOException {
    RepeatedLines.Miner miner = RepeatedLines.miner();
    for (SourceFile file : files) {
      DocumentValidation validation = validator.validate(file);
      if (!validation.hasErrors()) {
        validation.document().ifPresent(document -> miner.add(document.text()));
      }
    }
    return miner.build();
  }

  private static void removeStale(Path output, Set<String> written) throws IOException {
    if (!Files.isDirectory(output)) {
      return;
    }
    Set<Path> keep = new HashSet<>();
    for (String path : written) {
      keep.add(output.resolve(path));
    }
    List<Path> stale;
    try (Stream<Path> walk = Files.walk(output)) {
      stale = walk.filter(Files::isRegularFile).filter(p -> !keep.contains(p)).toList();
    }
    for (Path file : stale) {
      Files.delete(file);
    }
  }
}
