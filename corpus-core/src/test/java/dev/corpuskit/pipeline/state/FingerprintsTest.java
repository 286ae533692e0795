package dev.corpuskit.pipeline.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintsTest {

  @TempDir Path dir;

  @Test
  void aWalkVisitsEachFolderSortedByNameAndHashesWhatItKeeps() throws IOException {
    write("b.txt", "b");
    write("a/y.txt", "y");
    write("a/x.txt", "x");
    write("a-b.txt", "ab");
    Files.createSymbolicLink(dir.resolve("c"), dir.resolve("a")); // a file to the walk, not followed

    List<String> visited = new ArrayList<>();
    byte[] kept = Fingerprints.walk(dir, (file, path, stat) -> {
      visited.add(path);
      if (path.equals("b.txt")) {
        Files.delete(file);
        return false;
      }
      return true;
    });

    assertThat(visited).containsExactly("a/x.txt", "a/y.txt", "a-b.txt", "b.txt", "c");
    assertThat(kept).as("the hash of what is left").isEqualTo(Fingerprints.tree(dir));
  }

  @Test
  void theTreeHashChangesWithAnyFileAddedRemovedOrTouched() throws IOException {
    write("a/x.txt", "x");
    byte[] before = Fingerprints.tree(dir);
    assertThat(Fingerprints.tree(dir)).isEqualTo(before);

    Path added = write("a/z.txt", "z");
    byte[] withAdded = Fingerprints.tree(dir);
    assertThat(withAdded).isNotEqualTo(before);
    Files.setLastModifiedTime(added, FileTime.fromMillis(Files.getLastModifiedTime(added).toMillis() - 5000));
    assertThat(Fingerprints.tree(dir)).isNotEqualTo(withAdded);
    Files.delete(added);
    assertThat(Fingerprints.tree(dir)).isEqualTo(before);
    assertThat(Fingerprints.tree(dir.resolve("missing"))).as("no folder holds no file")
        .isEqualTo(Fingerprints.tree(Files.createDirectory(dir.resolve("empty"))));
  }

  private Path write(String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }
}
