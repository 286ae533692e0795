package dev.corpuskit.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir Path dir;

  List<String> names(Path d) throws IOException {
    try (Stream<Path> list = Files.list(d)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** An artifact others download must not come out readable by its owner only. */
  @Test
  void writtenFilesGetTheDefaultPermissionsNotTheTempFilesOwnerOnlyOnes() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
    Path atomic = dir.resolve("atomic.txt");
    AtomicFiles.write(atomic, "x".getBytes(UTF_8));
    Path pending = dir.resolve("pending.txt");
    try (PendingFile file = PendingFile.create(pending)) {
      file.out().write('x');
      file.commit();
    }

    assertThat(Files.getPosixFilePermissions(atomic)).isEqualTo(Files.getPosixFilePermissions(plain));
    assertThat(Files.getPosixFilePermissions(pending)).isEqualTo(Files.getPosixFilePermissions(plain));
  }

  @Test
  void writesBytesCreatingParentDirectories() throws IOException {
    Path target = dir.resolve("a/b/file.txt");

    AtomicFiles.write(target, "héllo\n".getBytes(UTF_8));

    assertThat(target).hasBinaryContent("héllo\n".getBytes(UTF_8));
    assertThat(names(target.getParent())).containsExactly("file.txt");
  }

  @Test
  void holdsTellsAFileWithExactlyTheBytesFromEveryOtherFile() throws IOException {
    byte[] bytes = "héllo\n".getBytes(UTF_8);
    Path same = Files.write(dir.resolve("same.txt"), bytes);
    Path sameSize = Files.write(dir.resolve("same-size.txt"), "hèllo\n".getBytes(UTF_8));
    Path longer = Files.write(dir.resolve("longer.txt"), "héllo\n\n".getBytes(UTF_8));
    Path folder = Files.createDirectory(dir.resolve("folder"));

    assertThat(AtomicFiles.holds(same, bytes)).isTrue();
    assertThat(AtomicFiles.holds(sameSize, bytes)).isFalse();
    assertThat(AtomicFiles.holds(longer, bytes)).isFalse();
    assertThat(AtomicFiles.holds(dir.resolve("missing.txt"), bytes)).isFalse();
    assertThat(AtomicFiles.holds(folder, bytes)).isFalse();
    assertThat(AtomicFiles.holds(Files.createFile(dir.resolve("empty.txt")), new byte[0])).isTrue();
  }

  @Test
  void holdsIsFalseForALinkEvenToAFileWithTheBytes() throws IOException {
    byte[] bytes = "x".getBytes(UTF_8);
    Path file = Files.write(dir.resolve("file.txt"), bytes);
    Path link;
    try {
      link = Files.createSymbolicLink(dir.resolve("link.txt"), file);
    } catch (UnsupportedOperationException | IOException e) {
      org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
      return;
    }
    assertThat(AtomicFiles.holds(link, bytes)).as("writing replaces the link with a file").isFalse();
  }

  @Test
  void replacesExistingContent() throws IOException {
    Path target = dir.resolve("file.txt");
    Files.writeString(target, "a much longer old content that must disappear entirely");

    AtomicFiles.write(target, out -> out.write("new".getBytes(UTF_8)));

    assertThat(target).hasContent("new");
    assertThat(names(dir)).containsExactly("file.txt");
  }

  @Test
  void anIoFailureMidwayLeavesTheTargetAndNoTemporaryFile() throws IOException {
    Path target = dir.resolve("file.txt");
    Files.writeString(target, "old content");

    assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
      out.write("partial new con".getBytes(UTF_8));
      out.flush();
      throw new IOException("disk full");
    })).isInstanceOf(IOException.class).hasMessage("disk full");

    assertThat(target).hasContent("old content");
    assertThat(names(dir)).containsExactly("file.txt");
  }

  @Test
  void anUncheckedFailureMidwayLeavesTheTargetAndNoTemporaryFile() throws IOException {
    Path target = dir.resolve("file.txt");
    Files.writeString(target, "old content");

    assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
      out.write("partial".getBytes(UTF_8));
      throw new UncheckedIOException(new IOException("boom"));
    })).isInstanceOf(UncheckedIOException.class);

    assertThat(target).hasContent("old content");
    assertThat(names(dir)).containsExactly("file.txt");
  }

  @Test
  void aFailureBeforeTheFirstWriteCreatesNoTarget() throws IOException {
    Path target = dir.resolve("new.txt");

    assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
      throw new IOException("nothing to write");
    })).isInstanceOf(IOException.class);

    assertThat(target).doesNotExist();
    assertThat(names(dir)).isEmpty();
  }

  @Test
  void theTemporaryFileIsBesideTheTargetWhileWriting() throws IOException {
    Path target = dir.resolve("file.txt");
    List<List<String>> seen = new java.util.ArrayList<>();

    AtomicFiles.write(target, out -> {
      out.write('x');
      seen.add(names(dir));
    });

    assertThat(seen).hasSize(1);
    assertThat(seen.get(0)).singleElement().asString().startsWith(".file.txt.").endsWith(".tmp");
    assertThat(target).hasContent("x");
    assertThat(names(dir)).containsExactly("file.txt");
  }

  @Test
  void aScratchFileIsNamedLikeTheTargetsTemporaryFilesAndADeadWritersIsSweptByTheNextWrite() throws IOException {
    Path target = dir.resolve("sub/corpus.jar");

    Path scratch = AtomicFiles.scratchFile(target, ".spool.tmp");

    String prefix = ".corpus.jar." + ProcessHandle.current().pid() + ".";
    assertThat(scratch.getParent()).isEqualTo(target.toAbsolutePath().getParent());
    assertThat(scratch.getFileName().toString()).startsWith(prefix).endsWith(".spool.tmp");
    // The same file left by a process that is gone: the next write of the target removes it.
    Path dead = Files.move(scratch, scratch.resolveSibling(".corpus.jar.999999999.1.spool.tmp"));
    AtomicFiles.write(target, "jar".getBytes(UTF_8));
    assertThat(dead).doesNotExist();
    assertThatThrownBy(() -> AtomicFiles.scratchFile(target, ".spool")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDeadWritersFileIsToldByThePidInItsNameWhateverTheNameBeforeIt() {
    String dead = "999999999"; // above any pid_max: no such process
    String live = Long.toString(ProcessHandle.current().pid());
    assertThat(AtomicFiles.isDeadWritersFile(".manifest.tsv." + dead + ".17.tmp")).isTrue();
    assertThat(AtomicFiles.isDeadWritersFile(".report.2024.07." + dead + ".17.tmp")).isTrue();
    assertThat(AtomicFiles.isDeadWritersFile(".c0ffee12." + dead + ".4242424242.spool.tmp")).isTrue();
    assertThat(AtomicFiles.isDeadWritersFile(".manifest.tsv." + live + ".17.tmp")).isFalse();
    assertThat(AtomicFiles.isDeadWritersFile(".report.2024." + live + ".17.tmp")).as("the pid, not the year").isFalse();
    assertThat(AtomicFiles.isDeadWritersFile("manifest.tsv." + dead + ".17.tmp")).as("not a dotfile").isFalse();
    assertThat(AtomicFiles.isDeadWritersFile(".notes." + dead + ".17.txt")).as("not .tmp").isFalse();
    assertThat(AtomicFiles.isDeadWritersFile(".backup.tmp")).isFalse();
    assertThat(AtomicFiles.isDeadWritersFile(".v2.tmp")).isFalse();
  }

  @Test
  void sweepingAFolderDeletesOnlyDeadWritersFiles(@TempDir Path dir) throws IOException {
    Path dead = Files.writeString(dir.resolve(".documents.bin.999999999.3.tmp"), "x");
    Path live = Files.writeString(dir.resolve(".documents.bin." + ProcessHandle.current().pid() + ".3.tmp"), "x");
    Path other = Files.writeString(dir.resolve(".keep.tmp"), "x");
    assertThat(AtomicFiles.sweepDeadWriters(dir)).isEqualTo(1);
    assertThat(dead).doesNotExist();
    assertThat(live).exists();
    assertThat(other).exists();
    assertThat(AtomicFiles.sweepDeadWriters(dir.resolve("missing"))).isZero();
  }

  /**
   * A target name of up to 255 bytes, the limit of ext4, APFS and NTFS, still leaves room for the
   * temporary and scratch files' pid, counter and suffix: a long name is cut (at a character) and a
   * hash of the whole name added, so that two long names alike at the start keep apart, and the next
   * write of the same target still finds a dead writer's leftovers.
   */
  @Test
  void temporaryAndScratchNamesOfALongTargetStayWithinTheNameLimit() throws IOException {
    for (String name : List.of("a".repeat(251) + ".txt", "\u00e9".repeat(125) + "x.txt",
        "x" + "\ud83d\ude42".repeat(62) + ".txt", "\u00e9".repeat(127) + "x")) {
      assertThat(name.getBytes(UTF_8)).hasSizeBetween(253, 255);
      Path target = dir.resolve(name);
      List<String> seen = new java.util.ArrayList<>();
      AtomicFiles.write(target, out -> seen.addAll(names(dir)));
      assertThat(seen).singleElement().satisfies(temp -> assertThat(temp.getBytes(UTF_8).length).isLessThanOrEqualTo(255));
      assertThat(target).hasContent("");

      Path scratch = AtomicFiles.scratchFile(target, ".central.tmp");
      String scratchName = scratch.getFileName().toString();
      assertThat(scratchName.getBytes(UTF_8).length).isLessThanOrEqualTo(255);
      assertThat(scratchName).startsWith(seen.get(0).substring(0, seen.get(0).indexOf("." + ProcessHandle.current().pid() + ".")));
      Path dead = Files.move(scratch, scratch.resolveSibling(
          scratchName.replace("." + ProcessHandle.current().pid() + ".", ".999999999.")));
      AtomicFiles.write(target, "again".getBytes(UTF_8));
      assertThat(dead).doesNotExist();
      assertThat(names(dir)).containsExactly(name);
      Files.delete(target);
    }
  }

  @Test
  void twoLongTargetsAlikeAtTheStartDoNotSweepEachOthersLeftovers() throws IOException {
    Path first = dir.resolve("a".repeat(250) + "1.txt");
    Path second = dir.resolve("a".repeat(250) + "2.txt");
    String pid = "." + ProcessHandle.current().pid() + ".";
    Path scratch = AtomicFiles.scratchFile(first, ".spool.tmp");
    Path dead = Files.move(scratch, scratch.resolveSibling(scratch.getFileName().toString().replace(pid, ".999999999.")));

    AtomicFiles.write(second, "x".getBytes(UTF_8));

    assertThat(dead).exists();
    assertThat(AtomicFiles.scratchFile(second, ".spool.tmp").getFileName().toString())
        .isNotEqualTo(scratch.getFileName().toString())
        .doesNotStartWith(scratch.getFileName().toString().substring(0, scratch.getFileName().toString().indexOf(pid)));
    AtomicFiles.write(first, "x".getBytes(UTF_8));
    assertThat(dead).doesNotExist();
  }

  @Test
  void aScratchSuffixTooLongForTheNameLimitIsRefused() {
    assertThatThrownBy(() -> AtomicFiles.scratchFile(dir.resolve("jar"), "." + "x".repeat(40) + ".tmp"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most");
  }
}
