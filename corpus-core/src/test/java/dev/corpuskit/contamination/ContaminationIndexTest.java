package dev.corpuskit.contamination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpuskit.format.CorpusInfo;
import dev.corpuskit.near.NearDuplicateConfig;
import dev.corpuskit.near.Shingles;
import dev.corpuskit.testing.TestCorpora;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContaminationIndexTest {

  private static final Path CORPUS = Path.of("..", "corpus-example", "src", "main", "corpus");
  private static final NearDuplicateConfig NEAR = NearDuplicateConfig.DEFAULTS;

  /** The five example articles, in file order. */
  private static List<String> articles;

  @TempDir
  Path tmp;

  @BeforeAll
  static void readArticles() throws IOException {
    articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(CORPUS)) {
      for (Path file : files.sorted().toList()) {
        articles.add(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    assertThat(articles).hasSize(5);
  }

  private Path evaluation(String... pathsAndTexts) throws IOException {
    return TestCorpora.pack(tmp, CorpusInfo.of("org.example", "eval", "1.0"),
        TestCorpora.documents(pathsAndTexts)).jar();
  }

  /** {@code count} consecutive words of {@code text} from word {@code from}, as one line. */
  private static String words(String text, int from, int count) {
    return String.join(" ", Shingles.words(text).subList(from, from + count));
  }

  /** Article 1 with {@code passage} as a line of its own after its third line, between unknown words. */
  private static String withPassage(String passage) {
    String[] lines = articles.get(1).split("\n", -1);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      text.append(lines[i]).append('\n');
      if (i == 2) {
        text.append("qqxz ").append(passage).append(" zzxq\n");
      }
    }
    return text.toString();
  }

  @Test
  void aVerbatimRunOfFiftyWordsIsFoundAndOfFortyNineIsNot() throws IOException {
    ContaminationIndex index = ContaminationIndex.build(List.of(evaluation("news/a.txt", articles.get(0))),
        ContaminationIndex.DEFAULT_RUN_WORDS, NEAR);

    List<ContaminationIndex.Match> fifty = index.matches(withPassage(words(articles.get(0), 100, 50)));
    assertThat(fifty).containsExactly(new ContaminationIndex.Match("eval.jar", "news/a", Double.NaN, 50, 4));
    assertThat(index.matches(withPassage(words(articles.get(0), 100, 49)))).isEmpty();
    assertThat(index.matches(withPassage(words(articles.get(0), 100, 73))))
        .extracting(ContaminationIndex.Match::runWords).containsExactly(73);
  }

  @Test
  void aNearCopyIsFoundByItsJaccardSimilarity() throws IOException {
    String original = articles.get(2);
    ContaminationIndex index = ContaminationIndex.build(
        List.of(evaluation("a.txt", articles.get(0), "b.txt", original)), 100_000, NEAR);
    List<String> words = new ArrayList<>(Shingles.words(original));
    for (int i = 60; i < words.size(); i += 120) {
      words.set(i, "changed");
    }
    String copy = "Home | News | Sport | Weather\nShare this story\n" + String.join(" ", words)
        + "\nCopyright 2026 Another Site. All rights reserved.\n";

    List<ContaminationIndex.Match> matches = index.matches(copy);

    assertThat(matches).hasSize(1);
    assertThat(matches.get(0).document()).isEqualTo("b");
    assertThat(matches.get(0).nearDuplicate()).isTrue();
    assertThat(matches.get(0).jaccard()).isGreaterThanOrEqualTo(0.8).isLessThan(1.0)
        .isEqualTo(Shingles.jaccard(Shingles.hashes(copy, 5), Shingles.hashes(original, 5)));
    assertThat(matches.get(0).runWords()).as("runs of 100,000 words only").isZero();
  }

  @Test
  void distinctArticlesCopyNothing() throws IOException {
    ContaminationIndex index = ContaminationIndex.build(List.of(evaluation(
        "0.txt", articles.get(0), "1.txt", articles.get(1), "2.txt", articles.get(2))),
        ContaminationIndex.DEFAULT_RUN_WORDS, NEAR);

    assertThat(index.documents()).isEqualTo(3);
    assertThat(index.matches(articles.get(3))).isEmpty();
    assertThat(index.matches(articles.get(4))).isEmpty();
    assertThat(index.matches(articles.get(1))).extracting(ContaminationIndex.Match::document).containsExactly("1");
  }

  @Test
  void aFileThatIsNotACorpusJarIsATypedErrorNamingIt() throws IOException {
    Path text = Files.writeString(tmp.resolve("notes.jar"), "not a zip");
    Path zip = tmp.resolve("plain.jar");
    try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("README.txt"));
      z.write("hello".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    Path missing = tmp.resolve("missing.jar");

    assertThatThrownBy(() -> ContaminationIndex.build(List.of(zip), 50, NEAR))
        .isInstanceOf(InvalidAgainstCorpusException.class)
        .hasMessageContaining("plain.jar is not a corpus").hasMessageContaining("index.properties")
        .satisfies(e -> assertThat(((InvalidAgainstCorpusException) e).jar()).isEqualTo(zip.toAbsolutePath()))
        .satisfies(e -> assertThat(((InvalidAgainstCorpusException) e).setting()).isEqualTo("against"));
    assertThatThrownBy(() -> ContaminationIndex.build(List.of(text), 50, NEAR))
        .isInstanceOf(InvalidAgainstCorpusException.class).hasMessageContaining("notes.jar cannot be read");
    assertThatThrownBy(() -> ContaminationIndex.build(List.of(missing), 50, NEAR))
        .isInstanceOf(InvalidAgainstCorpusException.class).hasMessageContaining("missing.jar does not exist");
    assertThatThrownBy(() -> ContaminationIndex.key(List.of(tmp)))
        .isInstanceOf(InvalidAgainstCorpusException.class).hasMessageContaining("is not a jar file");
  }

  @Test
  void theKeyFollowsTheJarsContent() throws IOException {
    Path jar = evaluation("a.txt", articles.get(0));
    String before = ContaminationIndex.key(List.of(jar));
    assertThat(ContaminationIndex.build(List.of(jar, jar), 50, NEAR).key()).isEqualTo(before);
    Files.delete(jar);
    Path again = evaluation("a.txt", articles.get(1));
    assertThat(again).isEqualTo(jar);
    assertThat(ContaminationIndex.key(List.of(jar))).isNotEqualTo(before);
  }

  @Test
  void tokensAreTheWordsOfShinglesWithTheirLines() {
    for (String text : List.of(articles.get(0), "İstanbul\r\nΟΔΟΣ'Α ΣΟΦΟΣ.\rnext\u00a0word\n\nÆble DŽ ǅ", "",
        " \n a")) {
      assertThat(ContaminationIndex.Tokens.of(text).words()).as(text).isEqualTo(Shingles.words(text));
    }
    ContaminationIndex.Tokens tokens = ContaminationIndex.Tokens.of("one two\r\nthree\rfour\n\nfive");
    assertThat(List.of(tokens.line(0), tokens.line(1), tokens.line(2), tokens.line(3), tokens.line(4)))
        .containsExactly(1, 1, 2, 3, 5);
  }

  @Test
  void theRunsOfADocumentAreFoundInAnyOrderOfTheCorpora() throws IOException {
    Path first = TestCorpora.pack(tmp.resolve("x"), CorpusInfo.of("org.example", "first", "1"),
        Map.of("a.txt", articles.get(0))).jar();
    Path second = TestCorpora.pack(tmp.resolve("y"), CorpusInfo.of("org.example", "second", "1"),
        Map.of("b.txt", articles.get(3))).jar();
    String text = withPassage(words(articles.get(3), 10, 60) + " mid " + words(articles.get(0), 200, 55));
    List<ContaminationIndex.Match> forward = ContaminationIndex.build(List.of(first, second), 50, NEAR).matches(text);
    assertThat(forward).extracting(m -> m.corpus() + "!" + m.document() + " " + m.runWords())
        .containsExactly("first.jar!a 55", "second.jar!b 60");
    assertThat(ContaminationIndex.build(List.of(second, first), 50, NEAR).matches(text))
        .extracting(m -> m.corpus() + "!" + m.document() + " " + m.runWords())
        .containsExactly("second.jar!b 60", "first.jar!a 55");
  }
}
