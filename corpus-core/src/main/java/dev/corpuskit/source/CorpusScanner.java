package dev.corpuskit.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

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
    if (!Files.exists(root)) {
      throw new NoSuchFileException(root.toString(), null, "corpus directory does not exist");
    }
    if (!Files.isDirectory(root)) {
      throw new NotDirectoryException(root.toString());
    }
    List<SourceFile> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(p -> !p.equals(root))
          .filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .map(p -> SourceFile.of(root, p))
          .filter(f -> !isHidden(f.relativePath()))
          .filter(this::selected)
          .forEach(files::add);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    files.sort(null);
    return files;
  }

  private boolean selected(SourceFile file) {
    Path relative = Path.of(file.relativePath());
    boolean included = includes.isEmpty() || includes.stream().anyMatch(m -> m.matches(relative));
    return included && excludes.stream().noneMatch(m -> m.matches(relative));
  }

  private static boolean isHidden(String relativePath) {
    return relativePath.startsWith(".") || relativePath.contains("/.");
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
