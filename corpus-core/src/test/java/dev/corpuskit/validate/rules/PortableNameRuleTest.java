package dev.corpuskit.validate.rules;

import static dev.corpuskit.validate.rules.RuleHarness.check;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names that two files would share where names are case- or normalisation-insensitive, or too long. */
class PortableNameRuleTest {

  private final PortableNameRule rule = new PortableNameRule();

  private List<Finding> check(String path) {
    return RuleHarness.check(rule, path, 10);
  }

  @Test
  void namesThatDifferOnlyByCaseAreReportedOnTheLaterFileNamingTheEarlier() {
    assertThat(check("news/Story.txt")).isEmpty();
    assertThat(check("news/other.txt")).isEmpty();

    assertThat(check("news/story.txt")).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("portable-name");
      assertThat(f.file()).isEqualTo("news/story.txt");
      assertThat(f.message()).contains("news/Story.txt", "letter case", "macOS", "Windows", "rename one");
    });
    assertThat(check("news/STORY.TXT")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("news/Story.txt"));
  }

  @Test
  void namesThatDifferOnlyByUnicodeNormalisationAreReported() {
    assertThat(check("caf\u00e9.txt")).isEmpty(); // NFC: one code point
    assertThat(check("cafe\u0301.txt")).singleElement() // NFD: e and a combining acute accent
        .satisfies(f -> assertThat(f.message()).contains("caf\u00e9.txt", "Unicode normalisation"));
  }

  @Test
  void caseIsFoldedInFullNotCharByChar() {
    assertThat(check("stra\u00dfe.txt")).isEmpty();
    assertThat(check("STRASSE.txt")).singleElement().satisfies(f -> assertThat(f.message()).contains("stra\u00dfe.txt"));
    assertThat(check("\ufb03x.txt")).isEmpty(); // the ffi ligature
    assertThat(check("FFIX.txt")).hasSize(1);
  }

  @Test
  void cleanedNamesAreComparedToo() {
    assertThat(check("page.html")).isEmpty();
    assertThat(check("Page.txt")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("cleans to Page.txt", "page.txt", "page.html"));
    assertThat(check("b.txt")).isEmpty();
    assertThat(check("b.htm")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("cleans to b.txt", "b.txt"));
  }

  @Test
  void aFolderThatDiffersOnlyByCaseIsReportedOnceAndAFileMayNotShareAFoldersName() {
    assertThat(check("Dir/a.txt")).isEmpty();
    assertThat(check("Dir/b.txt")).isEmpty();
    assertThat(check("dir/c.txt")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("folder dir", "folder Dir", "Dir/a.txt"));
    assertThat(check("dir/d.txt")).isEmpty();
    assertThat(check("dir/sub/e.txt")).isEmpty();

    assertThat(check("x.txt")).isEmpty();
    assertThat(check("X.TXT/y.txt")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("folder X.TXT", "x.txt"));
    assertThat(check("Y/z.txt")).isEmpty();
    assertThat(check("y")).singleElement().satisfies(f -> assertThat(f.message()).contains("folder Y"));
  }

  @Test
  void theSameFileGivenTwiceIsNoCollision() {
    assertThat(check("Same.txt")).isEmpty();
    assertThat(check("Same.txt")).isEmpty();
    assertThat(check("page.HTML")).isEmpty();
    assertThat(check("page.HTML")).isEmpty();
  }

  @Test
  void aCleanedNameThatIsAFoldersNameIsReported() {
    assertThat(check("Page.txt/a.txt")).isEmpty();
    assertThat(check("page.html")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("cleans to page.txt, which differs from folder Page.txt"));
  }

  @Test
  void distinctNamesAreNotReported() {
    for (String path : List.of("a.txt", "b.txt", "a/b.txt", "ab.txt", "a.b.txt", "a/a.txt", "\u00e9.txt", "e.txt",
        "\u0131.txt", "\u03a3\u03bf.txt", "1.txt", "01.txt")) {
      assertThat(check(path)).as(path).isEmpty();
    }
  }

  @Test
  void aCleanedNameOfMoreThan255BytesIsReported() {
    String name = "a".repeat(253); // legal on disk; cleaned, it gets ".txt": 257 bytes
    assertThat(check(name)).singleElement().satisfies(f ->
        assertThat(f.message()).contains("257 bytes", "255", "shorten"));
    assertThat(check("a".repeat(251) + ".htm")).isEmpty(); // cleaned: 255 bytes, just fits
    // 100 three-byte characters: 100 chars (fine on NTFS), 304 bytes once cleaned (too long for ext4)
    assertThat(check("\u65e5".repeat(100) + ".txt")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("304 bytes"));
    assertThat(check("\u65e5".repeat(90) + "/x.txt")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("folder", "270 bytes"));
  }
}
