package dev.corpuskit.describe;

import dev.corpuskit.format.CorpusLayout;
import dev.corpuskit.format.License;
import dev.corpuskit.format.Source;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the data card, {@code README.md}: YAML front matter in the Hugging Face dataset-card format
 * ({@link FrontMatter}), then what the corpus is, its licence, creators and sources, its size and length
 * distribution, how it was validated and cleaned and how much that removed, its intended use,
 * limitations and personal data, how to load it and how to cite it. What the POM does not state is
 * "not stated", never guessed. The POM's text is escaped so that it renders as text, and only its
 * http(s) URLs become links (see {@link #showsAsLink}).
 */
public final class DataCard {

  /** What the card says of a fact the POM or the build does not state. */
  static final String NOT_STATED = "not stated";

  private DataCard() {}

  /**
   * Whether the card shows {@code url} as a link: only absolute http and https URLs; any other, such
   * as a {@code javascript:} or a relative one, is shown as text.
   */
  public static boolean showsAsLink(String url) {
    return Markdown.webUrl(url) != null;
  }

  /** The card of {@code corpus}, as UTF-8 Markdown. */
  public static byte[] write(CorpusDescription corpus) {
    StringBuilder md = new StringBuilder(FrontMatter.of(corpus));
    md.append("# ").append(Markdown.text(corpus.displayTitle())).append("\n\n");
    if (corpus.oneParagraphDescription() != null) {
      md.append(Markdown.text(corpus.oneParagraphDescription())).append("\n\n");
    }
    overview(md, corpus);
    lengths(md, corpus.facts().lengths());
    languages(md, corpus.facts());
    sources(md, corpus);
    howItWasMade(md, corpus.summary());
    sizeBeforeAndAfter(md, corpus);
    statement(md, "Intended use", corpus.details().intendedUse());
    statement(md, "Limitations", corpus.details().limitations());
    statement(md, "Personal data", corpus.details().personalData());
    files(md, corpus.summary());
    usage(md, corpus);
    citation(md, corpus.details().citation());
    return md.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void overview(StringBuilder md, CorpusDescription corpus) {
    ManifestFacts facts = corpus.facts();
    md.append("| | |\n|---|---|\n");
    row(md, "Coordinates", "`" + corpus.info().id() + ":" + corpus.info().version() + "`");
    row(md, "Licence", licences(corpus));
    row(md, "Creators", creators(corpus.details().creators()));
    if (corpus.info().homepage() != null) {
      row(md, "Homepage", Markdown.url(corpus.info().homepage()));
    }
    row(md, "Created", corpus.created().toString());
    row(md, "Documents", Long.toString(facts.documents()));
    row(md, "Words", Long.toString(facts.words()));
    row(md, "Bytes", Long.toString(facts.bytes()));
    md.append('\n');
  }

  /**
   * How many documents are in each identified language and their share, the most documents first, when
   * the manifest states languages (the {@code language} rule was on).
   */
  private static void languages(StringBuilder md, ManifestFacts facts) {
    if (facts.languages().isEmpty()) {
      return;
    }
    md.append("## Languages\n\nAs identified by Apache OpenNLP's language detector, per document.\n\n");
    md.append("| Language | Documents | Share |\n|---|---:|---:|\n");
    for (String language : facts.languagesByDocuments()) {
      int documents = facts.languages().get(language);
      md.append("| ").append(Markdown.text(language)).append(" | ").append(documents).append(" | ")
          .append(String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * documents / facts.documents()))
          .append(" |\n");
    }
    md.append('\n');
  }

  private static String licences(CorpusDescription corpus) {
    if (corpus.info().licenses().isEmpty()) {
      return "not stated";
    }
    StringBuilder text = new StringBuilder();
    for (License license : corpus.info().licenses()) {
      if (text.length() > 0) {
        text.append(", ");
      }
      if (license.name() == null) {
        text.append(Markdown.url(license.url()));
      } else if (license.url() == null) {
        text.append(Markdown.text(license.name()));
      } else {
        text.append(Markdown.link(license.name(), license.url()));
      }
    }
    return text.toString();
  }

  private static String creators(List<Creator> creators) {
    if (creators.isEmpty()) {
      return NOT_STATED;
    }
    StringBuilder text = new StringBuilder();
    for (Creator creator : creators) {
      if (text.length() > 0) {
        text.append(", ");
      }
      boolean named = creator.name() != null;
      text.append(creator.url() != null && (named || creator.email() != null)
          ? Markdown.link(creator.label(), creator.url())
          : creator.url() != null ? Markdown.url(creator.url()) : Markdown.text(creator.label()));
      if (creator.email() != null && named) {
        text.append(" (").append(Markdown.text(creator.email())).append(')');
      }
    }
    return text.toString();
  }

  /**
   * The documents, bytes and words before and after cleaning and the share removed, as the build's
   * {@code summary.json} states them; each figure it does not state is "not stated".
   */
  private static void sizeBeforeAndAfter(StringBuilder md, CorpusDescription corpus) {
    InputFigures figures = corpus.figures();
    md.append("## Size before and after cleaning\n\n");
    md.append("| | Before | After |\n|---|---:|---:|\n");
    figureRow(md, "Documents", figures.documentsIn(), figures.documentsOut());
    figureRow(md, "Bytes", figures.bytesIn(), figures.bytesOut());
    figureRow(md, "Words", figures.wordsIn(), figures.wordsOut());
    md.append("\nShare removed by cleaning: ")
        .append(figures.removedShare() == null ? NOT_STATED
            : BigDecimal.valueOf(figures.removedShare()).movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "%")
        .append("\n\n");
  }

  private static void figureRow(StringBuilder md, String name, Long before, Long after) {
    md.append("| ").append(name).append(" | ").append(before == null ? NOT_STATED : before.toString()).append(" | ")
        .append(after == null ? NOT_STATED : after.toString()).append(" |\n");
  }

  /** A section holding what the POM states, as text, or "Not stated." */
  private static void statement(StringBuilder md, String heading, String text) {
    md.append("## ").append(heading).append("\n\n")
        .append(text == null ? "Not stated." : Markdown.text(text)).append("\n\n");
  }

  /**
   * The citation as printed in the POM, line by line in a code block whose fence is longer than any
   * run of backticks in it, so that nothing in it renders as markup or ends the block.
   */
  private static void citation(StringBuilder md, String citation) {
    md.append("\n## Citation\n\n");
    if (citation == null) {
      md.append("Not stated.\n");
      return;
    }
    int longest = 0;
    for (int i = 0, run = 0; i < citation.length(); i++) {
      run = citation.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(Math.max(3, longest + 1));
    md.append(fence).append(citation.startsWith("@") ? "bibtex" : "text").append('\n').append(citation)
        .append('\n').append(fence).append('\n');
  }

  private static void lengths(StringBuilder md, LengthStats stats) {
    md.append("## Document lengths (words)\n\n");
    md.append("| min | 25% | median | 75% | max | mean |\n|---:|---:|---:|---:|---:|---:|\n");
    md.append("| ").append(stats.min()).append(" | ").append(stats.p25()).append(" | ").append(stats.median())
        .append(" | ").append(stats.p75()).append(" | ").append(stats.max()).append(" | ").append(stats.mean())
        .append(" |\n\n");
    md.append("| Words | Documents |\n|---|---:|\n");
    for (int bucket = 0; bucket < LengthStats.BUCKETS.length; bucket++) {
      if (stats.histogram()[bucket] > 0) {
        md.append("| ").append(LengthStats.bucketLabel(bucket)).append(" | ").append(stats.histogram()[bucket])
            .append(" |\n");
      }
    }
    md.append('\n');
  }

  private static void sources(StringBuilder md, CorpusDescription corpus) {
    if (corpus.info().sources().isEmpty()) {
      return;
    }
    md.append("## Sources\n\n");
    for (Source source : corpus.info().sources()) {
      md.append("- ").append(source.title() != null ? Markdown.text(source.title()) : "");
      if (source.url() != null) {
        md.append(source.title() != null ? ": " : "").append(Markdown.url(source.url()));
      }
      md.append('\n');
    }
    md.append('\n');
  }

  private static void howItWasMade(StringBuilder md, BuildSummary summary) {
    if (summary.isEmpty()) {
      return;
    }
    md.append("## How it was made\n\n");
    md.append("Validated with these rules (findings in the source files; see `validation.json`):\n\n");
    md.append("| Rule | Severity | Findings |\n|---|---|---:|\n");
    for (Map.Entry<String, String> rule : summary.ruleSeverities().entrySet()) {
      md.append("| `").append(rule.getKey()).append("` | ").append(rule.getValue()).append(" | ")
          .append(summary.findingsByRule().getOrDefault(rule.getKey(), 0L)).append(" |\n");
    }
    List<String> stages = parsingStages(summary);
    md.append("\nCleaned with these steps, in order (changes")
        .append(summary.cleaningReportPublished() ? "; every change is in `cleaning.json`" : "")
        .append(!summary.cleaningReportPublished() ? ""
            : summary.auditDetail().equals("excerpt") ? ", with an excerpt of its line"
            : summary.auditDetail().equals("counts") ? ", counted per document" : "")
        .append(stages.isEmpty() ? "" : "; first the text that parsing left out, such as the blocks of HTML"
            + " pages outside their main text (`html-main-text`)")
        .append("):\n\n");
    md.append("| Step | Changes |\n|---|---:|\n");
    stages.addAll(summary.steps());
    for (String step : stages) {
      md.append("| `").append(step).append("` | ").append(summary.changesOf(step)).append(" |\n");
      for (Map.Entry<String, Integer> detail : summary.changesByStep().entrySet()) {
        if (detail.getKey().startsWith(step + "/")) {
          md.append("| &nbsp;&nbsp;`").append(detail.getKey()).append("` | ").append(detail.getValue())
              .append(" |\n");
        }
      }
    }
    md.append('\n');
  }

  /** The audited ids that are not cleaning steps: removals made while parsing, such as {@code html-main-text}. */
  private static List<String> parsingStages(BuildSummary summary) {
    List<String> stages = new ArrayList<>();
    for (String detailed : summary.changesByStep().keySet()) {
      int slash = detailed.indexOf('/');
      String stage = slash < 0 ? detailed : detailed.substring(0, slash);
      if (!summary.steps().contains(stage) && !stages.contains(stage)) {
        stages.add(stage);
      }
    }
    return stages;
  }

  private static void files(StringBuilder md, BuildSummary summary) {
    md.append("## Files\n\n");
    md.append("- `").append(CorpusLayout.DATA).append("`: the cleaned documents (UTF-8, LF, one final newline)\n");
    md.append("- `").append(CorpusLayout.MANIFEST_TSV)
        .append("`: id, path, bytes, words, sha256 and source sha256 of each document\n");
    md.append("- `").append(CorpusLayout.SHA256SUMS).append("`: checked with `sha256sum -c SHA256SUMS` here\n");
    md.append("- `datapackage.json` (Frictionless Data Package 2.0), `croissant.json` (MLCommons Croissant 1.0)\n");
    md.append(summary.cleaningReportPublished()
        ? "- `validation.json`, `cleaning.json`: the reports of the build that made the corpus\n\n"
        : "- `validation.json`: the validation report of the build that made the corpus\n\n");
  }

  /**
   * How to load the corpus: its coordinates and the reader's ({@code corpus-reader}, which has no
   * third-party dependency), and Java that compiles as printed once its statements are put in a method
   * (or pasted into JShell): every import it needs is printed with it.
   */
  private static void usage(StringBuilder md, CorpusDescription corpus) {
    md.append("## Using it\n\n```xml\n");
    dependency(md, corpus.info().groupId(), corpus.info().artifactId(), corpus.info().version());
    dependency(md, ReaderArtifact.groupId(), ReaderArtifact.artifactId(), ReaderArtifact.version());
    md.append("```\n\n")
        .append("```java\nimport dev.corpuskit.read.CorpusDocument;\nimport dev.corpuskit.read.CorpusReader;\n")
        .append("import java.util.stream.Stream;\n\n")
        .append("try (CorpusReader corpus = CorpusReader.fromClasspath(\"").append(corpus.info().id())
        .append("\");\n     Stream<CorpusDocument> documents = corpus.stream()) {\n")
        .append("  documents.forEach(d -> System.out.println(d.id() + \": \" + d.entry().words() + \" words\"));\n")
        .append("}\n```\n");
  }

  private static void dependency(StringBuilder md, String groupId, String artifactId, String version) {
    md.append("<dependency>\n  <groupId>").append(groupId).append("</groupId>\n  <artifactId>").append(artifactId)
        .append("</artifactId>\n  <version>").append(version).append("</version>\n</dependency>\n");
  }

  private static void row(StringBuilder md, String name, String value) {
    md.append("| ").append(name).append(" | ").append(value).append(" |\n");
  }
}
