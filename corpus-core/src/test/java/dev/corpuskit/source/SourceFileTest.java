package dev.corpuskit.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SourceFileTest {

  private static final Path ROOT = Path.of("corpus");

  @ParameterizedTest
  @CsvSource({
    "cluster-1/001.txt, cluster-1/001, txt",
    "a.TXT, a, txt",
    "page.html, page, html",
    "a/b.tar.gz, a/b, tar",
    "page.html.gz, page, html",
    "notes.TXT.GZ, notes, txt",
    "crawl/news.warc.gz/example.org-20230601123456-3f2a9c1b7d4e.html, crawl/news/example.org-20230601123456-3f2a9c1b7d4e, html",
    "crawl/news.WARC/a.txt, crawl/news/a, txt",
    "d/data.jsonl.gz/line-3.txt, d/data/line-3, txt",
    "dir.v2/README, dir.v2/README, ''",
    ".profile, .profile, ''",
    "x/.hidden, x/.hidden, ''"
  })
  void idIsTheRelativePathWithoutExtension(String path, String id, String extension) {
    SourceFile file = new SourceFile(ROOT, path);

    assertThat(file.id()).isEqualTo(id);
    assertThat(file.extension()).isEqualTo(extension);
  }

  @Test
  void aMemberLiesInItsArchiveOnDisk() {
    SourceFile member = new SourceFile(ROOT, "crawl/news.warc.gz/a.html");

    assertThat(member.path()).isEqualTo(ROOT.resolve("crawl/news.warc.gz"));
    assertThat(member.archive()).isEqualTo("crawl/news.warc.gz");
    assertThat(member.member()).isEqualTo("a.html");
    assertThat(new SourceFile(ROOT, "crawl/news.warc.gz").isArchive()).isTrue();
    assertThat(new SourceFile(ROOT, "page.html.gz").compressed()).isTrue();
    assertThat(new SourceFile(ROOT, "data.jsonl.gz").compressed()).isFalse();
  }

  @Test
  void ofUsesSlashSeparatedRelativePath() {
    SourceFile file = SourceFile.of(ROOT, ROOT.resolve("a").resolve("b").resolve("c.txt"));

    assertThat(file.relativePath()).isEqualTo("a/b/c.txt");
    assertThat(file.path()).isEqualTo(ROOT.resolve("a/b/c.txt"));
    assertThat(file).hasToString("a/b/c.txt");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/abs.txt"})
  void rejectsPathsThatAreNotRelativeAndSlashSeparated(String path) {
    assertThatThrownBy(() -> new SourceFile(ROOT, path)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void backslashIsASeparatorOnlyWhereThePlatformSaysSo() {
    if (java.io.File.separatorChar == '\\') {
      assertThatThrownBy(() -> new SourceFile(ROOT, "a\\b.txt")).isInstanceOf(IllegalArgumentException.class);
    } else {
      assertThat(new SourceFile(ROOT, "a\\b.txt").extension()).isEqualTo("txt");
    }
  }

  @Test
  void ordersByRelativePath() {
    assertThat(new SourceFile(ROOT, "a/z.txt")).isLessThan(new SourceFile(ROOT, "b/a.txt"));
  }
}
