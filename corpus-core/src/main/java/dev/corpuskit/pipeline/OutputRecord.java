package dev.corpuskit.pipeline;

import dev.corpuskit.format.CorpusLayout;
import dev.corpuskit.io.AtomicFiles;
import dev.corpuskit.io.PendingFile;
import dev.corpuskit.pipeline.state.Fingerprints;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The list of files that cleaning runs wrote into an output folder, kept in the folder as
 * {@value #NAME}, so that a run deletes only files of its own: never a file someone else put there (a
 * README, a {@code .git} folder, the files of a mistyped output path). Before any cleaned file is
 * written, the record is widened to every file the run may write, so that a run killed halfway leaves
 * nothing it cannot later recognise; at the end it lists exactly the paths of this run's documents (a
 * document with errors, not written, keeps its path there, so that an unchanged corpus leaves the
 * record as it was).
 *
 * <p>The record is a text file, {@value #HEADER} then one relative path a line ({@code \}, newline and
 * carriage return escaped), written atomically and read as a stream: a run holds the set of paths it
 * writes, as it did before, and never a second one.
 */
final class OutputRecord {

  /** The record's file name in the output folder. */
  static final String NAME = CorpusLayout.OUTPUT_RECORD;
  private static final String HEADER = "corpuskit-output 1";
  private static final int EXAMPLES = 3;

  private final Path output;
  private final boolean adoptedInBuild;
  private final boolean widened;

  private OutputRecord(Path output, boolean adoptedInBuild, boolean widened) {
    this.output = output;
    this.adoptedInBuild = adoptedInBuild;
    this.widened = widened;
  }

