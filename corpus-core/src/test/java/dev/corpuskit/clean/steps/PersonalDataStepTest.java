package dev.corpuskit.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.audit.Change;
import dev.corpuskit.clean.Cleaned;
import dev.corpuskit.clean.Cleaner;
import dev.corpuskit.clean.CleanerConfig;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalDataStepTest {

  private final PersonalDataStep step = new PersonalDataStep();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      // e-mail addresses
      "address | `Write to jane.doe@gazette.co.uk today.` | `Write to email@example.com today.`",
      "capitals | `Write to Jane.Doe@Gazette.org today.` | `Write to email@example.com today.`",
      "plus tag | `Mail tips+news@example-paper.com now.` | `Mail email@example.com now.`",
      "bracketed host | `Mail root@[192.0.2.1] now.` | `Mail email@example.com now.`",
      "no domain dot | `Mail jane@localhost now.` | `Mail jane@localhost now.`",
      "a handle | `Follow @jane_doe on the site.` | `Follow @jane_doe on the site.`",
      "an image name | `Saved as logo@2x.png here.` | `Saved as logo@2x.png here.`",
      "the placeholder | `Write to email@example.com today.` | `Write to email@example.com today.`",
      // IP addresses: public ones only
      "public IP | `The server at 8.8.8.8 answered.` | `The server at 22.214.171.124 answered.`",
      "public IP at the end | `It came from 151.101.1.69.` | `It came from 22.214.171.124.`",
      "private 10/8 | `The router at 10.0.0.1 answered.` | `The router at 10.0.0.1 answered.`",
      "private 192.168/16 | `The router at 192.168.1.1 answered.` | `The router at 192.168.1.1 answered.`",
      "private 172.16/12 | `Try 172.31.255.255 then.` | `Try 172.31.255.255 then.`",
      "172.32 is public | `Try 172.32.0.1 then.` | `Try 22.214.171.124 then.`",
      "loopback | `Try 127.0.0.1 then.` | `Try 127.0.0.1 then.`",
      "shared 100.64/10 | `Try 100.64.0.1 then.` | `Try 100.64.0.1 then.`",
      "100.128 is public | `Try 100.128.0.1 then.` | `Try 22.214.171.124 then.`",
      "documentation | `Try 203.0.113.7 then.` | `Try 203.0.113.7 then.`",
      "octet over 255 | `Version 8.8.8.256 is out.` | `Version 8.8.8.256 is out.`",
      "leading zero | `Try 8.8.08.8 then.` | `Try 8.8.08.8 then.`",
      "inside a longer run | `Build 1234.5.6.78 is out.` | `Build 1234.5.6.78 is out.`",
      "five parts | `Build 1.2.3.4.5 is out.` | `Build 1.2.3.4.5 is out.`",
      "a version after v | `Update to app world v4.0.0.55 now.` | `Update to app world v4.0.0.55 now.`",
      "a version after its word | `Official OS 4.7.0.75 for the phone.` | `Official OS 4.7.0.75 for the phone.`",
      "a version in brackets | `A new update (1.1.243.0) is out.` | `A new update (1.1.243.0) is out.`",
      "a version word further back | `The version we saw on 8.8.8.8 is out.` | `The version we saw on 22.214.171.124 is out.`",
      // phone numbers
      "international | `Call +44 20 7946 0958 today.` | `Call +1-202-555-0100 today.`",
      "international with trunk | `Call +49 (0)30 1234567 today.` | `Call +1-202-555-0100 today.`",
      "international packed | `Call +442079460958 today.` | `Call +1-202-555-0100 today.`",
      "international too short | `Score +12 345 today.` | `Score +12 345 today.`",
      "international too long | `Id +1 2345 6789 0123 4567 here.` | `Id +1 2345 6789 0123 4567 here.`",
      "north american | `Call (212) 555-0143 today.` | `Call +1-202-555-0100 today.`",
      "north american hyphens | `Call 212-555-0143 today.` | `Call +1-202-555-0100 today.`",
      "north american 1- | `Call 1-800-555-0199 today.` | `Call +1-202-555-0100 today.`",
      "north american dots | `Call 212.555.0143 today.` | `Call +1-202-555-0100 today.`",
      "mixed separators | `Code 212-555.0143 here.` | `Code 212-555.0143 here.`",
      "area code 1xx | `Code 123-456-7890 here.` | `Code 123-456-7890 here.`",
      "spaces only | `Counts 212 555 0143 here.` | `Counts 212 555 0143 here.`",
      "a date | `On 2019-03-23 it ended.` | `On 2019-03-23 it ended.`",
      "an ISBN | `ISBN 978-3-16-148410-0 here.` | `ISBN 978-3-16-148410-0 here.`",
      "the placeholder | `Call +1-202-555-0100 today.` | `Call +1-202-555-0100 today.`",
  })
  void replacements(String name, String line, String expected) {
    assertThat(StepTesting.run(step, line + "\n")).as(name).isEqualTo(expected + "\n");
  }

  @Test
  void eachReplacementIsAChangeThatNeverShowsTheData() {
    String line = "Mail jane@gazette.org or call +44 20 7946 0958 from 8.8.4.4 today.\n";
    List<Change> changes = StepTesting.audit(step, line);
    assertThat(changes).extracting(Change::step).containsExactly("pii/email", "pii/phone", "pii/ip");
    assertThat(changes.get(0).before())
        .isEqualTo("Mail [email address] or call [phone number] from [IP address] today.");
    assertThat(changes.get(0).after())
        .isEqualTo("Mail email@example.com or call [phone number] from [IP address] today.");
    assertThat(changes.get(2).after())
        .isEqualTo("Mail email@example.com or call +1-202-555-0100 from 22.214.171.124 today.");
    assertThat(changes.get(0).charsRemoved()).isEqualTo("jane@gazette.org".length() - "email@example.com".length());
    for (Change change : changes) {
      assertThat(change.before() + change.after()).doesNotContain("jane@", "7946", "8.8.4.4");
    }
  }

  @Test
  void idempotent() {
    String text = "Mail jane@gazette.org or call +44 20 7946 0958 from 8.8.4.4 today.\n(212) 555-0143\n";
    String once = StepTesting.run(step, text);
    assertThat(once).isNotEqualTo(text);
    assertThat(StepTesting.run(step, once)).isEqualTo(once);
    assertThat(StepTesting.audit(step, once)).isEmpty();
  }

  @Test
  void noStepsAuditShowsTheDataWhenTheStepIsOn() {
    // collapse-spaces changes the line before pii runs: its audit entry is redacted too
    String text = "Write  to jane@gazette.org   about it, said the editor of the paper.\n";
    CleanerConfig config = CleanerConfig.defaults().withOptInSteps(Set.of("pii"), Map.of());
    Cleaned cleaned = new Cleaner(config).clean(text);
    assertThat(cleaned.text()).contains("email@example.com").doesNotContain("jane@");
    assertThat(cleaned.changes()).extracting(Change::step).contains("collapse-spaces", "pii/email");
    for (Change change : cleaned.changes()) {
      assertThat(change.before() + change.after()).doesNotContain("jane@");
    }
    assertThat(new Cleaner(config).clean(cleaned.text()).text()).isEqualTo(cleaned.text());
    // off by default
    assertThat(Cleaner.withDefaults().clean(text).text()).contains("jane@gazette.org");
  }
}
