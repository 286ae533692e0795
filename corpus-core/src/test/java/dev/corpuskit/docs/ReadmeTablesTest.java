package dev.corpuskit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpuskit.clean.StepCatalog;
import dev.corpuskit.validate.RuleCatalog;
import dev.corpuskit.validate.RuleDefinition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's rule and step tables are what users configure from: they must match the catalogs. */
class ReadmeTablesTest {

  private static final Pattern RULE_ROW = Pattern.compile("^\\| `([a-z0-9-]+)` \\| (ERROR|WARNING|INFO|OFF) \\|", Pattern.MULTILINE);
  private static final Pattern STEP_ROW = Pattern.compile("^\\| (\\d+) \\| `([a-z0-9-]+)` \\|", Pattern.MULTILINE);

  private static String readme() throws IOException {
    return Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
  }

  @Test
  void ruleTableListsEveryRuleWithItsDefaultSeverityInRunOrder() throws IOException {
    List<String> documented = new ArrayList<>();
    Matcher m = RULE_ROW.matcher(readme());
    while (m.find()) {
      documented.add(m.group(1) + " " + m.group(2));
    }
    List<String> actual = new ArrayList<>();
    for (RuleDefinition rule : RuleCatalog.all()) {
      actual.add(rule.id() + " " + rule.defaultSeverity());
    }
    assertThat(documented).containsExactlyElementsOf(actual);
  }

  @Test
  void stepTableListsEveryStepInRunOrder() throws IOException {
    List<String> documented = new ArrayList<>();
    Matcher m = STEP_ROW.matcher(readme());
    while (m.find()) {
      documented.add(m.group(2));
    }
    assertThat(documented).containsExactlyElementsOf(StepCatalog.ids());
  }
}
