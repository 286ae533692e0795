package dev.corpuskit.pack;

import dev.corpuskit.format.CorpusInfo;
import dev.corpuskit.format.CorpusLayout;
import dev.corpuskit.format.InvalidConfigurationException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * What to package besides the documents.
 *
 * @param info the corpus's name and version
 * @param outputTimestamp the time of every jar entry (Maven's {@code project.build.outputTimestamp}); it
 *     must lie in 1980..2107, the range a zip entry's DOS time can hold without an extra field, and is
 *     stored with two-second precision
 * @param extraFiles files to copy into the corpus folder: name inside the folder (a safe relative path,
 *     for example {@code validation.json} or {@code LICENSE}) to file on disk; sorted by name
 * @param generatedFiles files generated for the corpus folder, such as {@code datapackage.json}: name (as
 *     for extra files) to content, written straight into the jar; sorted by name
 */
public record PackageSpec(
    CorpusInfo info, Instant outputTimestamp, Map<String, Path> extraFiles,
    Map<String, EntryContent> generatedFiles) {

  public PackageSpec {
    Objects.requireNonNull(info, "info");
    Objects.requireNonNull(outputTimestamp, "outputTimestamp");
    int year = LocalDateTime.ofInstant(outputTimestamp, ZoneOffset.UTC).getYear();
    if (year < 1980 || year > 2107) {
      throw new InvalidConfigurationException("outputTimestamp", "outputTimestamp must lie in 1980..2107 (UTC): " + outputTimestamp);
    }
    extraFiles = checkedNames(extraFiles, Set.of());
    generatedFiles = checkedNames(generatedFiles, extraFiles.keySet());
  }

  /** A spec with extra files and nothing generated. */
  public PackageSpec(CorpusInfo info, Instant outputTimestamp, Map<String, Path> extraFiles) {
    this(info, outputTimestamp, extraFiles, Map.of());
  }

  /** A spec without extra files. */
  public PackageSpec(CorpusInfo info, Instant outputTimestamp) {
    this(info, outputTimestamp, Map.of(), Map.of());
  }

  private static <V> Map<String, V> checkedNames(Map<String, V> files, Set<String> taken) {
    TreeMap<String, V> checked = new TreeMap<>();
    if (files != null) {
      for (Map.Entry<String, V> e : files.entrySet()) {
        String name = e.getKey();
        if (!CorpusLayout.isSafeRelativePath(name)) {
          throw new IllegalArgumentException("extra file: unsafe name '" + name + "': " + CorpusLayout.SAFE_PATH_RULE);
        }
        if (name.equals(CorpusLayout.MANIFEST_TSV) || name.equals(CorpusLayout.SHA256SUMS)
            || name.equals("data") || name.startsWith(CorpusLayout.DATA)) {
          throw new IllegalArgumentException("extra file: '" + name + "' is reserved for the packager");
        }
        if (taken.contains(name)) {
          throw new IllegalArgumentException("extra file: '" + name + "' is given twice");
        }
        checked.put(name, Objects.requireNonNull(e.getValue(), "content of extra '" + name + "'"));
      }
    }
    return Collections.unmodifiableMap(checked);
  }
}
