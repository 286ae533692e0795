package dev.corpuskit.pipeline;

import dev.corpuskit.format.Sha256;
import dev.corpuskit.lang.Language;
import dev.corpuskit.validate.Validator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * What cached results depend on besides the files themselves: the one place where a run's keys are
 * assembled from the keys each configuration record gives ({@link
 * dev.corpuskit.validate.ValidationConfig#cacheKey}, {@link dev.corpuskit.clean.CleanerConfig#cacheKey}).
 * Per-file findings depend on the tool version, the corpus root, the validation settings and the
 * language (an HTML page's main text is judged by its stop words; English, the default, adds nothing,
 * so that the keys of earlier versions stay valid) and the content of the corpora the {@code
 * contamination} rule checks against (none adds nothing); cleaned forms also on the cleaning settings and the
 * audit detail their changes are kept at. What a cleaned form took from the whole corpus is checked per document (its corpus signature), so that a change to
 * one file re-cleans only the documents whose repeated lines it changes.
 *
 * @param validation the key of per-file findings
 * @param cleaning the key of cleaned forms
 */
record CacheKeys(String validation, String cleaning) {

  static CacheKeys of(CorpusConfig config, String toolVersion) {
    // The corpora checked against, by content (none: the keys stay as they were), so that a changed
    // evaluation corpus checks every document again.
    String against = Validator.againstKey(config.validation());
    String language = config.cleaning().language();
    String validation = hash("corpuskit-cache 6\n" + toolVersion + "\n"
        + config.sourceDirectory().toAbsolutePath().normalize() + "\n" + config.validation().cacheKey()
        + (language.equals(Language.ENGLISH) ? "" : "language " + language + "\n")
        + (against.isEmpty() ? "" : "against " + against + "\n"));
    return new CacheKeys(validation,
        hash(validation + "\n" + config.cleaning().cacheKey() + "\naudit " + config.auditDetail().id()));
  }

  /**
   * The SHA-256 of what the cleaned corpus depends on besides its sources, as the report shows it: the
   * validation, language, cleaning and audit settings and the file selection, without the tool version
   * or any absolute path, so that the same configuration gives the same hash on any machine.
   */
  static String configuration(CorpusConfig config) {
    String against = Validator.againstKey(config.validation());
    return hash("corpuskit-configuration 1\n" + config.validation().cacheKey() + "\nlanguage "
        + config.cleaning().language() + "\n" + config.cleaning().cacheKey() + "\naudit "
        + config.auditDetail().id() + "\nincludes " + config.includes() + "\nexcludes " + config.excludes() + "\n"
        + (against.isEmpty() ? "" : "against " + against + "\n"));
  }

  /**
   * The key of a whole run's stamp: what its reports (and cleaned files) depend on besides the sources.
   * That is the per-file key of its kind, the file selection, where the reports go, and for a cleaning
   * run the output folder.
   *
   * @param output the output folder of a cleaning run; ignored for a validating one
   */
  String lastRun(CorpusConfig config, RunKind kind, Path reports, Path output) {
    StringBuilder text = new StringBuilder("corpuskit-last-run 2\n").append(validation).append('\n')
        .append(config.includes()).append('\n').append(config.excludes()).append('\n')
        .append(reports.toAbsolutePath().normalize()).append('\n');
    if (kind.cleans()) {
      text.append("clean\n").append(cleaning).append('\n').append(output.toAbsolutePath().normalize()).append('\n');
    }
    return hash(text.toString());
  }

  private static String hash(String text) {
    return Sha256.hex(text.getBytes(StandardCharsets.UTF_8));
  }
}
