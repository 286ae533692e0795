package dev.corpuskit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's "API" section lists the packages {@link EntryApiTest} holds the plugin to, no more, no fewer. */
class ApiListedInReadmeTest {

  private static final Pattern ROW = Pattern.compile("^\\| `(dev\\.corpuskit\\.[a-z.]+)` \\|", Pattern.MULTILINE);

  @Test
  void readmeListsTheApiPackages() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("\n## API\n");
    assertThat(start).as("README has an API section").isNotNegative();
    String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
    List<String> listed = new ArrayList<>();
    for (Matcher row = ROW.matcher(section); row.find(); ) {
      listed.add(row.group(1));
    }
    assertThat(listed).containsExactlyInAnyOrder(EntryApiTest.API);
  }
}
