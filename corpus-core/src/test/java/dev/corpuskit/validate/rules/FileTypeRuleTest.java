package dev.corpuskit.validate.rules;

import static dev.corpuskit.validate.rules.RuleHarness.check;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileTypeRuleTest {

  private final FileTypeRule rule = new FileTypeRule();

  @Test
  void supportedExtensionsIgnoringCase() {
    assertThat(check(rule, "a.txt", 1)).isEmpty();
    assertThat(check(rule, "b/c.HTML", 1)).isEmpty();
    assertThat(check(rule, "d.htm", 1)).isEmpty();
  }

  @Test
  void compressedFilesAndArchiveMembersGoByTheTypeTheyHold() {
    assertThat(check(rule, "e.html.gz", 1)).isEmpty();
    assertThat(check(rule, "f.TXT.GZ", 1)).isEmpty();
    assertThat(check(rule, "crawl/news.warc.gz/example.org-20230601123456-3f2a9c1b7d4e.html", 1)).isEmpty();
    assertThat(check(rule, "dump.jsonl/line-1.txt", 1)).isEmpty();
    assertThat(check(rule, "scan.pdf.gz", 1)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("'.pdf'"));
  }

  @Test
  void otherTypesAreErrorsThatStopReading() {
    assertThat(check(rule, "report.pdf", 1)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("'.pdf'", "supported: .htm, .html, .txt", ".html.gz", ".warc.gz", ".jsonl", "the excludes setting"));
    assertThat(check(rule, "dir.v2/README", 1)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("no extension"));
    assertThat(rule.stopsReading()).isTrue();
  }
}
