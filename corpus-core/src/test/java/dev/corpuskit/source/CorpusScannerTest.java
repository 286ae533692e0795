package dev.corpuskit.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusScannerTest {

  @TempDir Path root;

  @BeforeEach
  void createTree() throws IOException {
    for (String file : List.of("b.txt", "a.txt", "z.pdf", "sub/c.txt", "sub/deeper/d.html",
        "sub/deeper/e.txt", "other/f.txt", ".hidden.txt", ".git/config", "sub/.secret/g.txt")) {
      Path path = root.resolve(file);
      Files.createDirectories(path.getParent());
      Files.writeString(path, file);
    }
  }

  @Test
  void listsEveryVisibleFileSortedAcrossNestedFolders() throws IOException {
    assertThat(paths(CorpusScanner.all()))
        .containsExactly("a.txt", "b.txt", "other/f.txt", "sub/c.txt", "sub/deeper/d.html",
            "sub/deeper/e.txt", "z.pdf");
  }

  @Test
  void listHandsOutTheAttributesItReadWithoutFollowingLinks() throws IOException {
    Path link = root.resolve("sub/link.txt");
    Files.createSymbolicLink(link, root.resolve("a.txt"));
    List<CorpusScanner.Listed> listed = CorpusScanner.all().list(root);
    assertThat(listed.stream().map(l -> l.file().relativePath()))
        .containsExactly("a.txt", "b.txt", "other/f.txt", "sub/c.txt", "sub/deeper/d.html",
            "sub/deeper/e.txt", "sub/link.txt", "z.pdf");
    for (CorpusScanner.Listed entry : listed) {
      Path file = entry.file().path();
      assertThat(entry.attributes().isSymbolicLink()).isEqualTo(Files.isSymbolicLink(file));
      assertThat(entry.attributes().lastModifiedTime())
          .isEqualTo(Files.getLastModifiedTime(file, java.nio.file.LinkOption.NOFOLLOW_LINKS));
      if (!entry.attributes().isSymbolicLink()) {
        assertThat(entry.attributes().size()).isEqualTo(Files.size(file));
      }
    }
    assertThat(CorpusScanner.all().scan(root)).isEqualTo(listed.stream().map(CorpusScanner.Listed::file).toList());
  }

  @Test
  void doubleStarSlashAlsoMatchesNoFolder() throws IOException {
    assertThat(paths(new CorpusScanner(List.of("**/*.txt"), List.of())))
        .containsExactly("a.txt", "b.txt", "other/f.txt", "sub/c.txt", "sub/deeper/e.txt");
    assertThat(paths(new CorpusScanner(List.of("sub/**/*.txt"), List.of())))
        .containsExactly("sub/c.txt", "sub/deeper/e.txt");
  }

  @Test
  void singleStarStaysInItsFolder() throws IOException {
    assertThat(paths(new CorpusScanner(List.of("*.txt", "sub/*"), List.of())))
        .containsExactly("a.txt", "b.txt", "sub/c.txt");
  }

  @Test
  void excludesRemoveIncludedFiles() throws IOException {
    assertThat(paths(new CorpusScanner(List.of("**/*.txt", "**/*.html"), List.of("sub/**", "b.txt"))))
        .containsExactly("a.txt", "other/f.txt");
    assertThat(paths(new CorpusScanner(List.of(), List.of("**/deeper/**", "*.pdf"))))
        .containsExactly("a.txt", "b.txt", "other/f.txt", "sub/c.txt");
  }

  @Test
  void missingOrNonDirectoryRootIsAnError() {
    assertThatThrownBy(() -> CorpusScanner.all().scan(root.resolve("missing")))
        .isInstanceOf(NoSuchFileException.class).hasMessageContaining("does not exist");
    assertThatThrownBy(() -> CorpusScanner.all().scan(root.resolve("a.txt")))
        .isInstanceOf(NotDirectoryException.class);
  }

  @Test
  void emptyDirectoryHasNoFiles() throws IOException {
    Path empty = Files.createDirectory(root.resolve("empty"));

    assertThat(CorpusScanner.all().scan(empty)).isEmpty();
  }

  private List<String> paths(CorpusScanner scanner) throws IOException {
    return scanner.scan(root).stream().map(SourceFile::relativePath).toList();
  }

  @Test
  void selectCountsTheVisibleFilesTheIncludesAndExcludesLeftOut() throws IOException {
    CorpusScanner.Selection typo = new CorpusScanner(List.of("**/*.text"), List.of()).select(root);
    assertThat(typo.files()).isEmpty();
    assertThat(typo.leftOut()).isEqualTo(7); // the hidden files are never taken, so not counted
    assertThat(typo.seen()).isEqualTo(7);

    CorpusScanner.Selection some = new CorpusScanner(List.of("**/*.txt"), List.of("other/**")).select(root);
    assertThat(some.files()).extracting(l -> l.file().relativePath())
        .containsExactly("a.txt", "b.txt", "sub/c.txt", "sub/deeper/e.txt");
    assertThat(some.leftOut()).isEqualTo(3); // other/f.txt, sub/deeper/d.html, z.pdf

    assertThat(CorpusScanner.all().select(root).leftOut()).isZero();
  }
}
