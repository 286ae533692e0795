package dev.corpuskit.describe;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpuskit.format.CorpusInfo;
import dev.corpuskit.format.InvalidConfigurationException;
import dev.corpuskit.format.License;
import dev.corpuskit.format.Manifest;
import dev.corpuskit.format.ManifestEntry;
import dev.corpuskit.testing.TestCorpora;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The data card's front matter as the Hugging Face Hub reads it: a YAML block between {@code ---} lines
 * at the very top, parsed here by a real YAML parser, with the Hub's keys and value forms.
 */
class DataCardFrontMatterTest {

  static final CardDetails DETAILS = new CardDetails(
      List.of(Creator.organization("Example Lab", "https://example.org/lab"),
          Creator.person("Jane Doe", "jane@example.org", null)),
      "@misc{news,\n  title = {German news}\n}", "Training and evaluating\n  language models.",
      "Only 2019; one publisher.", "Names of public figures as printed.", List.of("text-generation", "fill-mask"));

  static String card(CorpusInfo info, Manifest manifest, CardDetails details, InputFigures figures) {
    return new String(DataCard.write(new CorpusDescription(info, manifest, TestCorpora.TIMESTAMP, null)
        .with(details, figures)), UTF_8);
  }

  static String card(CorpusInfo info) {
    return card(info, DataCardTest.MANIFEST, null, null);
  }

