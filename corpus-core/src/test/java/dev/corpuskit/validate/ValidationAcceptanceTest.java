package dev.corpuskit.validate;

import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.corpuskit.source.CorpusScanner;
import dev.corpuskit.source.SourceFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance test: a corpus with valid files and one file per problem gives exactly one
 * finding per problem, with the right rule, file and position, and nothing on the valid files.
 */
class ValidationAcceptanceTest {

  @TempDir Path corpus;

  private ValidationReport report;

  @BeforeEach
  void validateCorpus() throws IOException {
    write("articles/alpha.txt", article("harbour").getBytes(UTF_8));
    write("articles/beta.html", page(article("railway")).getBytes(UTF_8));
    write("articles/gamma.txt", ("António Guterres said:\u00A0“Für alle.”\n\n" + article("forest"))
        .getBytes(UTF_8));
    write("broken/bad-encoding.txt", badEncoding());
    write("broken/utf16.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        article("mountain").getBytes(UTF_16LE)));
    write("broken/empty.txt", new byte[0]);
    write("broken/scan.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n',
        0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, (byte) 0xF4, 0, 0, 1, (byte) 0xF4, 8, 6});
    write("copy-of-alpha.txt", article("harbour").replace(" the ", "  THE ").getBytes(UTF_8));
    write("report.pdf", "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(UTF_8));
    write(".hidden/notes.txt", new byte[] {0, 0, 0});

    List<SourceFile> files = CorpusScanner.all().scan(corpus);
    report = ValidateAll.validateAll(new Validator(ValidationConfig.defaults()), files);
  }

  @Test
  void givesExactlyOneFindingPerProblem() {
    assertThat(report.findings())
        .extracting(Finding::ruleId, Finding::severity, Finding::file, Finding::line, Finding::column,
            Finding::byteOffset)
        .containsExactly(
            tuple("encoding", Severity.ERROR, "broken/bad-encoding.txt", 2, 12, 27L),
            tuple("empty", Severity.ERROR, "broken/empty.txt", 0, 0, -1L),
            tuple("binary", Severity.ERROR, "broken/scan.txt", 3, 1, -1L),
            tuple("bom", Severity.WARNING, "broken/utf16.txt", 1, 1, 0L),
            tuple("duplicate", Severity.ERROR, "copy-of-alpha.txt", 0, 0, -1L),
            tuple("file-type", Severity.ERROR, "report.pdf", 0, 0, -1L));
  }

  @Test
  void messagesSayWhatIsWrongAndWhatToDo() {
    assertThat(report.findings()).allSatisfy(f -> assertThat(f.message()).contains("; "));
    assertThat(message("encoding")).contains("UTF-8", "[C3]", "byte 27");
    assertThat(message("duplicate")).contains("articles/alpha.txt");
    assertThat(message("bom")).contains("UTF-16LE");
    assertThat(message("file-type")).contains(".pdf", ".txt");
  }

  @Test
  void validFilesHaveNoFindingsAndHiddenFilesAreSkipped() {
    assertThat(report.findings()).extracting(Finding::file)
        .doesNotContain("articles/alpha.txt", "articles/beta.html", "articles/gamma.txt")
        .noneMatch(file -> file.contains(".hidden"));
    assertThat(report.documents()).isEqualTo(9);
    assertThat(report.count(Severity.ERROR)).isEqualTo(5);
    assertThat(report.hasErrors()).isTrue();
  }

  private String message(String ruleId) {
    return report.findings().stream().filter(f -> f.ruleId().equals(ruleId)).findFirst().orElseThrow()
        .message();
  }

  /** Line 2 holds a multi-byte letter and quote before the bad byte: offset 27, column 12. */
  private static byte[] badEncoding() {
    byte[] head = "Harbour news\nZoë wrote “".getBytes(UTF_8);
    byte[] tail = ("(café)” " + article("encoding")).getBytes(UTF_8);
    assertThat(head).hasSize(27);
    return concat(head, new byte[] {(byte) 0xC3}, tail);
  }

  /** About 60 words on {@code topic}, different for every topic. */
  static String article(String topic) {
    return "The " + topic + " report was published on Monday by the regional council.\n\n"
        + "It describes how the " + topic + " has changed over the last ten years, which projects"
        + " were finished on time and which were delayed by funding problems.\n\n"
        + "Residents were invited to comment on the " + topic + " plans before the end of the month,"
        + " and the council promised to answer every letter it receives in writing.\n";
  }

  private static String page(String text) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        + "<title>News</title><script>var a = \"&amp; <p>\";</script></head>\n<body>"
        + "<nav><a href=\"/\">Home</a> | <a href=\"/about\">About</a></nav>\n<article>");
    for (String paragraph : text.split("\n\n")) {
      html.append("<p>").append(paragraph.strip()).append("</p>\n");
    }
    return html.append("</article>\n</body></html>\n").toString();
  }

  private void write(String relative, byte[] bytes) throws IOException {
    Path file = corpus.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
