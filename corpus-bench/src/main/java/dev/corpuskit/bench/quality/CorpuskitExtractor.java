package dev.corpuskit.bench.quality;

import dev.corpuskit.clean.Cleaner;
import dev.corpuskit.clean.CleanerConfig;
import dev.corpuskit.clean.RepeatedLines;
import dev.corpuskit.parse.HtmlParser;
import dev.corpuskit.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The core cleaner as the corpus pipeline runs it: each page's text (the naive full text, or the main
 * text the core's HTML parser extracts), a pre-pass that mines the lines repeated across the pages,
 * then the cleaning steps ({@link Cleaner#cleanMainText} for HTML, as the pipeline runs it).
 */
public final class CorpuskitExtractor implements Extractor {

  /** Which input the cleaner gets. */
  public enum Mode { TEXT, HTML }

  private final Mode mode;
  private final CleanerConfig config;

  public CorpuskitExtractor(Mode mode, CleanerConfig config) {
    this.mode = mode;
    this.config = config;
  }

  @Override
  public String name() {
    return mode == Mode.TEXT ? "corpuskit-text" : "corpuskit-html";
  }

  @Override
  public List<String> extract(List<Page> pages) {
    List<String> inputs = new ArrayList<>(pages.size());
    HtmlParser parser = new HtmlParser();
    for (Page page : pages) {
      try {
        inputs.add(mode == Mode.TEXT ? page.text()
            : parser.parse(new SourceFile(Path.of("html"), page.id() + ".html"), page.html(),
                StandardCharsets.UTF_8).text());
      } catch (RuntimeException e) { // counted as a failed page, as the pipeline isolates it
        inputs.add(null);
      }
    }
    RepeatedLines.Miner miner = RepeatedLines.miner();
    inputs.stream().filter(Objects::nonNull).forEach(miner::add);
    Cleaner cleaner = new Cleaner(config, miner.build());
    List<String> out = new ArrayList<>(inputs.size());
    for (String input : inputs) {
      try {
        out.add(input == null ? null
            : (mode == Mode.HTML ? cleaner.cleanMainText(input) : cleaner.clean(input)).text());
      } catch (RuntimeException e) {
        out.add(null);
      }
    }
    return out;
  }
}