  /** The front matter parsed as YAML; fails when the card has none. */
  static Map<String, Object> frontMatter(String card) {
    assertThat(card).as("the card opens with front matter").startsWith("---\n");
    int end = card.indexOf("\n---\n", 3);
    assertThat(end).as("the front matter is closed").isPositive();
    Object yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(card.substring(4, end + 1));
    assertThat(yaml).isInstanceOf(Map.class);
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) yaml;
    return map;
  }

  @Test
  void frontMatterHasTheHubsFieldsAndTheBodyFollowsIt() {
    CorpusInfo info = DataPackageJsonTest.info().withLanguage("de-DE");
    String card = card(info, DataCardTest.MANIFEST, DETAILS, null);

    Map<String, Object> yaml = frontMatter(card);
    assertThat(yaml.get("pretty_name")).isEqualTo("German news");
    // CC-BY-4.0 is the Hub's cc-by-4.0; the free-form name makes the second "other"
    assertThat(yaml.get("license")).isEqualTo(List.of("cc-by-4.0", "other"));
    assertThat(yaml.get("license_name")).isEqualTo("custom-licence-v2-internal");
    assertThat(yaml.get("language")).isEqualTo(List.of("de"));
    assertThat(yaml.get("language_details")).isEqualTo(List.of("de-DE"));
    assertThat(yaml.get("size_categories")).isEqualTo(List.of("n<1K"));
    assertThat(yaml.get("task_categories")).isEqualTo(List.of("text-generation", "fill-mask"));
    assertThat(card.substring(card.indexOf("\n---\n") + 5)).startsWith("\n# German news\n\n");
    assertThat(CardRendering.withoutFrontMatter(card)).startsWith("# German news\n\n");
  }

  @Test
  void withoutLicenceLanguageOrTasksThoseKeysAreLeftOutNotGuessed() {
    Map<String, Object> yaml = frontMatter(card(CorpusInfo.of("g", "bare", "1")));

    assertThat(yaml).containsOnlyKeys("pretty_name", "size_categories");
    assertThat(yaml.get("pretty_name")).isEqualTo("bare");
  }

  @Test
  void licencesMapToTheHubsIdsByNameOrUrlElseOtherWithItsNameAndLink() {
    assertThat(frontMatter(card(withLicences(new License("Apache-2.0", null)))).get("license"))
        .isEqualTo("apache-2.0");
    assertThat(frontMatter(card(withLicences(new License(null, "https://creativecommons.org/licenses/by-sa/4.0/"))))
        .get("license")).isEqualTo("cc-by-sa-4.0");
    assertThat(frontMatter(card(withLicences(new License("CC BY 4.0",
        "https://creativecommons.org/licenses/by/4.0/legalcode")))).get("license")).isEqualTo("cc-by-4.0");

    Map<String, Object> ref = frontMatter(card(withLicences(new License("LicenseRef-research-use-only", null))));
    assertThat(ref.get("license")).isEqualTo("other");
    assertThat(ref.get("license_name")).isEqualTo("licenseref-research-use-only");
    assertThat(ref).doesNotContainKey("license_link");

    Map<String, Object> linked = frontMatter(card(withLicences(new License(null, "https://example.org/terms"))));
    assertThat(linked.get("license")).isEqualTo("other");
    assertThat(linked.get("license_link")).isEqualTo("https://example.org/terms");
    assertThat(linked).doesNotContainKey("license_name");
  }

  static CorpusInfo withLicences(License... licences) {
    return new CorpusInfo("g", "a", "1", null, null, null, List.of(licences), List.of());
  }

  @Test
  void sizeCategoriesFollowTheHubsBucketsByDocuments() {
    assertThat(FrontMatter.sizeCategory(0)).isEqualTo("n<1K");
    assertThat(FrontMatter.sizeCategory(999)).isEqualTo("n<1K");
    assertThat(FrontMatter.sizeCategory(1000)).isEqualTo("1K<n<10K");
    assertThat(FrontMatter.sizeCategory(9_999)).isEqualTo("1K<n<10K");
    assertThat(FrontMatter.sizeCategory(10_000)).isEqualTo("10K<n<100K");
    assertThat(FrontMatter.sizeCategory(50_000)).isEqualTo("10K<n<100K");
    assertThat(FrontMatter.sizeCategory(999_999)).isEqualTo("100K<n<1M");
    assertThat(FrontMatter.sizeCategory(1_000_000)).isEqualTo("1M<n<10M");
    assertThat(FrontMatter.sizeCategory(Integer.MAX_VALUE)).isEqualTo("1B<n<10B");

    List<ManifestEntry> entries = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      entries.add(new ManifestEntry("d" + i, "d" + i + ".txt", 3, 1, "aa", "00"));
    }
    assertThat(frontMatter(card(CorpusInfo.of("g", "a", "1"), new Manifest(entries), null, null))
        .get("size_categories")).isEqualTo(List.of("1K<n<10K"));
  }

  /** Names with YAML's own syntax in them: each must read back as written, and nothing else be added. */
  @Test
  void anyTitleOrLicenceTextReadsBackAsWritten() {
    List<String> texts = new ArrayList<>(HostileMetadata.TEXT);
    texts.addAll(List.of("News: the \"best\" of 'em", "key: value # comment", "- [a, b]", "{x: y}", "&anchor *alias",
        "!!python/object:os.system", "? complex", "@at `tick`", "| literal", "> folded", "%YAML 1.2", "...",
        "yes", "null", "~", "0x1F", "1e3", "tab\there", "back\\slash \\n", "\u00a0nbsp\u00a0", "\uFEFFbom",
        "emoji \uD83D\uDE00", "del\u007f", "nel\u0085x"));
    for (String text : texts) {
      if (text.chars().anyMatch(Character::isISOControl)) {
        continue; // a title cannot hold one (CorpusInfo refuses it); quoting is tested below
      }
      CorpusInfo info = new CorpusInfo("g", "a", "1", text, null, null,
          List.of(new License(text, "https://example.org/l?a=\"b\"&c=d: e")), List.of());
      Map<String, Object> yaml = frontMatter(card(info));

      assertThat(yaml.get("pretty_name")).as(text).isEqualTo(text.strip());
      assertThat(yaml.get("license_link")).as(text).isEqualTo("https://example.org/l?a=\"b\"&c=d: e");
      assertThat(yaml).as(text).containsOnlyKeys("pretty_name", "license", "license_name", "license_link",
          "size_categories");
    }
    for (String text : texts) {
      String quoted = FrontMatter.quoted(text);
      Object back = new Yaml(new SafeConstructor(new LoaderOptions())).load("k: " + quoted + "\n");
      assertThat(((Map<?, ?>) back).get("k")).as(text).isEqualTo(text);
      assertThat(quoted).as(text).doesNotContain("\n").doesNotContain("\u2028").doesNotContain("\u0085");
    }
  }

  @Test
  void sectionsSayWhatThePomStatesAndNotStatedOtherwise() {
    String stated = card(DataPackageJsonTest.info(), DataCardTest.MANIFEST, DETAILS, null);

    assertThat(stated).contains("## Intended use\n\nTraining and evaluating language models.\n\n")
        .contains("## Limitations\n\nOnly 2019; one publisher.\n\n")
        .contains("## Personal data\n\nNames of public figures as printed.\n\n")
        .contains("## Citation\n\n```bibtex\n@misc{news,\ntitle = {German news}\n}\n```\n")
        .contains("| Creators | [Example Lab](https://example.org/lab), Jane Doe (jane@example.org) |\n");

    String bare = card(CorpusInfo.of("g", "a", "1"));
    assertThat(bare).contains("## Intended use\n\nNot stated.\n\n").contains("## Limitations\n\nNot stated.\n\n")
        .contains("## Personal data\n\nNot stated.\n\n").contains("## Citation\n\nNot stated.\n")
        .contains("| Creators | not stated |\n").contains("| Licence | not stated |\n");
  }

  @Test
  void aCitationWithBackticksCannotEndItsCodeBlock() {
    CardDetails details = new CardDetails(null, "See ```` and ``` here", null, null, null, null);
    String card = card(CorpusInfo.of("g", "a", "1"), DataCardTest.MANIFEST, details, null);

    assertThat(card).contains("`````text\nSee ```` and ``` here\n`````\n");
    assertThat(CardRendering.render(card).select("pre code").last().text()).isEqualTo("See ```` and ``` here");
  }

  @Test
  void inputSizeAndShareRemovedComeFromTheSummaryAndAreNotStatedWithoutIt() {
    InputFigures all = new InputFigures(7L, 5L, 120_000L, 90_000L, 20_000L, 15_500L, 0.1234);
    String card = card(CorpusInfo.of("g", "a", "1"), DataCardTest.MANIFEST, null, all);
    assertThat(card).contains("## Size before and after cleaning\n\n| | Before | After |\n|---|---:|---:|\n"
        + "| Documents | 7 | 5 |\n| Bytes | 120000 | 90000 |\n| Words | 20000 | 15500 |\n\n"
        + "Share removed by cleaning: 12.34%\n\n");

    InputFigures some = new InputFigures(7L, null, null, 90_000L, null, null, null);
    assertThat(card(CorpusInfo.of("g", "a", "1"), DataCardTest.MANIFEST, null, some))
        .contains("| Documents | 7 | not stated |\n| Bytes | not stated | 90000 |\n"
            + "| Words | not stated | not stated |\n\nShare removed by cleaning: not stated\n\n");
    assertThat(card(CorpusInfo.of("g", "a", "1")))
        .contains("| Documents | not stated | not stated |\n").contains("Share removed by cleaning: not stated\n");
  }

  @Test
  void taskCategoriesAndCreatorsAreChecked() {
    assertThatThrownBy(() -> new CardDetails(null, null, null, null, null, List.of("Text Generation")))
        .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("'Text Generation'")
        .extracting(e -> ((InvalidConfigurationException) e).setting()).isEqualTo("taskCategories");
    assertThatThrownBy(() -> Creator.person(null, " ", null))
        .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("a developer needs a name")
        .extracting(e -> ((InvalidConfigurationException) e).setting()).isEqualTo("developers");
    assertThatThrownBy(() -> Creator.person("Jane", "not an address", null))
        .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("'not an address'");
    assertThatThrownBy(() -> Creator.organization("Lab\nInc", null))
        .extracting(e -> ((InvalidConfigurationException) e).setting()).isEqualTo("organization");
  }

  @Test
  void theCardRenderedByAHostingSiteShowsNoFrontMatter() {
    String card = card(DataPackageJsonTest.info(), DataCardTest.MANIFEST, DETAILS, null);

    assertThat(CardRendering.render(card).select("h1").first().text()).isEqualTo("German news");
    assertThat(CardRendering.render(card).text()).doesNotContain("pretty_name");
  }
}
