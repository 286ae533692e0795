package dev.corpuskit.validate;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.clean.Cleaner;
import dev.corpuskit.source.SourceFile;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTML pages are decoded as browsers decode them (byte-order mark, then the page's declaration, then
 * {@code <encoding>}, then the WHATWG fallback), and the choice is reported; plain text is not sniffed.
 */
class HtmlEncodingValidationTest {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final String PROSE = "The café served naïve “quotes” – and the harbour reopened on Monday"
      + " after three weeks of repairs to the old stone pier. Fishermen said the new crane is faster.";

  @TempDir Path root;

  @Test
  void undeclaredWindows1252PageIsDecodedAsBrowsersDoWithAWarningNamingTheEncoding() throws IOException {
    byte[] bytes = ("<html><head><title>T</title></head><body><article><p>" + PROSE
        + "</p></article></body></html>").getBytes(WINDOWS_1252);

    DocumentValidation result = validate("page.html", bytes);

    assertThat(result.findings()).extracting(Finding::ruleId).doesNotContain("encoding");
    assertThat(result.hasErrors()).isFalse();
    assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("html-encoding")).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.message()).contains("not valid UTF-8", "decoded as windows-1252", "<meta charset",
              "the encoding setting");
          assertThat(f.byteOffset()).isEqualTo(indexOf(bytes, (byte) 0xE9));
        });
    String text = result.document().orElseThrow().text();
    assertThat(text).contains(PROSE);
    assertThat(Cleaner.withDefaults().cleanMainText(text).text()).contains("café served naïve “quotes” – and");
  }

  @Test
  void plainTextInWindows1252IsStillAnEncodingError() throws IOException {
    DocumentValidation result = validate("page.txt", (PROSE + "\n").getBytes(WINDOWS_1252));

    assertThat(result.findings()).extracting(Finding::ruleId, Finding::severity)
        .contains(org.assertj.core.api.Assertions.tuple("encoding", Severity.ERROR))
        .doesNotContain(org.assertj.core.api.Assertions.tuple("html-encoding", Severity.WARNING));
  }

  @Test
  void validUtf8PageWithoutDeclarationHasNoEncodingFinding() throws IOException {
    DocumentValidation result = validate("page.html", ("<p>" + PROSE + "</p>").getBytes(UTF_8));

    assertThat(result.findings()).extracting(Finding::ruleId).doesNotContain("encoding", "html-encoding");
    assertThat(result.document().orElseThrow().decoding().charset()).isEqualTo(UTF_8);
    assertThat(result.document().orElseThrow().text()).contains(PROSE);
  }

  @Test
  void declaredUtf8WithInvalidBytesIsDecodedWithReplacementsAndAWarning() throws IOException {
    byte[] bytes = concat("<html><head><meta charset=\"utf-8\"></head><body><p>ab".getBytes(UTF_8),
        new byte[] {(byte) 0xE9}, ("</p><p>" + PROSE + "</p></body></html>").getBytes(UTF_8));

    DocumentValidation result = validate("page.html", bytes);

    assertThat(result.hasErrors()).isFalse();
    assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("html-encoding")).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.byteOffset()).isEqualTo(indexOf(bytes, (byte) 0xE9));
          assertThat(f.message()).contains("declared UTF-8", "<meta charset=\"utf-8\">", "[E9]", "U+FFFD");
        });
    assertThat(result.document().orElseThrow().text()).contains("ab\uFFFD", PROSE);
  }

  @Test
  void configuredEncodingDecidesAnUndeclaredPageThatIsValidInIt() throws IOException {
    Charset cp1251 = Charset.forName("windows-1251");
    byte[] bytes = "<p>Привет, мир</p>".getBytes(cp1251);
    Files.write(root.resolve("ru.html"), bytes);

    DocumentValidation result = new Validator(new ValidationConfig(cp1251, RuleConfig.defaults()))
        .validate(new SourceFile(root, "ru.html"));

    assertThat(result.findings()).extracting(Finding::ruleId).doesNotContain("encoding", "html-encoding");
    assertThat(result.document().orElseThrow().text()).isEqualTo("Привет, мир\n");
  }

  private DocumentValidation validate(String name, byte[] bytes) throws IOException {
    Files.write(root.resolve(name), bytes);
    return new Validator(ValidationConfig.defaults()).validate(new SourceFile(root, name));
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }
}
