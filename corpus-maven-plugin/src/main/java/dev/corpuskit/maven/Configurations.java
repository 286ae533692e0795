package dev.corpuskit.maven;

import dev.corpuskit.clean.CleanerConfig;
import dev.corpuskit.clean.NearDuplicateHandling;
import dev.corpuskit.format.InvalidConfigurationException;
import dev.corpuskit.lang.Language;
import dev.corpuskit.lang.UnknownLanguageException;
import dev.corpuskit.lang.UserLexicon;
import dev.corpuskit.report.AuditDetail;
import dev.corpuskit.validate.InvalidRuleConfigException;
import dev.corpuskit.validate.RuleConfig;
import dev.corpuskit.validate.RuleAction;
import dev.corpuskit.validate.RuleSetting;
import dev.corpuskit.validate.Severity;
import dev.corpuskit.validate.ValidationConfig;
import dev.corpuskit.validate.Validator;
import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;

/** Maps the plugin's XML configuration onto the core's immutable configuration values. */
final class Configurations {

  private Configurations() {}

  static ValidationConfig validation(String encoding, List<RuleConfiguration> rules)
      throws MojoExecutionException {
    try {
      ValidationConfig config = new ValidationConfig(charset(encoding), ruleConfig(rules));
      new Validator(config); // creating the rules checks their parameter values now, not mid-run
      return config;
    } catch (InvalidRuleConfigException e) {
      throw ErrorMessages.invalidRules(e);
    }
  }

  static CleanerConfig cleaning(List<String> disabledSteps) throws MojoExecutionException {
    return cleaning(disabledSteps, null, null);
  }

  /**
   * The cleaning configuration: steps off, the language tag ({@code en} when null or blank), and the
   * user's lexicon file (none when null).
   */
  static CleanerConfig cleaning(List<String> disabledSteps, String language, File lexicon)
      throws MojoExecutionException {
    String tag = language(language);
    try {
      UserLexicon rules = lexicon == null ? UserLexicon.none() : UserLexicon.read(lexicon.toPath());
      return new CleanerConfig(disabledSteps == null ? Set.of() : Set.copyOf(disabledSteps), tag, rules);
    } catch (InvalidConfigurationException e) {
      throw ErrorMessages.invalidSetting(e);
    }
  }

  /**
   * The language tag {@code value} in its canonical case, {@code en} when null or blank.
   *
   * @throws MojoExecutionException naming {@code <language>} and the known languages when there is no
   *     data for it
   */
  static String language(String value) throws MojoExecutionException {
    String tag = value == null || value.isBlank() ? Language.ENGLISH : value.strip();
    try {
      return Language.canonicalTag(tag);
    } catch (UnknownLanguageException e) {
      throw ErrorMessages.invalidSetting(e);
    }
  }

  static AuditDetail auditDetail(String id) throws MojoExecutionException {
    try {
      return id == null || id.isBlank() ? AuditDetail.EXCERPT : AuditDetail.of(id);
    } catch (InvalidConfigurationException e) {
      throw ErrorMessages.invalidSetting(e);
    }
  }

  /** The handling of near-duplicates named {@code id}: {@code report} when null or blank. */
  static NearDuplicateHandling nearDuplicates(String id) throws MojoExecutionException {
    try {
      return id == null || id.isBlank() ? NearDuplicateHandling.REPORT : NearDuplicateHandling.of(id);
    } catch (InvalidConfigurationException e) {
      throw ErrorMessages.invalidSetting(e);
    }
  }

  /** The findings of each severity a goal logs at most; -1 for all. */
  static int maxLoggedFindings(int value) throws MojoExecutionException {
    if (value < -1) {
      throw ErrorMessages.invalid("maxLoggedFindings", value + " is less than -1");
    }
    return value;
  }

  private static Charset charset(String encoding) throws MojoExecutionException {
    if (encoding == null || encoding.isBlank()) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(encoding.trim());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw ErrorMessages.invalid("encoding", "no charset '" + encoding + "'", e);
    }
  }

  private static RuleConfig ruleConfig(List<RuleConfiguration> rules) {
    List<RuleSetting> settings = new ArrayList<>();
    if (rules != null) {
      for (RuleConfiguration rule : rules) {
        if (rule.getId() == null || rule.getId().isBlank()) {
          throw new InvalidRuleConfigException("(none)", "id", "every <rule> needs an <id>");
        }
        String id = rule.getId().trim();
        Optional<Severity> severity = rule.getSeverity() == null || rule.getSeverity().isBlank()
            ? Optional.empty()
            : Optional.of(Severity.parse(id, rule.getSeverity()));
        RuleAction action = rule.getAction() == null || rule.getAction().isBlank()
            ? RuleAction.REPORT
            : RuleAction.parse(id, rule.getAction());
        settings.add(new RuleSetting(id, severity, rule.getParameters() == null ? Map.of() : rule.getParameters(),
            action));
      }
    }
    return RuleConfig.of(settings);
  }

  /**
   * The corpus's licences: {@code license} when given, else the project's licences with a name or a
   * URL ({@code project} may be null: a run without a project has none).
   */
  static List<dev.corpuskit.format.License> licenses(String license,
      org.apache.maven.project.MavenProject project) {
    if (license != null && !license.isBlank()) {
      return List.of(new dev.corpuskit.format.License(license, null));
    }
    List<dev.corpuskit.format.License> licenses = new ArrayList<>();
    if (project != null) {
      for (org.apache.maven.model.License l : project.getLicenses()) {
        if ((l.getName() != null && !l.getName().isBlank()) || (l.getUrl() != null && !l.getUrl().isBlank())) {
          licenses.add(new dev.corpuskit.format.License(l.getName(), l.getUrl()));
        }
      }
    }
    return licenses;
  }

  /** The plugin's {@code <sources>} as the core's; none when absent. */
  static List<dev.corpuskit.format.Source> sources(List<SourceConfiguration> sources) {
    List<dev.corpuskit.format.Source> list = new ArrayList<>();
    if (sources != null) {
      for (SourceConfiguration source : sources) {
        list.add(new dev.corpuskit.format.Source(source.getTitle(), source.getUrl()));
      }
    }
    return list;
  }
}
