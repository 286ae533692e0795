package dev.corpuskit.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's lexicon file: read as the shipped {@code boilerplate.tsv} is, and every fault named by file and line. */
class UserLexiconTest {

  @TempDir Path tmp;

  @Test
  void rulesAreReadInOrderSkippingCommentsAndBlankLines() throws IOException {
    UserLexicon lexicon = UserLexicon.read(write("\uFEFF# my sites\r\n\r\nsponsor\tline\tpresented by .{1,40}\r\n"
        + "footer-links\ttail\tmore from our network:?\n"));

    assertThat(lexicon.rules()).extracting(Language.LexiconRule::id).containsExactly("sponsor", "footer-links");
    assertThat(lexicon.rules()).extracting(Language.LexiconRule::cutsTail).containsExactly(false, true);
    assertThat(lexicon.rules().get(0).pattern().matches("presented by acme")).isTrue();
  }

  @Test
  void aLineWithoutThreeFieldsNamesTheFileAndLine() throws IOException {
    Path file = write("# header\nsponsor line presented by .*\n");

    assertThatThrownBy(() -> UserLexicon.read(file)).isInstanceOfSatisfying(InvalidLexiconException.class, e -> {
      assertThat(e).hasMessageStartingWith(file + ":2: expected 3 TAB-separated fields");
      assertThat(e.line()).isEqualTo(2);
    });
  }

  @Test
  void anUnknownKindIsNamed() throws IOException {
    Path file = write("sponsor\tblock\tpresented by .*\n");

    assertThatThrownBy(() -> UserLexicon.read(file)).isInstanceOf(InvalidLexiconException.class)
        .hasMessage(file + ":1: kind 'block' of rule 'sponsor' must be line or tail");
  }

  @Test
  void aBadPatternNamesTheFileTheLineAndTheRe2Error() throws IOException {
    Path file = write("ok\tline\tfine\nsponsor\tline\tpresented by (.*\n");

    assertThatThrownBy(() -> UserLexicon.read(file)).isInstanceOf(InvalidLexiconException.class)
        .hasMessageStartingWith(file + ":2: pattern of rule 'sponsor' is not RE2: ")
        .hasMessageContaining("missing closing )");
  }

  @Test
  void aBackReferenceIsNotRe2() throws IOException {
    Path file = write("echo\tline\t(a)\\1\n");

    assertThatThrownBy(() -> UserLexicon.read(file)).isInstanceOf(InvalidLexiconException.class)
        .hasMessageStartingWith(file + ":1: pattern of rule 'echo' is not RE2");
  }

  @Test
  void aRepeatedIdAndABadIdAreNamed() throws IOException {
    Path twice = write("a\tline\tx\na\tline\ty\n");
    assertThatThrownBy(() -> UserLexicon.read(twice)).hasMessage(twice + ":2: rule id 'a' is already used on line 1;"
        + " give each rule its own id");
    Path spaced = write("my rule\tline\tx\n");
    assertThatThrownBy(() -> UserLexicon.read(spaced)).hasMessageStartingWith(spaced + ":1: rule id 'my rule'");
  }

  @Test
  void theFileIsReadAsUtf8() throws IOException {
    Path utf8 = write("umlaut\tline\tmehr für sie\n");
    assertThat(UserLexicon.read(utf8).rules().get(0).pattern().matches("mehr für sie")).isTrue();

    Path latin1 = tmp.resolve("latin1.tsv");
    Files.write(latin1, "ok\tline\tx\numlaut\tline\tmehr f\u00fcr sie\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> UserLexicon.read(latin1)).isInstanceOf(InvalidLexiconException.class)
        .hasMessage(latin1 + ":2: not UTF-8; save the file as UTF-8");
  }

  @Test
  void aMissingFileIsNamed() {
    Path missing = tmp.resolve("none.tsv");

    assertThatThrownBy(() -> UserLexicon.read(missing)).isInstanceOf(InvalidLexiconException.class)
        .hasMessage(missing + ": no such file");
  }

  @Test
  void theCacheKeyFollowsTheRulesNotTheComments() throws IOException {
    String key = UserLexicon.read(write("a\tline\tx\n")).cacheKey();

    assertThat(UserLexicon.read(write("# note\na\tline\tx\n")).cacheKey()).isEqualTo(key);
    assertThat(UserLexicon.read(write("a\tline\ty\n")).cacheKey()).isNotEqualTo(key);
    assertThat(UserLexicon.read(write("a\ttail\tx\n")).cacheKey()).isNotEqualTo(key);
    assertThat(UserLexicon.none().cacheKey()).isEmpty();
  }

  private int files;

  private Path write(String text) throws IOException {
    Path file = tmp.resolve("lexicon-" + files++ + ".tsv");
    Files.writeString(file, text);
    return file;
  }
}