  /**
   * Checks that this run may write into {@code output} and records {@code planned}, every path it may
   * write there, before it writes any.
   *
   * @throws OutputNotOwnedException when the folder holds files and no record, and is not adopted
   */
  static OutputRecord claim(Path output, OutputOwnership ownership, Collection<String> planned) throws IOException {
    Path file = output.resolve(NAME);
    boolean recorded = hasRecord(file);
    boolean adoptedInBuild = false;
    if (!recorded) {
      String example = firstEntry(output);
      if (example != null) {
        adoptedInBuild = insideBuild(output, ownership.buildDirectory());
        if (!adoptedInBuild && !ownership.adopt()) {
          throw new OutputNotOwnedException(output, example);
        }
      }
    }
    Set<String> plannedSet = planned instanceof Set<String> set ? set : Set.copyOf(planned);
    if (recorded && listsExactly(file, plannedSet)) {
      return new OutputRecord(output, false, false); // as the last run left it
    }
    Files.createDirectories(output);
    try (PendingFile next = PendingFile.create(file)) {
      Writer out = writer(next);
      if (recorded) {
        try (BufferedReader in = reader(file)) {
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (!plannedSet.contains(unescape(line))) {
              out.write(line);
              out.write('\n');
            }
          }
        }
      }
      for (String path : planned) {
        out.write(escape(path));
        out.write('\n');
      }
      out.flush();
      next.commit();
    }
    return new OutputRecord(output, adoptedInBuild, true);
  }

  /** What {@link #finish} did. */
  record Tidied(byte[] tree, int removed, long unrecorded, List<String> examples) {}

  /**
   * Deletes the recorded files this run did not write, records {@code planned} (the paths of this
   * run's documents, in file order, as {@link #claim} had them), sweeps dead writers' temporary files,
   * and returns the output's {@link Fingerprints#tree} as the run leaves it, with what was removed and
   * what was left unrecorded.
   */
  Tidied finish(Set<String> written, Iterable<String> planned) throws IOException {
    Path file = output.resolve(NAME);
    Path realOutput = output.toRealPath();
    int removed = 0;
    if (hasRecord(file)) {
      try (BufferedReader in = reader(file)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          String path = unescape(line);
          if (!written.contains(path) && deleteRecorded(realOutput, path)) {
            removed++;
          }
        }
      }
    }
    if (widened) {
      try (PendingFile next = PendingFile.create(file)) {
        Writer out = writer(next);
        for (String path : planned) {
          out.write(escape(path));
          out.write('\n');
        }
        out.flush();
        next.commit();
      }
    }
    int[] swept = {0};
    long[] unrecorded = {0};
    List<String> examples = new ArrayList<>();
    byte[] tree = Fingerprints.walk(output, (entry, path, stat) -> {
      if (path.equals(NAME) || written.contains(path)) {
        return true;
      }
      boolean fileOrLink = stat.isRegularFile() || stat.isSymbolicLink() && Files.isRegularFile(entry);
      if (stat.isRegularFile() && AtomicFiles.isDeadWritersFile(entry.getFileName().toString())
          || adoptedInBuild && fileOrLink && path.endsWith(".txt")) {
        Files.deleteIfExists(entry); // a killed writer's leftover, or an earlier version's stale file
        swept[0]++;
        return false;
      }
      unrecorded[0]++;
      if (examples.size() < EXAMPLES) {
        examples.add(path);
      }
      return true;
    });
    return new Tidied(tree, removed + swept[0], unrecorded[0], examples);
  }

  /**
   * Deletes the recorded file {@code path} (a link itself, never what it points to), unless the path
   * could lead out of the output folder; whether a file was deleted.
   */
  private static boolean deleteRecorded(Path realOutput, String path) throws IOException {
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("\0")) {
      return false;
    }
    for (int start = 0, slash; start <= path.length(); start = slash + 1) {
      slash = path.indexOf('/', start);
      slash = slash < 0 ? path.length() : slash;
      String part = path.substring(start, slash);
      if (part.isEmpty() || part.equals(".") || part.equals("..")) {
        return false;
      }
    }
    Path target = realOutput.resolve(path);
    try {
      BasicFileAttributes stat = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (stat.isDirectory() || !target.getParent().toRealPath().startsWith(realOutput)) {
        return false; // a folder now, or reached through a link to elsewhere
      }
      return Files.deleteIfExists(target);
    } catch (NoSuchFileException e) {
      return false;
    }
  }

  /** Whether {@code file} is a record (its first line the header). */
  private static boolean hasRecord(Path file) throws IOException {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return HEADER.equals(in.readLine());
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }

  /** Whether the record lists exactly {@code paths}; it lists each path once. */
  private static boolean listsExactly(Path file, Set<String> paths) throws IOException {
    long count = 0;
    try (BufferedReader in = reader(file)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!paths.contains(unescape(line))) {
          return false;
        }
        count++;
      }
    }
    return count == paths.size();
  }

  /** The record's paths, past its header. */
  private static BufferedReader reader(Path file) throws IOException {
    BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    in.readLine();
    return in;
  }

  private static Writer writer(PendingFile file) throws IOException {
    Writer out = new BufferedWriter(new OutputStreamWriter(file.out(), StandardCharsets.UTF_8));
    out.write(HEADER);
    out.write('\n');
    return out;
  }

  /** The smallest name in {@code folder}, or null when it is missing or empty. */
  private static String firstEntry(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return null;
    }
    String first = null;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (first == null || name.compareTo(first) < 0) {
          first = name;
        }
      }
    }
    return first;
  }

  /** Whether {@code output} lies inside {@code buildDirectory} (not the folder itself). */
  private static boolean insideBuild(Path output, Path buildDirectory) throws IOException {
    if (buildDirectory == null) {
      return false;
    }
    Path build = CorpusRun.realPath(buildDirectory);
    Path out = CorpusRun.realPath(output);
    return out.startsWith(build) && !out.equals(build);
  }

  static String escape(String path) {
    if (path.indexOf('\\') < 0 && path.indexOf('\n') < 0 && path.indexOf('\r') < 0) {
      return path;
    }
    return path.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
  }

  static String unescape(String line) {
    if (line.indexOf('\\') < 0) {
      return line;
    }
    StringBuilder path = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        char next = line.charAt(++i);
        path.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
      } else {
        path.append(c);
      }
    }
    return path.toString();
  }
}
