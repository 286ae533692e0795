package dev.corpuskit.source;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Lists the files of a corpus directory in a stable order.
 *
 * <p>Files are matched against include and exclude globs (as in Maven, for example {@code **}{@code /*.txt})
 * on their {@code /}-separated relative path, and returned sorted by that path. Hidden files and
 * directories (names starting with {@code .}) are skipped. Symbolic links are not followed but listed,
 * as are named pipes and other special files, so that validation reports them instead of skipping
 * them silently.
 */
public final class CorpusScanner {

  private final List<PathMatcher> includes;
  private final List<PathMatcher> excludes;

  /**
   * @param includes globs a file must match one of; empty means every file
   * @param excludes globs that remove a file
   */
  public CorpusScanner(List<String> includes, List<String> excludes) {
    this.includes = compile(includes);
    this.excludes = compile(excludes);
  }

  /** A scanner that takes every file. */
  public static CorpusScanner all() {
    return new CorpusScanner(List.of(), List.of());
  }

  /**
   * Lists the files below {@code root}.
   *
   * @throws NoSuchFileException when {@code root} does not exist
   * @throws NotDirectoryException when {@code root} is not a directory
   */
  public List<SourceFile> scan(Path root) throws IOException {
    List<Listed> listed = list(root);
    List<SourceFile> files = new ArrayList<>(listed.size());
    for (Listed entry : listed) {
      files.add(entry.file());
    }
    return files;
  }

  /**
   * A listed file with its attributes as the scan read them, without following links.
   *
   * @param file the file
   * @param attributes its size, times and file key when it was listed
   */
  public record Listed(SourceFile file, BasicFileAttributes attributes) {}

  /**
   * Lists the files below {@code root} as {@link #scan} does, each with the attributes the scan read
   * anyway (one {@code stat} per entry), so that a caller can tell a changed file without another.
   *
   * @throws NoSuchFileException when {@code root} does not exist
   * @throws NotDirectoryException when {@code root} is not a directory
   */
  public List<Listed> list(Path root) throws IOException {
    return select(root).files();
  }

  /**
   * The files a scan selected, and how many other files it saw that the includes and excludes left
   * out (hidden files are not counted: they are never taken).
   *
   * @param files the selected files, as {@link #list} gives them
   * @param leftOut the visible files that no include matched, or that an exclude matched
   * @param skippedRecords the records of the selected archives that are no document: a WARC's requests,
   *     metadata, responses other than HTTP 200 {@code text/html} or {@code text/plain}; a JSONL's blank lines
   */
  public record Selection(List<Listed> files, int leftOut, int skippedRecords) {

    public Selection {
      files = List.copyOf(files);
    }

    /** A selection of files that hold no archive. */
    public Selection(List<Listed> files, int leftOut) {
      this(files, leftOut, 0);
    }

    /** How many visible files the scan saw: those selected and those left out. */
    public int seen() {
      return files.size() + leftOut;
    }
  }

  /**
   * Lists the files below {@code root} as {@link #list} does, counting the files that the includes and
   * excludes left out, so that a selection that takes nothing (a typo in a glob) can say so.
   *
   * @throws NoSuchFileException when {@code root} does not exist
   * @throws NotDirectoryException when {@code root} is not a directory
   */
  public Selection select(Path root) throws IOException {
    if (!Files.exists(root)) {
      throw new NoSuchFileException(root.toString(), null, "corpus directory does not exist");
    }
    if (!Files.isDirectory(root)) {
      throw new NotDirectoryException(root.toString());
    }
    List<Listed> files = new ArrayList<>();
    int[] leftOut = new int[1];
    // The relative path of the folder being visited, with a trailing '/' (empty for the root).
    ArrayDeque<String> folders = new ArrayDeque<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
        if (folders.isEmpty() && dir.equals(root)) {
          folders.push("");
          return FileVisitResult.CONTINUE;
        }
        String name = dir.getFileName().toString();
        if (name.startsWith(".")) {
          return FileVisitResult.SKIP_SUBTREE; // hidden, with everything in it
        }
        folders.push(folders.peek() + name + "/");
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        String name = file.getFileName().toString();
        if (!folders.isEmpty() && !name.startsWith(".")) { // a linked root is not followed: no files
          SourceFile source = new SourceFile(root, folders.peek() + name);
          if (selected(source)) {
            files.add(new Listed(source, attributes));
          } else {
            leftOut[0]++;
          }
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException error) throws IOException {
        if (error != null) {
          throw error;
        }
        folders.pop();
        return FileVisitResult.CONTINUE;
      }
    });
    int skipped = 0;
    List<Listed> documents = new ArrayList<>(files.size());
    for (Listed entry : files) {
      if (entry.file().isArchive() && entry.attributes().isRegularFile()) {
        skipped += members(entry, documents);
      } else {
        documents.add(entry);
      }
    }
    documents.sort((a, b) -> a.file().compareTo(b.file()));
    return new Selection(documents, leftOut[0], skipped);
  }

  /**
   * Adds the members of the archive {@code entry} to {@code documents}, each with the archive's
   * attributes; an archive that cannot be indexed at all is one member whose read fails, so that it is
   * reported. Returns how many of its records are no document.
   */
  private static int members(Listed entry, List<Listed> documents) {
    SourceFile archive = entry.file();
    Archives.Index index;
    try {
      index = Archives.index(archive);
    } catch (IOException e) {
      documents.add(new Listed(new SourceFile(archive.root(), archive.relativePath() + "/invalid-at-0.txt"),
          entry.attributes()));
      return 0;
    }
    for (Archives.Member member : index.members()) {
      documents.add(new Listed(new SourceFile(archive.root(), archive.relativePath() + "/" + member.name()),
          entry.attributes()));
    }
    return index.skipped();
  }

  private boolean selected(SourceFile file) {
    if (includes.isEmpty() && excludes.isEmpty()) {
      return true;
    }
    Path relative = Path.of(file.relativePath());
    boolean included = includes.isEmpty() || includes.stream().anyMatch(m -> m.matches(relative));
    return included && excludes.stream().noneMatch(m -> m.matches(relative));
  }

  private static List<PathMatcher> compile(List<String> globs) {
    Set<String> variants = new LinkedHashSet<>();
    for (String glob : globs) {
      addVariants(glob, variants);
    }
    List<PathMatcher> matchers = new ArrayList<>();
    for (String glob : variants) {
      matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
    }
    return List.copyOf(matchers);
  }

  /** Maven's {@code **}{@code /} also matches no folder at all, anywhere in the glob: add those forms. */
  private static void addVariants(String glob, Set<String> out) {
    if (!out.add(glob)) {
      return;
    }
    for (int i = glob.indexOf("**/"); i >= 0; i = glob.indexOf("**/", i + 1)) {
      if (i == 0 || glob.charAt(i - 1) == '/') {
        addVariants(glob.substring(0, i) + glob.substring(i + 3), out);
      }
    }
  }
}
