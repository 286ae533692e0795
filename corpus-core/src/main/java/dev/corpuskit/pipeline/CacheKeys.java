package dev.corpuskit.pipeline;

import dev.corpuskit.format.Sha256;
import dev.corpuskit.lang.Language;
import dev.corpuskit.lang.UserLexicon;
import dev.corpuskit.validate.RuleCatalog;
import dev.corpuskit.validate.RuleDefinition;
import dev.corpuskit.validate.RuleSetting;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeMap;

/**
 * What cached results depend on besides the file itself. Per-file findings depend on the tool version,
 * the corpus root, the default encoding, every rule's severity and parameters and the language (an
 * HTML page's main text is judged by its stop words; English, the default, adds nothing, so that the
 * keys of earlier versions stay valid); cleaned forms also on the cleaning steps that run, their
 * language, the user's boilerplate rules and the audit detail their changes are kept at. What
 * a cleaned form took from the whole corpus is checked per document (its corpus signature), so that a
 * change to one file re-cleans only the documents whose repeated lines it changes.
 *
 * @param validation the key of per-file findings
 * @param cleaning the key of cleaned forms
 */
record CacheKeys(String validation, String cleaning) {

  static CacheKeys of(CorpusConfig config, String toolVersion, List<String> steps) {
    StringBuilder v = new StringBuilder("corpuskit-cache 4\n").append(toolVersion).append('\n')
        .append(config.sourceDirectory().toAbsolutePath().normalize()).append('\n')
        .append(config.validation().charset().name()).append('\n');
    for (RuleDefinition rule : RuleCatalog.all()) {
      v.append(rule.id()).append('=').append(config.validation().rules().severityOf(rule));
      for (RuleSetting setting : config.validation().rules().settings()) {
        if (setting.id().equals(rule.id())) {
          v.append(' ').append(new TreeMap<>(setting.parameters()));
        }
      }
      v.append('\n');
    }
    if (!config.cleaning().language().equals(Language.ENGLISH)) {
      v.append("language ").append(config.cleaning().language()).append('\n');
    }
    String validation = hash(v.toString());
    return new CacheKeys(validation,
        hash(validation + "\nsteps " + String.join(",", steps)
            + "\nlanguage " + config.cleaning().language() + "\naudit " + config.auditDetail().id()
            + lexicon(config)));
  }

  /** The user's boilerplate rules, as a line of the cleaning key; nothing when there are none. */
  static String lexicon(CorpusConfig config) {
    UserLexicon lexicon = config.cleaning().lexicon();
    return lexicon.isEmpty() ? "" : "\nlexicon " + lexicon.cacheKey();
  }

  private static String hash(String text) {
    return Sha256.hex(text.getBytes(StandardCharsets.UTF_8));
  }
}
